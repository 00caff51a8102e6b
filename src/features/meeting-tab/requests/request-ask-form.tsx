// "+ お願いする" on a department's card (mine, or any for the organizer): ask another department of
// the meeting for something toward the objective, optionally by a date. The text is a draft kept
// across reloads; the write goes through the offline queue. Whether the form is open is kept in the
// tab's store too: the card re-renders from scratch when the tab binds to a newly inserted agenda,
// and a click made just before must not be lost.
import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { departmentKey } from "../../../core/meeting/departments";
import { sameDepartment } from "../../../core/meeting/request-rules";
import { CoachHints } from "../../../components/coach/coach-hints";
import { localIsoDate } from "../../../components/dates";
import { formKeys } from "../../../components/form-keys";
import { useT } from "../../../components/i18n/use-t";
import { BusyIndicator } from "../../../components/status/busy-indicator";
import { ErrorBar } from "../../../components/status/error-bar";
import { useDraft, useHasDraft } from "../offline/use-draft";
import { useSubmitWrite } from "../offline/use-submit-write";
import { ACTION_MAX, textProblem } from "../validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  add: { alignSelf: "flex-start" },
});

export interface RequestAskFormProps {
  agendaId: string;
  /** The asking department (the card's). */
  department: string;
  /** The meeting's departments: the others can be asked. */
  departments: readonly string[];
  objective: string;
}

export function RequestAskForm({ agendaId, department, departments, objective }: RequestAskFormProps) {
  const t = useT();
  const styles = useStyles();
  const write = useSubmitWrite();
  const draftName = `request:${departmentKey(department)}`;
  const hadDraft = useHasDraft(draftName);
  const [openDraft, setOpenDraft, clearOpen] = useDraft(`${draftName}:open`, false);
  const open = openDraft || hadDraft;
  const [text, setText, clearDraft] = useDraft(draftName, "");
  const opener = useRef<HTMLButtonElement>(null);
  // After a send or Cancel the form (and the focused control in it) is gone: "+ お願いする" takes the focus.
  const focusOpener = useRef(false);
  useEffect(() => {
    if (!open && focusOpener.current) opener.current?.focus();
    focusOpener.current = false;
  }, [open]);
  const others = departments.filter((d) => !sameDepartment(d, department));
  const [to, setTo] = useState(others[0] ?? "");
  const [neededBy, setNeededBy] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = textProblem(text, ACTION_MAX);

  const close = () => {
    clearDraft();
    clearOpen();
    // The next request starts without a date: an optional date silently reused is a date nobody chose.
    setNeededBy("");
    setSubmitted(false);
    focusOpener.current = true;
  };
  const submit = async () => {
    setSubmitted(true);
    if (problem || to === "") return;
    const input = { fromDepartment: department, toDepartment: to, text: text.trim(), neededBy: neededBy === "" ? null : neededBy };
    const outcome = await write.submit({ kind: "addRequest", agendaId, input });
    if (outcome === "done" || outcome === "queued") close();
  };

  if (!open) {
    return (
      <Button ref={opener} className={styles.add} appearance="subtle" size="small" aria-label={t("tab.request.askLabel", { department })} onClick={() => setOpenDraft(true)} data-testid="request-ask">
        {t("tab.request.ask")}
      </Button>
    );
  }
  return (
    <form
      noValidate
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={formKeys(close, () => void submit())}
      data-testid="request-ask-form"
    >
      <Field label={t("tab.request.to")} required validationMessage={others.length === 0 ? t("tab.request.noOther") : undefined}>
        <Select value={to} onChange={(_, d) => setTo(d.value)} data-testid="request-to">
          {others.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("tab.request.text")} required validationMessage={problem && (submitted || problem.key !== "common.required") ? t(problem.key, problem.params) : undefined}>
        <Textarea autoFocus value={text} resize="vertical" onChange={(_, d) => setText(d.value)} data-testid="request-text" />
      </Field>
      <CoachHints value={text} onApply={setText} objective={objective} departments={departments} ownDepartment={department} data-testid="request-coach" />
      <Field label={t("tab.request.neededByLabel")}>
        <Input type="date" value={neededBy} min={localIsoDate()} onChange={(_, d) => setNeededBy(d.value)} data-testid="request-needed-by" />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" size="small" disabled={write.busy || others.length === 0} data-testid="request-ask-submit">
          {t("tab.request.send")}
        </Button>
        <Button size="small" onClick={close} data-testid="request-ask-cancel">
          {t("common.cancel")}
        </Button>
        <BusyIndicator busy={write.busy} label={t("common.working")} />
      </div>
      <ErrorBar error={write.error} onDismiss={write.clearError} />
    </form>
  );
}
