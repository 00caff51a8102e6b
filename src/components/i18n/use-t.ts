import { useCallback, useContext } from "react";
import type { Lang } from "../../core/api/primitives";
import { I18nContext } from "./i18n-context";
import { messagesEn } from "./messages-en";
import { messagesJa, type MessageKey } from "./messages-ja";

export type MessageParams = Record<string, string | number>;
export type TFunction = (key: MessageKey, params?: MessageParams) => string;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { ja: messagesJa, en: messagesEn };

/** Hosts report locales like "ja-JP", "ja", "en-US", "fr-FR": Japanese for ja*, English for the rest. */
export function pickLang(locale: string | null | undefined): Lang {
  return locale?.trim().toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than silently vanishing. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGS[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export function useLang(): Lang {
  return useContext(I18nContext);
}

export function useT(): TFunction {
  const lang = useContext(I18nContext);
  return useCallback<TFunction>((key, params) => translate(lang, key, params), [lang]);
}
