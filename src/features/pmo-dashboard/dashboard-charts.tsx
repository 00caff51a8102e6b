// The dashboard's pictures: completion over time, open/overdue by department, the cross-department
// matrix, the purpose-first score, and the per-objective view — all from GET /api/dashboard/summary.
import { Button, Subtitle1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DashboardSummary } from "../../core/api/dashboard-contract";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { ApiError } from "../../platform/ports";
import { CompletionChart } from "./charts/completion-chart";
import { DepartmentChart } from "./charts/department-chart";
import { MatrixHeatmap } from "./charts/matrix-heatmap";
import { ObjectiveProgress } from "./charts/objective-progress";
import { PurposeScoreChart } from "./charts/purpose-score-chart";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  note: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: "grid",
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 360px), 1fr))",
  },
});

export interface DashboardChartsProps {
  summary: DashboardSummary | null;
  error: unknown;
  /** The heading level of the sections ("Charts", "By shared objective"). */
  level: 2 | 3 | 4;
  /** Shown, or folded away behind the heading's button. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
  /** A department's bar or a matrix row was pressed: filter the table by that department. */
  onSelectDepartment?: (department: string) => void;
  /** An objective's title was pressed: filter the table by it. */
  onSelectObjective?: (objectiveId: string, title: string) => void;
}

function Heading({ level, id, children }: { level: 2 | 3 | 4; id: string; children: string }) {
  return level === 2 ? (
    <Subtitle1 as="h2" id={id}>
      {children}
    </Subtitle1>
  ) : (
    <Subtitle2 as={level === 3 ? "h3" : "h4"} id={id}>
      {children}
    </Subtitle2>
  );
}

export function DashboardCharts({ summary, error, level, open = true, onToggle, onSelectDepartment, onSelectObjective }: DashboardChartsProps) {
  const t = useT();
  const styles = useStyles();
  // Without the PMO role the table already says so; the charts don't repeat it.
  if (error instanceof ApiError && error.status === 403) return null;
  return (
    <>
      <section className={styles.section} aria-labelledby="pmo-charts-heading" data-testid="pmo-charts" data-open={open}>
        <div className={styles.head}>
          <Heading level={level} id="pmo-charts-heading">
            {t("pmo.charts.title")}
          </Heading>
          {onToggle && (
            <Button
              appearance="subtle"
              size="small"
              icon={<span aria-hidden="true">{open ? "▾" : "▸"}</span>}
              aria-expanded={open}
              aria-controls="pmo-charts-body"
              onClick={() => onToggle(!open)}
              data-testid="pmo-charts-toggle"
            >
              {open ? t("pmo.charts.hide") : t("pmo.charts.show")}
            </Button>
          )}
        </div>
        {open && (
          <Text size={200} className={styles.note}>
            {t("pmo.charts.followsFilters")}
          </Text>
        )}
        <ErrorBar error={error} />
        {open && summary && (
          <div className={styles.grid} id="pmo-charts-body">
            <CompletionChart weeks={summary.completionOverTime} />
            <DepartmentChart departments={summary.byDepartment} onSelect={onSelectDepartment} />
            <MatrixHeatmap cells={summary.matrix} onSelect={onSelectDepartment && ((from) => onSelectDepartment(from))} />
            <PurposeScoreChart weeks={summary.purposeScoreOverTime} />
          </div>
        )}
      </section>
      {open && summary && summary.byObjective.length > 0 && (
        <section className={styles.section} aria-labelledby="pmo-objectives-heading" data-testid="pmo-objectives">
          <Heading level={level} id="pmo-objectives-heading">
            {t("pmo.objectives.title")}
          </Heading>
          <div className={styles.grid}>
            {summary.byObjective.map((o) => (
              <ObjectiveProgress key={o.objectiveId ?? ""} objective={o} onSelect={onSelectObjective} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
