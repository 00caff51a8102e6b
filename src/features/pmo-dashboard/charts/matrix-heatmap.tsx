// The cross-department matrix as a heatmap: rows are the department that committed, columns the
// department it helps; each cell shows the count and the share done, shaded by count.
import type { MatrixCell } from "../../../core/api/dashboard-contract";
import { useT } from "../../../components/i18n/use-t";
import { ChartButton } from "./chart-button";
import { ChartFigure, percent, useChartInk } from "./chart-figure";

const LABEL = 110;
const HEAD = 44;
const CELL_W = 88;
const CELL_H = 44;

type Ink = ReturnType<typeof useChartInk>;

function shade(total: number, max: number, ink: Ink): { fill: string; text: string } {
  if (total === 0) return { fill: ink.cellEmpty, text: ink.muted };
  // Two steps rather than a continuous ramp, so the text colour always has contrast with its cell.
  return total * 2 > max ? { fill: ink.cellHigh, text: ink.cellHighText } : { fill: ink.cellLow, text: ink.cellLowText };
}

export interface MatrixHeatmapProps {
  cells: readonly MatrixCell[];
  /**
   * Pressing a cell: filter the table by the committing department (its row). The list API filters
   * by one department (owner's or helped), not by a from → to pair, so the column is not applied.
   */
  onSelect?: (from: string, to: string) => void;
}

export function MatrixHeatmap({ cells, onSelect }: MatrixHeatmapProps) {
  const t = useT();
  const ink = useChartInk();
  const rows = [...new Set(cells.map((c) => c.from))].sort();
  const columns = [...new Set(cells.map((c) => c.to))].sort();
  const find = (from: string, to: string) => cells.find((c) => c.from === from && c.to === to);
  const max = Math.max(1, ...cells.map((c) => c.total));
  const width = LABEL + columns.length * CELL_W + 4;
  const height = HEAD + rows.length * CELL_H + 4;
  const points = cells.map((c) => t("pmo.charts.matrix.point", { from: c.from, to: c.to, total: c.total, rate: percent(c.done, c.total) }));
  return (
    <ChartFigure
      title={t("pmo.charts.matrix.title")}
      summary={t("pmo.charts.matrix.summary", { points: points.join(t("pmo.charts.listSeparator")) })}
      width={Math.max(width, 240)}
      height={height}
      empty={cells.length === 0}
      testId="pmo-chart-matrix"
      interactive={onSelect !== undefined}
    >
      <text x={4} y={12} fontSize={10} className={ink.muted}>
        {t("pmo.charts.matrix.axes")}
      </text>
      {columns.map((to, j) => (
        <text key={to} x={LABEL + j * CELL_W + CELL_W / 2} y={HEAD - 8} textAnchor="middle" fontSize={12} className={ink.text}>
          {to}
        </text>
      ))}
      {rows.map((from, i) => (
        <g key={from}>
          <text x={LABEL - 8} y={HEAD + i * CELL_H + CELL_H / 2 + 4} textAnchor="end" fontSize={12} className={ink.text}>
            {from}
          </text>
          {columns.map((to, j) => {
            const cell = find(from, to);
            const total = cell?.total ?? 0;
            const { fill, text } = shade(total, max, ink);
            const x = LABEL + j * CELL_W;
            const y = HEAD + i * CELL_H;
            const picture = (
              <>
                <rect x={x + 2} y={y + 2} width={CELL_W - 4} height={CELL_H - 4} rx={4} className={fill} />
                <text x={x + CELL_W / 2} y={y + 20} textAnchor="middle" fontSize={13} fontWeight={600} className={text}>
                  {total}
                </text>
                {cell && (
                  <text x={x + CELL_W / 2} y={y + 34} textAnchor="middle" fontSize={10} className={text}>
                    {t("pmo.charts.matrix.done", { rate: percent(cell.done, cell.total) })}
                  </text>
                )}
              </>
            );
            // Empty cells stay a picture: nothing to show, and one tab stop fewer each.
            return onSelect && total > 0 ? (
              <ChartButton
                key={to}
                data-testid="pmo-chart-matrix-cell"
                data-from={from}
                data-to={to}
                data-total={total}
                label={t("pmo.charts.matrix.show", { from, to, total })}
                onActivate={() => onSelect(from, to)}
                ring={{ x: x + 1, y: y + 1, width: CELL_W - 2, height: CELL_H - 2 }}
              >
                {picture}
              </ChartButton>
            ) : (
              <g key={to} data-testid="pmo-chart-matrix-cell" data-from={from} data-to={to} data-total={total}>
                {picture}
              </g>
            );
          })}
        </g>
      ))}
    </ChartFigure>
  );
}
