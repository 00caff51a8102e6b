// Why a row matched the search when the reason is not in a column: the server's search also reads
// "how it serves the objective", which the table does not show, so a row matched there shows that
// text under its action with the match marked. The test is the server's (a case-insensitive
// substring), so the text shown and the text matched agree.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../components/i18n/use-t";

const useStyles = makeStyles({
  line: { display: "block", marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit", "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText" } },
});

/** Where `q` (trimmed, case-folded) first occurs in `text`, or -1. */
export function matchAt(text: string, q: string): number {
  const needle = q.trim().toLowerCase();
  return needle === "" ? -1 : text.toLowerCase().indexOf(needle);
}

export function SearchMatch({ serves, q }: { serves: string; q: string }) {
  const t = useT();
  const styles = useStyles();
  const at = matchAt(serves, q);
  if (at < 0) return null;
  const end = at + q.trim().length;
  return (
    <Text size={200} className={styles.line} data-testid="pmo-search-match">
      {t("pmo.search.matchedServes")}
      {serves.slice(0, at)}
      <mark className={styles.mark}>{serves.slice(at, end)}</mark>
      {serves.slice(end)}
    </Text>
  );
}
