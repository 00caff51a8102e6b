// "What my department can do for the objective": one text per submit, checked inline (empty, too long).
// The text is a draft kept across reloads; the write goes through the offline queue.
import { Button, Field, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { departmentKey } from "../../core/meeting/departments";
import { CoachHints } from "../../components/coach/coach-hints";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { useDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { contributionProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ContributionFormProps {
  agendaId: string;
  departments: readonly string[];
  myDepartment: string;
  /** The shared objective, named in the coach's suggestions. */
  objective?: string;
}

export function ContributionForm({ agendaId, departments, myDepartment, objective }: ContributionFormProps) {
  const t = useT();
  const styles = useStyles();
  const action = useSubmitWrite();
  const mine = departments.find((d) => departmentKey(d) === departmentKey(myDepartment));
  const [draft, setDraft, clearDraft] = useDraft("contribution", { department: mine ?? departments[0] ?? "", text: "" });
  const { department, text } = draft;
  const setText = (value: string) => setDraft({ ...draft, text: value });
  const setDepartment = (value: string) => setDraft({ ...draft, department: value });
  const [submitted, setSubmitted] = useState(false);
  const problem = contributionProblem(text);
  // "Too long" shows while typing; "required" only after a submit attempt.
  const visible = problem && (submitted || problem.key !== "common.required") ? problem : null;
  const chosen = departments.includes(department) ? department : (mine ?? departments[0] ?? "");

  const submit = async () => {
    setSubmitted(true);
    if (problem || chosen === "") return;
    const outcome = await action.submit({ kind: "addContribution", agendaId, input: { department: chosen, text: text.trim() } });
    // Saved, or safely queued (the pending list shows it): either way the draft's job is done.
    if (outcome === "done" || outcome === "queued") {
      clearDraft();
      setSubmitted(false);
    }
  };

  return (
    <form
      noValidate
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="contribution-form"
    >
      <Field label={t("tab.contribution.department")}>
        <Select value={chosen} onChange={(_, data) => setDepartment(data.value)} data-testid="contribution-department">
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t("tab.contribution.text", { department: chosen })}
        validationMessage={visible ? t(visible.key, visible.params) : undefined}
        required
      >
        <Textarea
          value={text}
          resize="vertical"
          onChange={(_, data) => setText(data.value)}
          data-testid="contribution-input"
        />
      </Field>
      <CoachHints value={text} onApply={setText} objective={objective} departments={departments} ownDepartment={chosen} context="contribution" data-testid="contribution-coach" />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={action.busy} data-testid="contribution-submit">
          {t("tab.contribution.add")}
        </Button>
        <BusyIndicator busy={action.busy} label={t("common.working")} />
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </form>
  );
}
