// One request in a department's card: who asks whom and what, by when, its status, since when it has
// waited and for whom, the counter-offer or reason — and, for the department whose turn it is, the
// answers. The 280 px side panel shows it whole once, under the department it is with (see
// homeDepartment); the other department's card has a one-line reference that leads to it.
import { Badge, Button, Link, Text, createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type MouseEvent } from "react";
import type { AgendaView } from "../../../core/api/contract";
import type { RequestAction } from "../../../core/api/request-contract";
import type { DepartmentRequest } from "../../../core/api/request-view";
import { sameDepartment, turnOf, waitingDepartment, waitingSince } from "../../../core/meeting/request-rules";
import { formatDate } from "../../../core/text/format-date";
import { formatWaitingSince } from "../../../core/text/relative-time";
import type { MessageKey } from "../../../components/i18n/messages-ja";
import { useLang, useT } from "../../../components/i18n/use-t";
import { useFocusFallback } from "../../../components/use-focus-fallback";
import { RequestAnswerForm } from "./request-answer-form";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    ...createFocusOutlineStyle({ style: { outlineOffset: tokens.spacingHorizontalXXS } }),
  },
  ref: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
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
  /** Only a one-line reference to the whole request, which another department's card shows. */
  compact?: boolean;
}

/**
 * The department under which a request is shown whole: the one whose turn it is to answer (the asked
 * department while open, the asking one while a counter-offer waits), the asked one once it is closed.
 */
export function homeDepartment(request: Pick<DepartmentRequest, "status" | "fromDepartment" | "toDepartment">): string {
  return turnOf(request.status) === "asking" ? request.fromDepartment : request.toDepartment;
}

/** The whole request in the same tab (the other department's card), by its id. */
function wholeRequest(from: HTMLElement, id: string): HTMLElement | null {
  const tab = from.closest('[data-testid="meeting-tab"]') ?? from.ownerDocument;
  return tab.querySelector<HTMLElement>(`[data-testid="request-item"][data-request-id="${CSS.escape(id)}"]:not([data-compact])`);
}

export function RequestItem({ request, department, view, myEmail, ofDepartment, departments, now, carriedFrom, compact = false }: RequestItemProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const [answering, setAnswering] = useState<RequestAction | null>(null);
  // Sending an answer removes the form that had the focus (and may move the whole request to the
  // other department's card, leaving the reference here): focus stays on this item, never <body>.
  const focus = useFocusFallback<HTMLLIElement>();
  const incoming = sameDepartment(request.toDepartment, department);
  const side = incoming ? "asked" : "asking";
  const myTurn = !compact && ofDepartment && turnOf(request.status) === side;
  const waiting = waitingDepartment(request);
  const waitingLine =
    waiting === null ? null : t(request.status === "countered" ? "tab.request.waiting.countered" : "tab.request.waiting.open", { department: waiting, since: formatWaitingSince(waitingSince(request), now, lang) });
  const attributes = {
    ref: focus.ref,
    tabIndex: -1,
    className: styles.root,
    "data-testid": "request-item",
    "data-request-id": request.id,
    "data-status": request.status,
    "data-direction": incoming ? "incoming" : "outgoing",
    "data-carried": carriedFrom !== undefined || undefined,
  };
  const answers: [RequestAction, MessageKey][] =
    side === "asked"
      ? [["accept", "tab.request.accept"], ["counter", "tab.request.counterAction"], ["decline", "tab.request.decline"]]
      : [["accept", "tab.request.acceptCounter"], ["counter", "tab.request.answerBack"], ["decline", "tab.request.withdraw"]];

  if (compact) {
    const other = incoming ? request.fromDepartment : request.toDepartment;
    const line = t(incoming ? "tab.request.ref.incoming" : "tab.request.ref.outgoing", { department: other, status: t(`tab.request.status.${request.status}`) });
    const show = (e: MouseEvent<HTMLElement>) => {
      const whole = wholeRequest(e.currentTarget, request.id);
      if (!whole) return;
      // jsdom has no scrollIntoView; browsers all do.
      whole.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
      whole.focus({ preventScroll: true });
    };
    return (
      <li {...attributes} data-compact="">
        <Link as="button" className={styles.ref} aria-label={`${line} — ${t("tab.request.ref.label", { department: homeDepartment(request) })}`} onClick={show} data-testid="request-ref">
          {line}
        </Link>
      </li>
    );
  }

  return (
    <li {...attributes}>
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
          {t(
            request.status === "declined" || request.status === "withdrawn"
              ? "tab.request.reason"
              : request.status === "open"
                ? "tab.request.counterEarlier"
                : "tab.request.counter",
            { text: request.responseText },
          )}
        </Text>
      )}
      {waitingLine !== null && (
        <Text size={200} className={styles.muted} data-testid="request-open-for">
          {waitingLine}
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
        <RequestAnswerForm
          request={request}
          action={answering}
          view={view}
          department={department}
          myEmail={myEmail}
          departments={departments}
          onDone={() => {
            focus.arm();
            setAnswering(null);
          }}
        />
      )}
    </li>
  );
}
