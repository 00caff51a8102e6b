// Open and overdue commitments by department: one stacked horizontal bar per department.
import type { DepartmentStatusCounts } from "../../../core/api/dashboard-contract";
import { useT } from "../../../components/i18n/use-t";
import { CHART, ChartFigure } from "./chart-figure";
import { ChartLegend } from "./chart-legend";

const LABEL = 120;
const ROW = 28;
const PLOT = 260;
const VALUE = 60;

export function DepartmentChart({ departments }: { departments: readonly DepartmentStatusCounts[] }) {
  const t = useT();
  const rows = departments.filter((d) => d.open + d.overdue > 0);
  const max = Math.max(1, ...rows.map((d) => d.open + d.overdue));
  const width = LABEL + PLOT + VALUE;
  const height = Math.max(ROW, rows.length * ROW) + 4;
  const points = rows.map((d) => t("pmo.charts.departments.point", { department: d.department, open: d.open, overdue: d.overdue }));
  return (
    <ChartFigure
      title={t("pmo.charts.departments.title")}
      summary={t("pmo.charts.departments.summary", { points: points.join(t("pmo.charts.listSeparator")) })}
      width={width}
      height={height}
      empty={rows.length === 0}
      testId="pmo-chart-departments"
      footer={
        <ChartLegend
          items={[
            { label: t("pmo.charts.legend.open"), colour: CHART.primary },
            { label: t("pmo.charts.legend.overdue"), colour: CHART.overdue },
          ]}
        />
      }
    >
      {rows.map((d, i) => {
        const y = i * ROW + 4;
        const openW = (d.open / max) * PLOT;
        const overdueW = (d.overdue / max) * PLOT;
        return (
          <g key={d.department} data-testid="pmo-chart-department-row" data-department={d.department}>
            <text x={LABEL - 8} y={y + 14} textAnchor="end" fontSize={12} style={{ fill: CHART.text }}>
              {d.department}
            </text>
            <rect x={LABEL} y={y} width={openW} height={ROW - 8} style={{ fill: CHART.primary }} />
            <rect x={LABEL + openW} y={y} width={overdueW} height={ROW - 8} style={{ fill: CHART.overdue }} />
            <text x={LABEL + openW + overdueW + 6} y={y + 14} fontSize={11} style={{ fill: CHART.text }}>
              {d.open} / {d.overdue}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
