// One request in a department's card: who asks whom and what, by when, its status, how long it has
// waited, the counter-offer or reason — and, for the department whose turn it is, the answers.
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AgendaView } from "../../../core/api/contract";
import type { RequestAction } from "../../../core/api/request-contract";
import type { DepartmentRequest } from "../../../core/api/request-view";
import { daysOpen, sameDepartment, turnOf, waitingDepartment } from "../../../core/meeting/request-rules";
import { formatDate } from "../../../core/text/format-date";
import type { MessageKey } from "../../../components/i18n/messages-ja";
import { useLang, useT } from "../../../components/i18n/use-t";
import { RequestAnswerForm } from "./request-answer-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  text: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const BADGE: Record<DepartmentRequest["status"], "warning" | "brand" | "success" | "danger" | "subtle"> = {
  open: "warning",
  countered: "brand",
  accepted: "success",
  declined: "danger",
  withdrawn: "subtle",
};

export interface RequestItemProps {
  request: DepartmentRequest;
  /** The card's department. */
  department: string;
  view: AgendaView;
  myEmail: string;
  /** The viewer belongs to the card's department (answers are theirs to give). */
  ofDepartment: boolean;
  departments: readonly string[];
  now: Date;
  /** The earlier meeting's subject, for a request carried over from it: shown, and answerable here too. */
  carriedFrom?: string;
}

export function RequestItem({ request, department, view, myEmail, ofDepartment, departments, now, carriedFrom }: RequestItemProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [answering, setAnswering] = useState<RequestAction | null>(null);
  const incoming = sameDepartment(request.toDepartment, department);
  const side = incoming ? "asked" : "asking";
  const myTurn = ofDepartment && turnOf(request.status) === side;
  const waiting = waitingDepartment(request);
  const days = daysOpen(request.createdAt, now);
  const answers: [RequestAction, MessageKey][] =
    side === "asked"
      ? [["accept", "tab.request.accept"], ["counter", "tab.request.counterAction"], ["decline", "tab.request.decline"]]
      : [["accept", "tab.request.acceptCounter"], ["counter", "tab.request.answerBack"], ["decline", "tab.request.withdraw"]];

  return (
    <li className={styles.root} data-testid="request-item" data-request-id={request.id} data-status={request.status} data-direction={incoming ? "incoming" : "outgoing"} data-carried={carriedFrom !== undefined || undefined}>
      <div className={styles.head}>
        <Text size={200} weight="semibold">
          {t("tab.request.incoming", { from: request.fromDepartment, to: request.toDepartment })}
        </Text>
        <Badge appearance="tint" color={BADGE[request.status]} data-testid="request-status">
          {t(`tab.request.status.${request.status}`)}
        </Badge>
      </div>
      <Text className={styles.text} data-testid="request-text-shown">
        {request.text}
      </Text>
      {request.neededBy && (
        <Text size={200} className={styles.muted}>
          {t("tab.request.neededBy", { date: formatDate(request.neededBy, lang) })}
        </Text>
      )}
      {request.responseText !== "" && request.status !== "accepted" && (
        <Text size={200} className={styles.muted} data-testid="request-response">
          {t(request.status === "declined" || request.status === "withdrawn" ? "tab.request.reason" : "tab.request.counter", { text: request.responseText })}
        </Text>
      )}
      {waiting && (
        <Text size={200} className={styles.muted} data-testid="request-open-for">
          {t("tab.request.waitingLine", { open: days === 0 ? t("tab.request.openToday") : t("tab.request.openFor", { days }), waiting: t("tab.request.waitingFor", { department: waiting }) })}
        </Text>
      )}
      {carriedFrom !== undefined && (
        <Text size={200} className={styles.muted} data-testid="request-carried-from">
          {t("tab.request.carriedFrom", { meeting: carriedFrom })}
        </Text>
      )}
      {request.status === "accepted" && (
        <Text size={200} className={styles.muted}>
          {t("tab.request.accepted")}
        </Text>
      )}
      {myTurn && answering === null && (
        <div className={styles.actions}>
          {answers.map(([action, label]) => (
            <Button key={action} size="small" appearance={action === "accept" ? "primary" : "secondary"} onClick={() => setAnswering(action)} data-testid={`request-${action}`}>
              {t(label)}
            </Button>
          ))}
        </div>
      )}
      {myTurn && answering !== null && (
        <RequestAnswerForm request={request} action={answering} view={view} department={department} myEmail={myEmail} departments={departments} onDone={() => setAnswering(null)} />
      )}
    </li>
  );
}
