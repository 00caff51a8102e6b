// The landmarks every standalone page has: a banner with the app name (h1), and the main content.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../../components/i18n/use-t";
import { RequestProgress, type ProgressSource } from "../../components/status/request-progress";

const useStyles = makeStyles({
  banner: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  who: { color: tokens.colorNeutralForeground2 },
});

export interface PageFrameProps {
  /** Signed-in person, shown in the banner. */
  who?: string;
  onSwitchPerson?: (() => void) | null;
  progress?: ProgressSource;
  children: ReactNode;
}

export function PageFrame({ who, onSwitchPerson, progress, children }: PageFrameProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <>
      <header className={styles.banner}>
        <h1 className={styles.title}>Common Purpose</h1>
        {who && (
          <Text size={200} className={styles.who}>
            {who}
          </Text>
        )}
        {onSwitchPerson && (
          <Button size="small" appearance="subtle" onClick={onSwitchPerson}>
            {t("auth.switchUser")}
          </Button>
        )}
      </header>
      {progress && <RequestProgress source={progress} label={t("common.loading")} />}
      <main>{children}</main>
    </>
  );
}
