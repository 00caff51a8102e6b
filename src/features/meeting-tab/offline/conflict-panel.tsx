// A 412 on my edit (or delete): mine and theirs side by side, and the user decides — keep mine on
// top of theirs, use theirs, or write a combined text. Nothing is overwritten without this choice.
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../../../components/i18n/use-t";
import { useConflictStyles, useScrolledIntoView } from "./conflict-layout";
import type { QueuedWrite } from "./queued-write";
import { useTabWrites } from "./tab-writes";

export function ConflictPanel({ write }: { write: QueuedWrite }) {
  const t = useT();
  const styles = useConflictStyles();
  const { queue } = useTabWrites();
  const deleting = write.intent.kind === "deleteContribution";
  const mine = write.intent.kind === "editContribution" ? write.intent.text : "";
  const [merged, setMerged] = useState(() => (write.theirs && !deleting ? `${write.theirs.text}\n${mine}` : mine));
  const theirs = write.theirs ?? null;
  // The conflict lives at the top of the tab; the user may have been scrolled down to the item.
  const root = useScrolledIntoView<HTMLDivElement>();

  return (
    <div ref={root} className={styles.root} data-testid="conflict" data-key={write.key}>
      <Text weight="semibold" role="alert">
        {t("tab.conflict.title")}
      </Text>
      <div className={styles.versions}>
        <section className={styles.version} aria-label={t("tab.conflict.mine")} data-testid="conflict-mine">
          <Text weight="semibold" size={200}>
            {t("tab.conflict.mine")}
          </Text>
          <Text className={styles.text}>{deleting ? t("tab.conflict.mineDeleted") : mine}</Text>
        </section>
        <section className={styles.version} aria-label={t("tab.conflict.theirs")} data-testid="conflict-theirs">
          <Text weight="semibold" size={200}>
            {t("tab.conflict.theirs")}
          </Text>
          <Text className={styles.text}>{theirs ? theirs.text : t("tab.conflict.gone")}</Text>
        </section>
      </div>
      <div className={styles.row}>
        {theirs && (
          <Button appearance="primary" onClick={() => queue.keepMine(write.key)} data-testid="conflict-keep-mine">
            {deleting ? t("tab.conflict.deleteAnyway") : t("tab.conflict.keepMine")}
          </Button>
        )}
        <Button onClick={() => queue.discard(write.key)} data-testid="conflict-use-theirs">
          {deleting ? t("tab.conflict.keepTheirs") : t("tab.conflict.useTheirs")}
        </Button>
      </div>
      {theirs && !deleting && (
        <>
          <Field label={t("tab.conflict.merged")}>
            <Textarea value={merged} resize="vertical" onChange={(_, d) => setMerged(d.value)} data-testid="conflict-merged" />
          </Field>
          <div>
            <Button
              disabled={merged.trim() === ""}
              onClick={() => queue.keepMine(write.key, merged.trim())}
              data-testid="conflict-save-merged"
            >
              {t("tab.conflict.saveMerged")}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
