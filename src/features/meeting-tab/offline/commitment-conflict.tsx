// A 412 on my commitment write (queued "mark done" / "reopen"): my change and the server's current
// commitment side by side — status, action, due — and the user decides: apply mine again on top of
// their version, or take theirs. Nothing is overwritten without this choice.
import { Button, Text } from "@fluentui/react-components";
import { formatDate } from "../../../core/text/format-date";
import { useLang, useT } from "../../../components/i18n/use-t";
import { useConflictStyles, useScrolledIntoView } from "./conflict-layout";
import type { QueuedWrite } from "./queued-write";
import { useTabWrites } from "./tab-writes";

export function CommitmentConflict({ write }: { write: QueuedWrite }) {
  const t = useT();
  const lang = useLang();
  const styles = useConflictStyles();
  const { queue } = useTabWrites();
  const root = useScrolledIntoView<HTMLDivElement>();
  if (write.intent.kind !== "setCommitmentStatus") return null;
  const mine = write.intent;
  const theirs = write.theirsCommitment ?? null;

  return (
    <div ref={root} className={styles.root} data-testid="conflict" data-key={write.key}>
      <Text weight="semibold" role="alert">
        {t("commitmentConflict.title")}
      </Text>
      <div className={styles.versions}>
        <section className={styles.version} aria-label={t("tab.conflict.mine")} data-testid="conflict-mine">
          <Text weight="semibold" size={200}>
            {t("tab.conflict.mine")}
          </Text>
          <Text data-testid="conflict-mine-status">{t("commitmentConflict.status", { status: t(`status.${mine.status}`) })}</Text>
          <Text className={styles.text}>{mine.action}</Text>
          {mine.dueDate && <Text size={200}>{t("commitmentConflict.due", { due: formatDate(mine.dueDate, lang) })}</Text>}
        </section>
        <section className={styles.version} aria-label={t("tab.conflict.theirs")} data-testid="conflict-theirs">
          <Text weight="semibold" size={200}>
            {t("tab.conflict.theirs")}
          </Text>
          {theirs ? (
            <>
              <Text data-testid="conflict-theirs-status">{t("commitmentConflict.status", { status: t(`status.${theirs.status}`) })}</Text>
              <Text className={styles.text}>{theirs.action}</Text>
              <Text size={200}>{t("commitmentConflict.due", { due: formatDate(theirs.dueDate, lang) })}</Text>
            </>
          ) : (
            <Text>{t("tab.conflict.gone")}</Text>
          )}
        </section>
      </div>
      <div className={styles.row}>
        {theirs && (
          <Button appearance="primary" onClick={() => queue.keepMine(write.key)} data-testid="conflict-keep-mine">
            {t("commitmentConflict.reapply")}
          </Button>
        )}
        <Button onClick={() => queue.discard(write.key)} data-testid="conflict-use-theirs">
          {t("commitmentConflict.takeTheirs")}
        </Button>
      </div>
    </div>
  );
}
