// "Add a commitment": who (one of the attendees), what, by when, which department it helps and how
// it serves the shared objective — section 4 of the agenda. Opened from "+ コミットメントを追加"; the
// fields are a draft kept across reloads; the write goes through the offline queue.
import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Attendee } from "../../core/api/contract";
import { helpableDepartments, isPastDue } from "../../core/meeting/commitment-rules";
import { formatDate } from "../../core/text/format-date";
import { localIsoDate } from "../../components/dates";
import { formKeys } from "../../components/form-keys";
import { useLang, useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { CoachHints } from "../../components/coach/coach-hints";
import { useDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { ACTION_MAX, textProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface CommitmentFormProps {
  agendaId: string;
  owners: readonly Attendee[];
  defaultOwner: string;
  departments: readonly string[];
  /** The shared objective, named in the coach's suggestions. */
  objective?: string;
  /** Saved, queued or cancelled: the section closes the form. */
  onDone?(): void;
  /** Opened by a click: the first field takes the focus. */
  focusFirst?: boolean;
}

export function CommitmentForm({ agendaId, owners, defaultOwner, departments, objective, onDone, focusFirst = false }: CommitmentFormProps) {
  const t = useT();
  const styles = useStyles();
  const action = useSubmitWrite();
  const [draft, setDraft, clearDraft] = useDraft("commitment", { owner: defaultOwner, dueDate: "", what: "", helps: "", serves: "" });
  const { owner, dueDate, what, helps, serves } = draft;
  const field = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });
  const [setOwner, setDueDate, setWhat, setHelps, setServes] = [field("owner"), field("dueDate"), field("what"), field("helps"), field("serves")];
  const [submitted, setSubmitted] = useState(false);
  const [pastConfirmed, setPastConfirmed] = useState(false);
  const lang = useLang();
  const first = useRef<HTMLTextAreaElement>(null);
  const dueInput = useRef<HTMLInputElement>(null);
  const pastCheck = useRef<HTMLInputElement>(null);
  const servesInput = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);

  const actionProblem = textProblem(what, ACTION_MAX);
  const servesProblem = textProblem(serves, 2000, false);
  const dueProblem = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? null : ({ key: "common.required" } as const);
  const show = <P extends { key: string }>(p: P | null) => (p && (submitted || p.key !== "common.required") ? p : null);
  const ownerPerson = owners.find((o) => o.email === owner) ?? owners[0];
  // A department never helps itself: only the others are offered, and a choice the owner's
  // department makes invalid (another owner picked) falls back to none.
  const helpable = helpableDepartments(departments, ownerPerson?.department ?? "");
  const helpsValue = helpable.includes(helps) ? helps : "";
  const pastDue = dueProblem === null && isPastDue(dueDate, localIsoDate());

  const submit = async () => {
    setSubmitted(true);
    // The first field to fix takes the focus, so its message is read out and typing goes there.
    const invalid = [actionProblem && first, dueProblem && dueInput, pastDue && !pastConfirmed && pastCheck, servesProblem && servesInput].find(Boolean);
    if (invalid) return invalid.current?.focus();
    if (!ownerPerson) return;
    const outcome = await action.submit({
      kind: "addCommitment",
      agendaId,
      input: {
        ownerEmail: ownerPerson.email,
        ownerName: ownerPerson.name,
        helpsDepartment: helpsValue === "" ? null : helpsValue,
        action: what.trim(),
        dueDate,
        servesObjective: serves.trim(),
        ...(pastDue ? { confirmPastDue: true } : {}),
      },
    });
    if (outcome === "done" || outcome === "queued") {
      clearDraft();
      setSubmitted(false);
      setPastConfirmed(false);
      onDone?.();
    }
  };
  const cancel = () => {
    clearDraft();
    onDone?.();
  };

  const visibleAction = show(actionProblem);
  const visibleServes = show(servesProblem);
  return (
    <form
      noValidate
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={formKeys(cancel, () => void submit())}
      data-testid="commitment-form"
    >
      <Field label={t("tab.commitment.owner")} required>
        <Select value={ownerPerson?.email ?? ""} onChange={(_, d) => setOwner(d.value)} data-testid="commitment-owner">
          {owners.map((o) => (
            <option key={o.email} value={o.email}>
              {o.department ? t("common.personWithDept", { name: o.name || o.email, department: o.department }) : o.name || o.email}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("tab.commitment.action")} required validationMessage={visibleAction ? t(visibleAction.key, visibleAction.params) : undefined}>
        <Textarea ref={first} value={what} resize="vertical" onChange={(_, d) => setWhat(d.value)} data-testid="commitment-action" />
      </Field>
      <CoachHints value={what} onApply={setWhat} objective={objective} departments={departments} data-testid="commitment-action-coach" />
      <Field label={t("tab.commitment.due")} required validationMessage={show(dueProblem) ? t("common.required") : undefined}>
        <Input ref={dueInput} type="date" value={dueDate} min={localIsoDate()} onChange={(_, d) => setDueDate(d.value)} data-testid="commitment-due" />
      </Field>
      {pastDue && (
        <Field
          validationState={submitted && !pastConfirmed ? "error" : "warning"}
          validationMessage={t("tab.commitment.pastDue", { due: formatDate(dueDate, lang) })}
        >
          <Checkbox ref={pastCheck} checked={pastConfirmed} onChange={(_, d) => setPastConfirmed(d.checked === true)} label={t("tab.commitment.confirmPast")} data-testid="commitment-confirm-past" />
        </Field>
      )}
      <Field label={t("tab.commitment.helps")}>
        <Select value={helpsValue} onChange={(_, d) => setHelps(d.value)} data-testid="commitment-helps">
          <option value="">{t("common.none")}</option>
          {helpable.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("tab.commitment.serves")} validationMessage={visibleServes ? t(visibleServes.key, visibleServes.params) : undefined}>
        <Textarea ref={servesInput} value={serves} resize="vertical" onChange={(_, d) => setServes(d.value)} data-testid="commitment-serves" />
      </Field>
      <CoachHints value={serves} onApply={setServes} objective={objective} departments={departments} context="serves" data-testid="commitment-serves-coach" />
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={action.busy} data-testid="commitment-submit">
          {t("tab.commitment.submit")}
        </Button>
        {onDone && (
          <Button onClick={cancel} data-testid="commitment-cancel">
            {t("common.cancel")}
          </Button>
        )}
        <BusyIndicator busy={action.busy} label={t("common.working")} />
      </div>
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </form>
  );
}
