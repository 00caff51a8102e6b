// When something was written, as people say it ("3分前"), kept current while the page stays open; the
// exact date and time are in the element's datetime and title.
import { formatDate } from "../core/text/format-date";
import { formatRelativeTime } from "../core/text/relative-time";
import { localIsoDate } from "./dates";
import { useLang } from "./i18n/use-t";
import { useNow } from "./use-now";

export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const lang = useLang();
  const now = useNow();
  const at = new Date(iso);
  const exact = Number.isNaN(at.getTime())
    ? iso
    : `${formatDate(localIsoDate(at), lang)} ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  return (
    <time dateTime={iso} title={exact} className={className}>
      {formatRelativeTime(iso, now, lang)}
    </time>
  );
}
