// The purpose-first score of meetings over time: the weekly average as a line on a 0–100 scale.
import type { PurposeScoreWeek } from "../../../core/api/dashboard-contract";
import { useT } from "../../../components/i18n/use-t";
import { ChartFigure, shortDate, useChartInk } from "./chart-figure";

const WEEKS_SHOWN = 12;
const STEP = 48;
const TOP = 20;
const PLOT = 120;
const LEFT = 36;

export function PurposeScoreChart({ weeks }: { weeks: readonly PurposeScoreWeek[] }) {
  const t = useT();
  const ink = useChartInk();
  const shown = weeks.slice(-WEEKS_SHOWN);
  const width = Math.max(320, LEFT + shown.length * STEP + STEP / 2);
  const height = TOP + PLOT + 28;
  const at = (i: number, score: number) => ({ x: LEFT + STEP / 2 + i * STEP, y: TOP + PLOT - (score / 100) * PLOT });
  const points = shown.map((w) => t("pmo.charts.purpose.point", { week: w.week, score: w.averageScore, meetings: w.meetings }));
  return (
    <ChartFigure
      title={t("pmo.charts.purpose.title")}
      summary={t("pmo.charts.purpose.summary", { points: points.join(t("pmo.charts.listSeparator")) })}
      width={width}
      height={height}
      empty={shown.length === 0}
      testId="pmo-chart-purpose"
    >
      {[0, 50, 100].map((tick) => {
        const y = TOP + PLOT - (tick / 100) * PLOT;
        return (
          <g key={tick}>
            <line x1={LEFT} x2={width} y1={y} y2={y} className={ink.track} strokeWidth={1} />
            <text x={LEFT - 4} y={y + 4} textAnchor="end" fontSize={10} className={ink.muted}>
              {tick}
            </text>
          </g>
        );
      })}
      <polyline
        points={shown.map((w, i) => `${at(i, w.averageScore).x},${at(i, w.averageScore).y}`).join(" ")}
        fill="none"
        strokeWidth={2}
        className={ink.line}
      />
      {shown.map((w, i) => {
        const p = at(i, w.averageScore);
        return (
          <g key={w.week} data-testid="pmo-chart-purpose-point" data-week={w.week} data-score={w.averageScore}>
            <circle cx={p.x} cy={p.y} r={4} className={ink.dot} />
            <text x={p.x} y={p.y - 8} textAnchor="middle" fontSize={10} className={ink.text}>
              {Math.round(w.averageScore)}
            </text>
            <text x={p.x} y={TOP + PLOT + 16} textAnchor="middle" fontSize={10} className={ink.muted}>
              {shortDate(w.week)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
