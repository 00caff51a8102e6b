// Inline purpose-coach hints under a text field: each names its kind, with "why" (expandable) and
// "use suggestion". Advice only — it never blocks saving and renders nothing when the wording is fine.
// The coach itself loads on first use (load-coach.ts), so pages start without it.
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { applySuggestion } from "../../core/coach/apply-suggestion";
import type { CoachContext, CoachFinding } from "../../core/coach/coach-types";
import { useLang } from "../i18n/use-t";
import { coachText } from "./coach-messages";
import { useCoachFindings } from "./use-coach-findings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  hint: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  quote: { fontWeight: tokens.fontWeightSemibold },
});

export interface CoachHintsProps {
  /** The field's current value. */
  value: string;
  /** Called with the whole new value when the user takes a suggestion. */
  onApply(next: string): void;
  objective?: string | undefined;
  /** Departments of the meeting (and of the directory): named in rewordings, recognised in text. */
  departments?: readonly string[] | undefined;
  /** The writer's department: the rewording names the other one. */
  ownDepartment?: string | undefined;
  /** What the field is for: a contribution, an obstacle, how a commitment serves, a decline's reason. */
  context?: CoachContext | undefined;
  debounceMs?: number | undefined;
  "data-testid"?: string;
}

export function CoachHints({ value, onApply, objective, departments, ownDepartment, context, debounceMs, ...rest }: CoachHintsProps) {
  const lang = useLang();
  const styles = useStyles();
  const findings = useCoachFindings({ text: value, lang, objective, departments, ownDepartment, context, debounceMs });
  // Findings of an older value may point past the current text: show them only while they still fit.
  const current = findings.filter((f) => f.replaceSpan[1] <= value.length && value.slice(f.span[0], f.span[1]) === f.text);
  if (current.length === 0) return null;
  return (
    <div role="status" aria-label={coachText(lang, "region")} className={styles.root} data-testid={rest["data-testid"] ?? "coach-hints"}>
      {current.map((f) => (
        <CoachHint key={`${f.ruleId}:${f.span[0]}`} finding={f} onApply={() => onApply(applySuggestion(value, f))} />
      ))}
    </div>
  );
}

function CoachHint({ finding, onApply }: { finding: CoachFinding; onApply(): void }) {
  const lang = useLang();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const whyId = useId();
  return (
    <div className={styles.hint} data-testid="coach-hint" data-rule={finding.ruleId} data-kind={finding.kind} data-severity={finding.severity}>
      <Text size={200}>
        <span className={styles.quote}>{lang === "ja" ? `「${finding.text}」` : `“${finding.text}”`}</span> — <span data-testid="coach-kind">{coachText(lang, `kind.${finding.kind}`)}</span>
        {lang === "ja" ? "。" : ". "}
        {coachText(lang, "hint")}
      </Text>
      <Caption1>
        {coachText(lang, "suggestion")} <span data-testid="coach-suggestion">{finding.suggestion}</span>
      </Caption1>
      {open && (
        <Caption1 id={whyId} data-testid="coach-why">
          {finding.explanation}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={open ? whyId : undefined} onClick={() => setOpen(!open)} data-testid="coach-why-toggle">
          {coachText(lang, open ? "hideWhy" : "why")}
        </Button>
        <Button size="small" appearance="secondary" onClick={onApply} data-testid="coach-apply">
          {coachText(lang, "use")}
        </Button>
      </div>
    </div>
  );
}
