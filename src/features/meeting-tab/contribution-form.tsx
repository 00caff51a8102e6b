// "+ 追加" inside a department's card: what that department can do for the objective, one entry per
// submit, checked inline (empty, too long). Closed until asked for; the text is a draft kept across
// reloads (a draft reopens the form); the write goes through the offline queue.
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { departmentKey } from "../../core/meeting/departments";
import { CoachHints } from "../../components/coach/coach-hints";
import { formKeys } from "../../components/form-keys";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { useDraft, useHasDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { contributionProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  add: { alignSelf: "flex-start" },
});

export interface ContributionFormProps {
  agendaId: string;
  /** The card's department: what is written here is that department's. */
  department: string;
  /** Every department of the meeting (the coach names them in its suggestions). */
  departments: readonly string[];
  /** The shared objective, named in the coach's suggestions. */
  objective?: string;
}

export function ContributionForm({ agendaId, department, departments, objective }: ContributionFormProps) {
  const t = useT();
  const styles = useStyles();
  const action = useSubmitWrite();
  const draftName = `contribution:${departmentKey(department)}`;
  const hadDraft = useHasDraft(draftName);
  const [open, setOpen] = useState(hadDraft);
  const [text, setText, clearDraft] = useDraft(draftName, "");
  const [submitted, setSubmitted] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const focusInput = useRef(false);
  const problem = contributionProblem(text);
  // "Too long" shows while typing; "required" only after a submit attempt.
  const visible = problem && (submitted || problem.key !== "common.required") ? problem : null;

  useEffect(() => {
    if (open && focusInput.current) input.current?.focus();
    if (!open && focusInput.current) opener.current?.focus();
    focusInput.current = false;
  }, [open]);

  const close = () => {
    clearDraft();
    setSubmitted(false);
    focusInput.current = true;
    setOpen(false);
  };
  const submit = async () => {
    setSubmitted(true);
    if (problem) return;
    const outcome = await action.submit({ kind: "addContribution", agendaId, input: { department, text: text.trim() } });
    // Saved, or safely queued (the pending list shows it): either way the draft's job is done.
    if (outcome === "done" || outcome === "queued") close();
  };

  if (!open) {
    return (
      <Button
        ref={opener}
        className={styles.add}
        appearance="subtle"
        size="small"
        aria-label={t("tab.contribution.addToLabel", { department })}
        onClick={() => {
          focusInput.current = true;
          setOpen(true);
        }}
        data-testid="contribution-add"
      >
        {t("tab.contribution.addTo")}
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
      data-testid="contribution-form"
    >
      <Field label={t("tab.contribution.text", { department })} validationMessage={visible ? t(visible.key, visible.params) : undefined} required>
        <Textarea ref={input} value={text} resize="vertical" onChange={(_, data) => setText(data.value)} data-testid="contribution-input" />
      </Field>
      <CoachHints value={text} onApply={setText} objective={objective} departments={departments} ownDepartment={department} context="contribution" data-testid="contribution-coach" />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" size="small" disabled={action.busy} data-testid="contribution-submit">
          {t("tab.contribution.submit")}
        </Button>
        <Button size="small" onClick={close} data-testid="contribution-cancel">
          {t("common.cancel")}
        </Button>
        <BusyIndicator busy={action.busy} label={t("common.working")} />
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </form>
  );
}
