// How the charts' series look, so they stay apart in every theme: colour AND pattern. Open is
// solid, overdue is hatched, done is cross-hatched, the rest is an outline. In Teams' high-contrast
// theme two series can get the same colour; the patterns still differ. Under the system's forced
// colours (Windows contrast themes) the parts use system colours (Highlight, CanvasText, Canvas).
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type SVGProps } from "react";

export type Series = "open" | "overdue" | "done" | "rest";

const FORCED = "@media (forced-colors: active)";

const useSeriesStyles = makeStyles({
  open: { fill: tokens.colorBrandBackground, [FORCED]: { fill: "Highlight" } },
  overdueBack: { fill: tokens.colorPaletteRedBackground3, [FORCED]: { fill: "Canvas" } },
  overdueLine: { stroke: tokens.colorNeutralForegroundOnBrand, [FORCED]: { stroke: "CanvasText" } },
  overdueEdge: { stroke: tokens.colorPaletteRedBorder2, [FORCED]: { stroke: "CanvasText" } },
  doneBack: { fill: tokens.colorPaletteGreenBackground3, [FORCED]: { fill: "Canvas" } },
  doneLine: { stroke: tokens.colorNeutralForegroundOnBrand, [FORCED]: { stroke: "Highlight" } },
  doneEdge: { stroke: tokens.colorPaletteGreenBorder2, [FORCED]: { stroke: "Highlight" } },
  rest: { fill: "none", stroke: tokens.colorNeutralStroke1, [FORCED]: { stroke: "GrayText" } },
});

/** One chart's patterns; ids are unique per chart, so several charts on a page never share one. */
export function useSeries() {
  const styles = useSeriesStyles();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const overdueId = `cp-overdue-${id}`;
  const doneId = `cp-done-${id}`;
  const defs = (
    <defs>
      <pattern id={overdueId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} className={styles.overdueBack} />
        <line x1={0} y1={0} x2={0} y2={6} strokeWidth={2.5} className={styles.overdueLine} />
      </pattern>
      <pattern id={doneId} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} className={styles.doneBack} />
        <path d="M0 3H6M3 0V6" strokeWidth={1.2} className={styles.doneLine} />
      </pattern>
    </defs>
  );
  /** The props of a shape drawn in a series (its fill, and an edge so it shows on any background). */
  const paint = (series: Series): SVGProps<SVGRectElement> => {
    if (series === "open") return { className: styles.open };
    if (series === "overdue") return { fill: `url(#${overdueId})`, className: styles.overdueEdge, strokeWidth: 1 };
    if (series === "done") return { fill: `url(#${doneId})`, className: styles.doneEdge, strokeWidth: 1 };
    return { className: styles.rest, strokeWidth: 1 };
  };
  return { defs, paint };
}

/** A legend swatch: the series' own pattern in a small picture, so the legend matches the chart in every theme. */
export function SeriesSwatch({ series, className }: { series: Series; className?: string }) {
  const { defs, paint } = useSeries();
  const p = paint(series);
  return (
    <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" className={className} data-series={series}>
      {defs}
      <rect x={1} y={1} width={12} height={12} {...p} className={mergeClasses(p.className)} />
    </svg>
  );
}
