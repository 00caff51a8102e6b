// What a row's action is doing and how it ended ("Status changed to “Done”.", or reloaded after
// someone else's change), in one polite live region that floats over the page's corner: the table
// never moves under the user, and the keyboard focus stays on the control they used.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../components/i18n/use-t";

const useStyles = makeStyles({
  region: {
    position: "fixed",
    insetInlineEnd: tokens.spacingHorizontalL,
    insetBlockEnd: tokens.spacingVerticalL,
    zIndex: 1000,
    maxWidth: "min(480px, calc(100vw - 32px))",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: { boxShadow: tokens.shadow16 },
  busy: {
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
});

export interface RowNotice {
  text: string;
  intent: "success" | "warning";
}

export interface RowActionStatusProps {
  busy: boolean;
  notice: RowNotice | null;
  onDismiss(): void;
}

export function RowActionStatus({ busy, notice, onDismiss }: RowActionStatusProps) {
  const t = useT();
  const styles = useStyles();
  return (
    // Always mounted: a live region that appears together with its text may not be announced.
    <div role="status" aria-live="polite" className={styles.region} data-testid="pmo-row-status">
      {busy && !notice && <Spinner className={styles.busy} size="tiny" label={t("common.working")} labelPosition="after" />}
      {notice && (
        // No MessageBarTitle here, so drop the aria-labelledby Fluent points at the (absent) title.
        <MessageBar intent={notice.intent} className={styles.card} layout="multiline" aria-labelledby={undefined} data-testid="pmo-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={onDismiss} data-testid="pmo-notice-dismiss">
              {t("common.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
