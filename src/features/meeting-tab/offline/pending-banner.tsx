// The sentence over the pending writes says what each of them waits for: the connection (offline),
// the next try (online, being sent), the user's choice (a conflict — the network will not settle it)
// or the user's retry (refused by the server). One sentence per kind of wait that is there.
import { Text } from "@fluentui/react-components";
import { useLang, useT } from "../../../components/i18n/use-t";
import type { QueuedWrite } from "./queued-write";

export function PendingBanner({ online, writes }: { online: boolean; writes: readonly QueuedWrite[] }) {
  const t = useT();
  const lang = useLang();
  const count = (state: QueuedWrite["state"]) => writes.filter((w) => w.state === state).length;
  const [pending, conflicts, failed] = [count("pending"), count("conflict"), count("failed")];
  // What the writes wait for, each with its sentence.
  const waits: [string, string][] = [];
  if (writes.length === 0) waits.push(["connection", t("tab.offline.offlineEmpty")]);
  else if (pending > 0) waits.push(online ? ["sending", t("tab.offline.banner.sending")] : ["connection", t("tab.offline.offline")]);
  else if (!online) waits.push(["connection", t("tab.offline.banner.offline")]);
  if (conflicts > 0) waits.push(["decision", t("tab.offline.banner.decide", { count: conflicts })]);
  if (failed > 0) waits.push(["retry", t("tab.offline.banner.failed", { count: failed })]);
  return (
    <Text size={200} role="status" data-testid="offline-banner" data-waits-for={waits.map(([kind]) => kind).join(" ")}>
      {waits.map(([, sentence]) => sentence).join(lang === "ja" ? "" : " ")}
    </Text>
  );
}
