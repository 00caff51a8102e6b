// Section 1: the shared objective comes first and largest — the meeting starts from it, not from any
// role — with what this meeting should decide, the purpose-first score and the live state.
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Agenda } from "../../core/api/contract";
import { PurposeScore } from "../../components/coach/purpose-score-badge";
import { useT } from "../../components/i18n/use-t";
import { NumberedHeading } from "../../components/numbered-heading";
import { ConnectionBadge } from "./connection-badge";
import type { LiveStatus } from "./hooks/use-live-agenda";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  top: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "center" },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  outcome: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

export function ObjectiveSection({ agenda, status }: { agenda: Agenda; status: LiveStatus }) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("tab-objective");
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="tab-objective">
      <div className={styles.top}>
        <NumberedHeading number={1} id={headingId}>
          {t("tab.objective.label")}
        </NumberedHeading>
        <span className={styles.badges}>
          <PurposeScore score={agenda.purposeScore} size="small" />
          <ConnectionBadge status={status} />
        </span>
      </div>
      <p className={styles.title} data-phrase-break data-testid="tab-objective-title">
        <PhraseText>{agenda.objectiveTitle}</PhraseText>
      </p>
      {agenda.desiredOutcome && (
        <Text className={styles.outcome} data-testid="tab-outcome">
          <strong>{t("common.labelled", { label: t("tab.outcome.label") })}</strong>
          {agenda.desiredOutcome}
        </Text>
      )}
    </section>
  );
}
