// When something was written, as people say it ("3分前"), kept current while the page stays open; the
// exact date and time are in the element's datetime and title.
import { useSyncExternalStore } from "react";
import { formatDate } from "../core/text/format-date";
import { formatRelativeTime } from "../core/text/relative-time";
import { localIsoDate } from "./dates";
import { useLang } from "./i18n/use-t";

// One minute ticker for every <RelativeTime> on the page.
const listeners = new Set<() => void>();
let ticker: ReturnType<typeof setInterval> | null = null;
let minute = Math.floor(Date.now() / 60_000);
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  ticker ??= setInterval(() => {
    minute = Math.floor(Date.now() / 60_000);
    listeners.forEach((l) => l());
  }, 30_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const lang = useLang();
  useSyncExternalStore(subscribe, () => minute, () => minute);
  const at = new Date(iso);
  const exact = Number.isNaN(at.getTime())
    ? iso
    : `${formatDate(localIsoDate(at), lang)} ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  return (
    <time dateTime={iso} title={exact} className={className}>
      {formatRelativeTime(iso, new Date(), lang)}
    </time>
  );
}
