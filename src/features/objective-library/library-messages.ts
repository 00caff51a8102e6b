// The objective library's own words, ja and en (same {placeholder} rules as the shared catalog).
import { useCallback } from "react";
import type { Lang } from "../../core/api/primitives";
import { useLang } from "../../components/i18n/use-t";

const ja = {
  "nav.label": "PMO の画面",
  "nav.commitments": "コミットメント",
  "nav.objectives": "目的ライブラリ",
  title: "目的ライブラリ",
  intro: "会議で選べる共通の目的です。名前を直す、重複を 1 つにまとめる、使わなくなった目的をアーカイブできます。アーカイブしても、その目的で作られたアジェンダはそのまま残ります。",
  onlyPmo: "目的ライブラリを管理できるのは PMO だけです。",
  loading: "目的ライブラリを読み込んでいます…",
  empty: "目的はまだありません。主催者が会議で「組織の目的ライブラリにも追加する」を選ぶと、ここに並びます。",
  active: "使用中の目的（{count}）",
  archived: "アーカイブ済み（{count}）",
  usage: "{count} 件の会議で使用",
  mergedInto: "「{title}」に統合済み",
  edit: "編集",
  editOf: "「{title}」を編集",
  save: "保存",
  cancel: "キャンセル",
  titleLabel: "目的",
  descriptionLabel: "説明（任意）",
  required: "目的を入力してください。",
  tooLong: "{max} 文字以内にしてください（いま {count} 文字）。",
  titleTaken: "「{title}」はすでにライブラリにあります。名前を同じにするのではなく、「統合…」でこの目的を「{title}」にまとめてください。",
  restoreTaken: "「{title}」は使用中の目的にすでにあります。主催者はそちらを選べるので、この目的はアーカイブのままにします。",
  archive: "アーカイブ",
  archiveOf: "「{title}」をアーカイブ",
  restore: "戻す",
  restoreOf: "「{title}」を使用中に戻す",
  merge: "統合…",
  mergeOf: "「{title}」を別の目的に統合",
  mergeInto: "統合先",
  mergeChoose: "統合先を選んでください",
  mergeExplain: "「{title}」を使う会議 {count} 件とそのコミットメントは統合先に移り、この目的はアーカイブされます。元には戻せません。",
  mergeConfirm: "統合する",
  mergeNone: "統合先にできる目的がありません。",
  saved: "「{title}」を保存しました。",
  archivedDone: "「{title}」をアーカイブしました。これまでのアジェンダはそのままです。",
  restoredDone: "「{title}」を使用中に戻しました。",
  mergedDone: "「{from}」を「{into}」に統合しました。",
  stale: "ほかの PMO がこの目的を変更していました。最新の内容を読み込んだので、もう一度操作してください。",
} as const;

export type LibraryMessageKey = keyof typeof ja;

const en: Record<LibraryMessageKey, string> = {
  "nav.label": "PMO pages",
  "nav.commitments": "Commitments",
  "nav.objectives": "Objective library",
  title: "Objective library",
  intro: "The shared objectives organizers can pick. Fix a title, merge duplicates into one, or archive objectives no longer in use. Archiving leaves the agendas written with an objective as they are.",
  onlyPmo: "Only a PMO can manage the objective library.",
  loading: "Loading the objective library…",
  empty: "No objectives yet. They appear here when an organizer chooses “Also add it to the organization's objective library”.",
  active: "In use ({count})",
  archived: "Archived ({count})",
  usage: "Meetings using it: {count}",
  mergedInto: "Merged into “{title}”",
  edit: "Edit",
  editOf: "Edit “{title}”",
  save: "Save",
  cancel: "Cancel",
  titleLabel: "Objective",
  descriptionLabel: "Description (optional)",
  required: "Enter the objective.",
  tooLong: "Use at most {max} characters (now {count}).",
  titleTaken: "“{title}” is already in the library. Instead of giving this one the same title, use “Merge…” to merge it into “{title}”.",
  restoreTaken: "“{title}” is already in use in the library, so this one stays archived: organizers can pick that one.",
  archive: "Archive",
  archiveOf: "Archive “{title}”",
  restore: "Restore",
  restoreOf: "Put “{title}” back in use",
  merge: "Merge…",
  mergeOf: "Merge “{title}” into another objective",
  mergeInto: "Merge into",
  mergeChoose: "Choose the objective to merge into",
  mergeExplain: "The meetings using “{title}” ({count}) and their commitments move to the objective you choose, and this one is archived. This cannot be undone.",
  mergeConfirm: "Merge",
  mergeNone: "There is no other objective to merge into.",
  saved: "Saved “{title}”.",
  archivedDone: "Archived “{title}”. Earlier agendas keep it.",
  restoredDone: "“{title}” is in use again.",
  mergedDone: "Merged “{from}” into “{into}”.",
  stale: "Another PMO changed this objective. The latest version is loaded: please do it again.",
};

export const LIBRARY_MESSAGES: Readonly<Record<Lang, Record<LibraryMessageKey, string>>> = { ja, en };

export function useLibraryT(): (key: LibraryMessageKey, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback(
    (key, params) => {
      const template = LIBRARY_MESSAGES[lang][key];
      return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)) : template;
    },
    [lang],
  );
}
