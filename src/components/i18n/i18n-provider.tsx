import type { ReactNode } from "react";
import type { Lang } from "../../core/api/primitives";
import { I18nContext } from "./i18n-context";

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <I18nContext.Provider value={lang}>{children}</I18nContext.Provider>;
}
