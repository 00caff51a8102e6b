// What someone without the PMO role sees on the PMO page: what the page is, why it isn't theirs,
// and the way to their own commitments — instead of filters, exports and an empty table.
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../components/i18n/use-t";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, maxWidth: "640px", padding: tokens.spacingHorizontalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  link: { fontSize: tokens.fontSizeBase400 },
});

export interface PmoOnlyProps {
  /** Where the person's own commitments are ("My commitments"). */
  myCommitmentsHref: string;
  headingLevel: 1 | 2 | 3;
}

export function PmoOnly({ myCommitmentsHref, headingLevel }: PmoOnlyProps) {
  const t = useT();
  const styles = useStyles();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={styles.root} aria-labelledby="pmo-only-heading" data-testid="pmo-only">
      <Heading id="pmo-only-heading" className={styles.heading}>
        {t("pmo.only.title")}
      </Heading>
      <Text>{t("pmo.only.why")}</Text>
      <Text>{t("pmo.only.ask")}</Text>
      <Link href={myCommitmentsHref} className={styles.link} data-testid="pmo-only-mine">
        {t("pmo.only.mine")}
      </Link>
    </section>
  );
}
