// The frame every dashboard chart shares: a caption, then an SVG picture whose accessible name
// (role="img" + aria-label) says in words what the picture shows, or a note when there is no data.
// A picture with buttons in it is a labelled group instead: an image's content is presentational,
// so buttons inside one would be hidden from assistive technology.
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../../../components/i18n/use-t";

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  svg: { display: "block", width: "100%", height: "auto" },
});

const FORCED = "@media (forced-colors: active)";

/**
 * The charts' inks as classes: Fluent tokens, so light, dark and high-contrast themes all apply, and
 * system colours under the system's forced colours (Windows contrast themes), where the browser
 * leaves an SVG's own colours alone and a token's dark grey would sit on the theme's black.
 */
export const useChartInk = makeStyles({
  text: { fill: tokens.colorNeutralForeground1, [FORCED]: { fill: "CanvasText" } },
  muted: { fill: tokens.colorNeutralForeground3, [FORCED]: { fill: "CanvasText" } },
  track: { stroke: tokens.colorNeutralStroke2, [FORCED]: { stroke: "GrayText" } },
  line: { stroke: tokens.colorBrandBackground, [FORCED]: { stroke: "Highlight" } },
  dot: { fill: tokens.colorBrandBackground, [FORCED]: { fill: "Highlight" } },
  cellEmpty: { fill: tokens.colorNeutralBackground3, stroke: tokens.colorNeutralStroke2, [FORCED]: { fill: "Canvas", stroke: "GrayText" } },
  cellLow: { fill: tokens.colorBrandBackground2, stroke: tokens.colorNeutralStroke2, [FORCED]: { fill: "Canvas", stroke: "CanvasText" } },
  cellLowText: { fill: tokens.colorBrandForeground2, [FORCED]: { fill: "CanvasText" } },
  cellHigh: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralStroke2, [FORCED]: { fill: "Highlight", stroke: "CanvasText" } },
  cellHighText: { fill: tokens.colorNeutralForegroundOnBrand, [FORCED]: { fill: "HighlightText" } },
  focusRing: { stroke: tokens.colorStrokeFocus2, [FORCED]: { stroke: "Highlight" } },
});

export interface ChartFigureProps {
  title: string;
  /** The words the picture stands for: what a screen reader hears. */
  summary: string;
  width: number;
  height: number;
  empty: boolean;
  testId: string;
  children: ReactNode;
  /** Shown under the picture (a legend). */
  footer?: ReactNode;
  /** The picture holds ChartButtons. */
  interactive?: boolean;
  /** Makes the title a button (e.g. "show this objective's commitments"); label is its accessible name. */
  titleAction?: { label: string; onClick(): void };
}

export function ChartFigure({ title, summary, width, height, empty, testId, children, footer, interactive, titleAction }: ChartFigureProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <figure className={styles.figure} data-testid={testId}>
      <figcaption>
        {titleAction ? (
          <Link as="button" onClick={titleAction.onClick} aria-label={titleAction.label} data-testid={`${testId}-show`}>
            <Text weight="semibold">{title}</Text>
          </Link>
        ) : (
          <Text weight="semibold">{title}</Text>
        )}
      </figcaption>
      {empty ? (
        <Text data-testid={`${testId}-empty`}>{t("pmo.charts.empty")}</Text>
      ) : (
        <svg
          className={styles.svg}
          role={interactive ? "group" : "img"}
          aria-label={summary}
          viewBox={`0 0 ${width} ${height}`}
          style={{ maxWidth: width }}
          data-testid={`${testId}-svg`}
        >
          {children}
        </svg>
      )}
      {!empty && footer}
    </figure>
  );
}

/** A share as a whole percentage (0 when there is nothing to share). */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** "2026-11-09" → "11/09": weeks are labelled by their Monday. */
export const shortDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
