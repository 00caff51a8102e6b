// A legend under a chart: each series' swatch in its own pattern (the picture's accessible name
// already names the series, so the legend is hidden from assistive technology).
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { SeriesSwatch, type Series } from "./chart-series";

const useStyles = makeStyles({
  legend: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "center" },
  item: { display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export function ChartLegend({ items }: { items: { label: string; series: Series }[] }) {
  const styles = useStyles();
  return (
    <div className={styles.legend} aria-hidden="true" data-testid="pmo-chart-legend">
      {items.map((item) => (
        <span key={item.label} className={styles.item}>
          <SeriesSwatch series={item.series} />
          <Text size={200}>{item.label}</Text>
        </span>
      ))}
    </div>
  );
}
