// The per-objective view: for each shared objective, what every department committed and how
// much of it is done, as a done-over-total bar per department.
import type { ObjectiveSummary } from "../../../core/api/dashboard-contract";
import { useT } from "../../../components/i18n/use-t";
import { ChartFigure, percent, useChartInk } from "./chart-figure";
import { ChartLegend } from "./chart-legend";
import { useSeries } from "./chart-series";

const LABEL = 120;
const ROW = 26;
const PLOT = 240;
const VALUE = 90;

export interface ObjectiveProgressProps {
  objective: ObjectiveSummary;
  /** Pressing the objective's title: filter the table by it (commitments without an objective can't be). */
  onSelect?: (objectiveId: string, title: string) => void;
}

export function ObjectiveProgress({ objective, onSelect }: ObjectiveProgressProps) {
  const t = useT();
  const ink = useChartInk();
  const { defs, paint } = useSeries();
  const title = objective.objectiveTitle || t("pmo.objectives.none");
  const id = objective.objectiveId;
  const max = Math.max(1, ...objective.departments.map((d) => d.total));
  const parts = objective.departments.map((d) =>
    t("pmo.objectives.department", { department: d.department, done: d.done, total: d.total }),
  );
  const headline = t("pmo.objectives.summary", {
    title,
    done: objective.done,
    total: objective.total,
    rate: percent(objective.done, objective.total),
  });
  return (
    <ChartFigure
      title={headline}
      summary={`${headline} ${parts.join(t("pmo.charts.listSeparator"))}`}
      width={LABEL + PLOT + VALUE}
      height={objective.departments.length * ROW + 4}
      empty={objective.departments.length === 0}
      testId="pmo-objective"
      footer={
        <ChartLegend
          items={[
            { label: t("pmo.charts.legend.done"), series: "done" },
            { label: t("pmo.charts.legend.remaining"), series: "rest" },
          ]}
        />
      }
      titleAction={
        // The name starts with the visible headline, so speech input can say what it sees.
        onSelect && id !== null ? { label: t("pmo.objectives.show", { summary: headline }), onClick: () => onSelect(id, title) } : undefined
      }
    >
      {defs}
      {objective.departments.map((d, i) => {
        const y = i * ROW + 4;
        return (
          <g key={d.department} data-testid="pmo-objective-department" data-department={d.department}>
            <text x={LABEL - 8} y={y + 13} textAnchor="end" fontSize={12} className={ink.text}>
              {d.department}
            </text>
            <rect x={LABEL} y={y} width={(d.total / max) * PLOT} height={ROW - 8} {...paint("rest")} data-series="rest" />
            {d.done > 0 && <rect x={LABEL} y={y} width={(d.done / max) * PLOT} height={ROW - 8} {...paint("done")} data-series="done" />}
            <text x={LABEL + (d.total / max) * PLOT + 6} y={y + 13} fontSize={11} className={ink.text}>
              {d.done} / {d.total}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
