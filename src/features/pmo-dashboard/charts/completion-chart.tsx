// Completion rate over time: one bar per week of creation, its height the share already done.
import type { CompletionWeek } from "../../../core/api/dashboard-contract";
import { useT } from "../../../components/i18n/use-t";
import { ChartFigure, percent, shortDate, useChartInk } from "./chart-figure";
import { useSeries } from "./chart-series";

const WEEKS_SHOWN = 12;
const BAR = 36;
const GAP = 12;
const TOP = 20;
const PLOT = 120;
const LEFT = 36;

export function CompletionChart({ weeks }: { weeks: readonly CompletionWeek[] }) {
  const t = useT();
  const ink = useChartInk();
  const { paint } = useSeries();
  const shown = weeks.slice(-WEEKS_SHOWN);
  const width = Math.max(320, LEFT + shown.length * (BAR + GAP) + GAP);
  const height = TOP + PLOT + 28;
  const points = shown.map((w) =>
    t("pmo.charts.completion.point", { week: w.week, rate: percent(w.done, w.created), done: w.done, created: w.created }),
  );
  return (
    <ChartFigure
      title={t("pmo.charts.completion.title")}
      summary={t("pmo.charts.completion.summary", { points: points.join(t("pmo.charts.listSeparator")) })}
      width={width}
      height={height}
      empty={shown.length === 0}
      testId="pmo-chart-completion"
    >
      {[0, 50, 100].map((tick) => {
        const y = TOP + PLOT - (tick / 100) * PLOT;
        return (
          <g key={tick}>
            <line x1={LEFT} x2={width} y1={y} y2={y} className={ink.track} strokeWidth={1} />
            <text x={LEFT - 4} y={y + 4} textAnchor="end" fontSize={10} className={ink.muted}>
              {tick}%
            </text>
          </g>
        );
      })}
      {shown.map((w, i) => {
        const rate = percent(w.done, w.created);
        const h = (rate / 100) * PLOT;
        const x = LEFT + GAP + i * (BAR + GAP);
        return (
          <g key={w.week} data-testid="pmo-chart-completion-bar" data-week={w.week} data-rate={rate}>
            <rect x={x} y={TOP + PLOT - h} width={BAR} height={Math.max(h, 1)} {...paint("open")} />
            <text x={x + BAR / 2} y={TOP + PLOT - h - 4} textAnchor="middle" fontSize={10} className={ink.text}>
              {rate}%
            </text>
            <text x={x + BAR / 2} y={TOP + PLOT + 16} textAnchor="middle" fontSize={10} className={ink.muted}>
              {shortDate(w.week)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
