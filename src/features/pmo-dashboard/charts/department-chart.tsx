// Open and overdue commitments by department: one stacked horizontal bar per department.
import type { DepartmentStatusCounts } from "../../../core/api/dashboard-contract";
import { useT } from "../../../components/i18n/use-t";
import { ChartFigure, useChartInk } from "./chart-figure";
import { ChartButton } from "./chart-button";
import { ChartLegend } from "./chart-legend";
import { useSeries } from "./chart-series";

const LABEL = 120;
const ROW = 28;
const PLOT = 260;
const VALUE = 60;

export interface DepartmentChartProps {
  departments: readonly DepartmentStatusCounts[];
  /** Pressing a department's bar: filter the table by it. Without it the bars are only a picture. */
  onSelect?: (department: string) => void;
}

export function DepartmentChart({ departments, onSelect }: DepartmentChartProps) {
  const t = useT();
  const ink = useChartInk();
  const { defs, paint } = useSeries();
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
      interactive={onSelect !== undefined}
      footer={
        <ChartLegend
          items={[
            { label: t("pmo.charts.legend.open"), series: "open" },
            { label: t("pmo.charts.legend.overdue"), series: "overdue" },
          ]}
        />
      }
    >
      {defs}
      {rows.map((d, i) => {
        const y = i * ROW + 4;
        const openW = (d.open / max) * PLOT;
        const overdueW = (d.overdue / max) * PLOT;
        const bar = (
          <>
            <text x={LABEL - 8} y={y + 14} textAnchor="end" fontSize={12} className={ink.text}>
              {d.department}
            </text>
            <rect x={LABEL} y={y} width={openW} height={ROW - 8} {...paint("open")} data-series="open" />
            {overdueW > 0 && <rect x={LABEL + openW} y={y} width={overdueW} height={ROW - 8} {...paint("overdue")} data-series="overdue" />}
            <text x={LABEL + openW + overdueW + 6} y={y + 14} fontSize={11} className={ink.text}>
              {d.open} / {d.overdue}
            </text>
          </>
        );
        return onSelect ? (
          <ChartButton
            key={d.department}
            data-testid="pmo-chart-department-row"
            data-department={d.department}
            label={t("pmo.charts.departments.show", { department: d.department })}
            onActivate={() => onSelect(d.department)}
            ring={{ x: 1, y: y - 3, width: width - 2, height: ROW - 2 }}
          >
            {bar}
          </ChartButton>
        ) : (
          <g key={d.department} data-testid="pmo-chart-department-row" data-department={d.department}>
            {bar}
          </g>
        );
      })}
    </ChartFigure>
  );
}
