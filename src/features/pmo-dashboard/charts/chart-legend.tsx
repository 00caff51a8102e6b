// A legend of coloured swatches under a chart (the picture's accessible name already names the series).
import { Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  legend: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "center" },
  item: { display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  swatch: { width: "12px", height: "12px", borderRadius: tokens.borderRadiusSmall, display: "inline-block", forcedColorAdjust: "none" },
});

export function ChartLegend({ items }: { items: { label: string; colour: string }[] }) {
  const styles = useStyles();
  return (
    <div className={styles.legend} aria-hidden="true">
      {items.map((item) => (
        <span key={item.label} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: item.colour }} />
          <Text size={200}>{item.label}</Text>
        </span>
      ))}
    </div>
  );
}
