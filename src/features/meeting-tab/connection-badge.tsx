// The live badge. It reads the same "online" as the offline banner (useOnline), so the two never
// disagree: offline wins over whatever the stream last reported.
import { Badge } from "@fluentui/react-components";
import { useOnline } from "../../components/live/use-online";
import type { MessageKey } from "../../components/i18n/messages-ja";
import { useT } from "../../components/i18n/use-t";
import type { LiveStatus } from "./hooks/use-live-agenda";

export type ConnectionState = "connecting" | "live" | "reconnecting" | "polling" | "offline";

export function connectionState(status: LiveStatus, online: boolean): ConnectionState | null {
  if (status === "refused") return null;
  return online ? status : "offline";
}

const LABELS: Record<Exclude<ConnectionState, "connecting">, MessageKey> = {
  live: "tab.live.live",
  reconnecting: "tab.live.reconnecting",
  polling: "tab.live.polling",
  offline: "tab.live.offline",
};

export function ConnectionBadge({ status }: { status: LiveStatus }) {
  const t = useT();
  const state = connectionState(status, useOnline());
  if (state === null || state === "connecting") return null;
  return (
    <Badge appearance="tint" color={state === "live" ? "success" : state === "offline" ? "danger" : "warning"} data-testid="live-status" data-status={state}>
      {t(LABELS[state])}
    </Badge>
  );
}
