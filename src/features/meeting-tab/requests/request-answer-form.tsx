// Answering a request inside its department's card: accept (an owner of the asked department and a
// due date: it becomes a commitment), counter-offer, or decline with a reason — the purpose coach
// reads the reason and suggests objective-centred wording, never blocking the send. The write goes
// through the offline queue; a refusal (e.g. someone answered first) shows in the form.
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { AgendaView } from "../../../core/api/contract";
import type { RequestAction } from "../../../core/api/request-contract";
import type { DepartmentRequest } from "../../../core/api/request-view";
import { sameDepartment } from "../../../core/meeting/request-rules";
import { CoachHints } from "../../../components/coach/coach-hints";
import { localIsoDate } from "../../../components/dates";
import { formKeys } from "../../../components/form-keys";
import { useT } from "../../../components/i18n/use-t";
import { BusyIndicator } from "../../../components/status/busy-indicator";
import { ErrorBar } from "../../../components/status/error-bar";
import { useSubmitWrite } from "../offline/use-submit-write";
import { ACTION_MAX, textProblem } from "../validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** The send button: the asked department answers; after a counter-offer the asking one does. */
const SEND = { accept: "tab.request.send.accept", counter: "tab.request.send.counter", decline: "tab.request.send.decline" } as const;
const SEND_BACK = { accept: "tab.request.send.acceptCounter", counter: "tab.request.send.answerBack", decline: "tab.request.send.withdraw" } as const;

export interface RequestAnswerFormProps {
  request: DepartmentRequest;
  action: RequestAction;
  view: AgendaView;
  /** The department answering (the card's): named to the coach as the writer's own. */
  department: string;
  myEmail: string;
  departments: readonly string[];
  onDone(): void;
}

export function RequestAnswerForm({ request, action, view, department, myEmail, departments, onDone }: RequestAnswerFormProps) {
  const t = useT();
  const styles = useStyles();
  const write = useSubmitWrite();
  const owners = view.agenda.attendees.filter((a) => sameDepartment(a.department, request.toDepartment));
  const [owner, setOwner] = useState(owners.find((a) => a.email === myEmail)?.email ?? owners[0]?.email ?? "");
  const [due, setDue] = useState("");
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const textRequired = action !== "accept";
  const problem = textProblem(text, ACTION_MAX, textRequired);
  const show = (bad: boolean) => submitted && bad;
  const label = action === "accept" ? "tab.request.commitmentText" : action === "counter" ? (request.status === "countered" ? "tab.request.answerText" : "tab.request.counterText") : "tab.request.declineText";

  const submit = async () => {
    setSubmitted(true);
    if (problem || (action === "accept" && (owner === "" || due === ""))) return;
    // A request carried over from an earlier meeting is answered in this one (its attendees, its commitments).
    const here = request.agendaId === view.agenda.id ? {} : { agendaId: view.agenda.id };
    const input = action === "accept" ? { action, owner, due, ...(text.trim() ? { text: text.trim() } : {}), ...here } : { action, text: text.trim(), ...here };
    const outcome = await write.submit({ kind: "respondRequest", agendaId: view.agenda.id, id: request.id, input, text: request.text });
    if (outcome === "done" || outcome === "queued") onDone();
  };

  return (
    <form
      noValidate
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={formKeys(onDone, () => void submit())}
      data-testid="request-answer-form"
      data-action={action}
    >
      {action === "accept" && (
        <>
          <Field label={t("tab.request.owner", { department: request.toDepartment })} required validationMessage={show(owner === "") ? t("common.required") : undefined}>
            <Select value={owner} onChange={(_, d) => setOwner(d.value)} data-testid="request-owner">
              {owners.map((o) => (
                <option key={o.email} value={o.email}>
                  {o.name || o.email}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("tab.request.due")} required validationMessage={show(due === "") ? t("common.required") : undefined}>
            <Input type="date" value={due} min={localIsoDate()} onChange={(_, d) => setDue(d.value)} data-testid="request-due" />
          </Field>
        </>
      )}
      <Field label={t(label)} required={textRequired} validationMessage={problem && (submitted || problem.key !== "common.required") ? t(problem.key, problem.params) : undefined}>
        <Textarea ref={first} value={text} resize="vertical" onChange={(_, d) => setText(d.value)} data-testid="request-answer-text" />
      </Field>
      {action === "decline" && (
        <CoachHints
          value={text}
          onApply={setText}
          objective={view.agenda.objectiveTitle}
          departments={departments}
          ownDepartment={department}
          context="decline"
          data-testid="request-decline-coach"
        />
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary" size="small" disabled={write.busy} data-testid="request-answer-submit">
          {t(request.status === "countered" ? SEND_BACK[action] : SEND[action])}
        </Button>
        <Button size="small" onClick={onDone} data-testid="request-answer-cancel">
          {t("common.cancel")}
        </Button>
        <BusyIndicator busy={write.busy} label={t("common.working")} />
      </div>
      <ErrorBar error={write.error} onDismiss={write.clearError} />
    </form>
  );
}
