// "Pending (n)": every write not yet saved on the server, with its text, so nothing typed is out of
// sight — waiting (offline or retrying), failed (with the server's reason), or in conflict. Offline
// with nothing pending it is only the offline banner (no "Pending (0)"); it reads the same online
// state as the live badge, so the two always agree.
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../../../components/i18n/use-t";
import { useOnline } from "../../../components/live/use-online";
import { CONTRIBUTION_MAX } from "../../../core/api/contract";
import { CommitmentConflict } from "./commitment-conflict";
import { ConflictPanel } from "./conflict-panel";
import { PendingBanner } from "./pending-banner";
import { writeText, type QueuedWrite } from "./queued-write";
import { useTabWrites } from "./tab-writes";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});


function WriteRow({ write, sending }: { write: QueuedWrite; sending: boolean }) {
  const t = useT();
  const styles = useStyles();
  const { queue } = useTabWrites();
  const { intent } = write;
  const kind =
    intent.kind === "setCommitmentStatus"
      ? t("tab.offline.kind.setCommitmentStatus", { status: t(`status.${intent.status}`) })
      : t(`tab.offline.kind.${intent.kind}`);
  return (
    <li className={styles.item} data-testid="pending-write" data-state={write.state} data-kind={intent.kind}>
      <Text size={200} weight="semibold">
        {kind}
      </Text>
      {write.state === "conflict" ? (
        intent.kind === "setCommitmentStatus" ? (
          <CommitmentConflict write={write} />
        ) : (
          <ConflictPanel write={write} />
        )
      ) : (
        <>
          <Text className={styles.text}>{writeText(intent).slice(0, CONTRIBUTION_MAX)}</Text>
          <Text size={200} role={write.state === "failed" ? "alert" : undefined}>
            {write.state === "failed"
              ? t("tab.offline.failed", { reason: write.failure?.message ?? "" })
              : sending
                ? t("tab.offline.sending")
                : t("tab.offline.waiting")}
          </Text>
          <div className={styles.row}>
            <Button size="small" disabled={sending} onClick={() => (write.state === "failed" ? queue.retry(write.key) : void queue.flush())}>
              {write.state === "failed" ? t("tab.offline.retry") : t("tab.offline.sendNow")}
            </Button>
            <Button size="small" appearance="subtle" disabled={sending} onClick={() => queue.discard(write.key)} data-testid="pending-discard">
              {t("tab.offline.discard")}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}

export function PendingWrites() {
  const t = useT();
  const styles = useStyles();
  const { snapshot } = useTabWrites();
  const online = useOnline();
  const count = snapshot.writes.length;
  if (count === 0 && online) return null;
  return (
    <section className={styles.root} aria-label={count > 0 ? t("tab.offline.title") : t("tab.live.offline")} data-testid="pending-writes" data-online={online}>
      {count > 0 && (
        <div className={styles.head}>
          <Badge appearance="filled" color="warning" data-testid="pending-count" data-count={count}>
            {t("tab.offline.pending", { count })}
          </Badge>
          <Text weight="semibold">{t("tab.offline.title")}</Text>
        </div>
      )}
      <PendingBanner online={online} writes={snapshot.writes} />
      {count > 0 && (
        <ul className={styles.list}>
          {snapshot.writes.map((w) => (
            <WriteRow key={w.key} write={w} sending={snapshot.sending === w.key} />
          ))}
        </ul>
      )}
    </section>
  );
}
