// The shared objective comes first and largest: the meeting starts from it, not from any role.
import { Badge, Caption1, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { Agenda } from "../../core/api/contract";
import { PurposeScore } from "../../components/coach/purpose-score-badge";
import { useT } from "../../components/i18n/use-t";
import type { LiveStatus } from "./hooks/use-live-agenda";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  top: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { overflowWrap: "anywhere" },
  outcome: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

const STATUS_KEYS = {
  live: "tab.live.live",
  reconnecting: "tab.live.reconnecting",
  polling: "tab.live.polling",
} as const;

export function ObjectiveHeader({ agenda, status }: { agenda: Agenda; status: LiveStatus }) {
  const t = useT();
  const styles = useStyles();
  return (
    <header className={styles.root} data-testid="tab-objective">
      <div className={styles.top}>
        <Caption1>{t("tab.objective.label")}</Caption1>
        <PurposeScore score={agenda.purposeScore} size="small" />
        {status !== "connecting" && (
          <Badge
            appearance="tint"
            color={status === "live" ? "success" : "warning"}
            data-testid="live-status"
            data-status={status}
          >
            {t(STATUS_KEYS[status])}
          </Badge>
        )}
      </div>
      <Title2 as="h2" className={styles.title} data-testid="tab-objective-title">
        {agenda.objectiveTitle}
      </Title2>
      {agenda.desiredOutcome && (
        <Text className={styles.outcome}>
          <strong>{t("tab.outcome.label")}: </strong>
          {agenda.desiredOutcome}
        </Text>
      )}
    </header>
  );
}
