// Section 5: each department's mission, collapsed — reference only, so roles never lead the meeting.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaDepartment } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  // Like the numbered headings of sections 1–4: same size and weight, "5." at the same left edge (the
  // chevron goes to the end, where it does not push the number in).
  button: {
    paddingLeft: 0,
    paddingRight: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  number: { color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalS, fontVariantNumeric: "tabular-nums" },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  mission: { marginLeft: 0, whiteSpace: "pre-wrap", overflowWrap: "anywhere", color: tokens.colorNeutralForeground2 },
});

export function MissionsAppendix({ departments }: { departments: readonly AgendaDepartment[] }) {
  const t = useT();
  const styles = useStyles();
  const withMission = departments.filter((d) => d.mission.trim() !== "");
  return (
    <Accordion collapsible data-testid="tab-appendix">
      <AccordionItem value="missions">
        <AccordionHeader as="h2" expandIconPosition="end" button={{ className: styles.button }}>
          <span className={styles.number}>5.</span>
          <PhraseText>{t("tab.appendix.title")}</PhraseText>
        </AccordionHeader>
        <AccordionPanel>
          {withMission.length === 0 ? (
            <Text size={200}>{t("tab.appendix.empty")}</Text>
          ) : (
            <dl className={styles.list}>
              {withMission.map((d) => (
                <div key={d.name}>
                  <dt className={styles.term}>{d.name}</dt>
                  <dd className={styles.mission}>{d.mission}</dd>
                </div>
              ))}
            </dl>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
