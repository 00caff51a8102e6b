// The filters a chart applied, said in words with a button to remove each, and one to clear them
// all: a click on a picture changes the table, so the page must show what it did and how to undo it.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatDate } from "../../core/text/format-date";
import { useLang, useT } from "../../components/i18n/use-t";
import { cleared, type CommitmentFilters } from "./filters";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface AppliedFiltersProps {
  filters: CommitmentFilters;
  onChange(filters: CommitmentFilters): void;
}

export function AppliedFilters({ filters, onChange }: AppliedFiltersProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const applied: { key: string; text: string; clear: CommitmentFilters }[] = [];
  if (filters.status) applied.push({ key: "status", text: t("pmo.applied.status", { status: t(`status.${filters.status}`) }), clear: { ...filters, status: "" } });
  if (filters.overdue) applied.push({ key: "overdue", text: t("pmo.applied.overdue"), clear: { ...filters, overdue: false } });
  if (filters.dueFrom || filters.dueTo) {
    const day = (d: string) => (d ? formatDate(d, lang) : "…");
    applied.push({ key: "due", text: t("pmo.applied.due", { from: day(filters.dueFrom), to: day(filters.dueTo) }), clear: { ...filters, dueFrom: "", dueTo: "" } });
  }
  if (filters.q.trim()) applied.push({ key: "search", text: t("pmo.applied.search", { q: filters.q.trim() }), clear: { ...filters, q: "" } });
  if (filters.department) {
    applied.push({ key: "department", text: t("pmo.applied.department", { department: filters.department }), clear: { ...filters, department: "" } });
  }
  if (filters.objective) {
    const title = filters.objectiveTitle || filters.objective;
    applied.push({ key: "objective", text: t("pmo.applied.objective", { title }), clear: { ...filters, objective: "", objectiveTitle: "" } });
  }
  if (applied.length === 0) return null;
  return (
    <div role="group" aria-label={t("pmo.applied.label")} className={styles.root} data-testid="pmo-applied-filters">
      <Text>{t("pmo.applied.label")}:</Text>
      {applied.map((a) => (
        <Button
          key={a.key}
          size="small"
          shape="circular"
          onClick={() => onChange(a.clear)}
          aria-label={t("pmo.applied.remove", { filter: a.text })}
          data-testid={`pmo-applied-${a.key}`}
        >
          {a.text}
          <span aria-hidden="true">&nbsp;×</span>
        </Button>
      ))}
      <Button
        size="small"
        appearance="subtle"
        // The order, grouping and charts are the view, not filters: clearing keeps them.
        onClick={() => onChange(cleared(filters))}
        data-testid="pmo-applied-clear"
      >
        {t("pmo.applied.clear")}
      </Button>
    </div>
  );
}
