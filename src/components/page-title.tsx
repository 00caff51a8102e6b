// The browser tab's (and Teams' window's) title for the page, in the page's language.
import { useEffect } from "react";
import type { MessageKey } from "./i18n/messages-ja";
import { useT } from "./i18n/use-t";

/** "{page} — Common Purpose"; `detail` (e.g. the objective) goes first when given. */
export function usePageTitle(page: MessageKey, detail?: string): void {
  const t = useT();
  const title = t(page);
  useEffect(() => {
    document.title = detail ? `${detail} — ${title} — Common Purpose` : `${title} — Common Purpose`;
  }, [title, detail]);
}

/** For a page's composition root: sets the title inside the app shell (where the language is known). */
export function PageTitle({ page, detail }: { page: MessageKey; detail?: string }) {
  usePageTitle(page, detail);
  return null;
}
