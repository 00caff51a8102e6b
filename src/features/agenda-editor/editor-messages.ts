// The task pane's own words for what issue 3 added (attendee groups, directory fallback, the
// contribution slots, Collect commitments), ja and en. Kept with the feature so the shared catalog
// in components/i18n stays as it is; same {placeholder} rules.
import { useCallback } from "react";
import type { Lang } from "../../core/api/contract";
import { useLang } from "../../components/i18n/use-t";

const ja = {
  "attendees.title": "参加者と部門",
  "attendees.unknown": "部門不明",
  "attendees.directoryFailed": "参加者の部門を調べられませんでした（{reason}）。下の「部門を追加」で部門を手で入力できます。",
  "slot.label": "{name} が目的のためにできること（任意）",
  "slot.hint": "空欄のままでも構いません。会議の参加者が Teams で記入できます。",
  "collect.title": "コミットメントを回収",
  "collect.intro": "会議のあと本文のコミットメント表に書き込まれた行（表がまだなければ見出しの下の「誰が | 何を | いつまでに | 目的にどう役立つか」の行）を読み取り、確認してから記録します。同じ行が二度記録されることはありません。",
  "collect.read": "本文から読み取る",
  "collect.none": "本文のコミットメント欄に、まだ記録されていない行はありませんでした。",
  "collect.found": "{count} 件見つかりました。",
  "collect.confirm": "{count} 件を記録する",
  "collect.recordedDone": "{count} 件を記録しました。",
  "collect.state.new": "記録します",
  "collect.state.recorded": "記録済み",
  "collect.problem.owner": "担当者が参加者の中に見つかりません",
  "collect.problem.due": "期日が読めません（例：2026-12-01）",
  "collect.problem.action": "「何を」が空です",
  "collect.table": "本文から見つかったコミットメント",
  "collect.col.who": "誰が",
  "collect.col.what": "何を",
  "collect.col.due": "いつまでに",
  "collect.col.state": "状態",
  "carried.found": "この目的の以前の会議から、未完了のコミットメントが {count} 件あります。アジェンダの先頭に「前回からの持ち越し」として載ります。",
  "carried.failed": "以前の会議のコミットメントを読み込めませんでした（{reason}）。挿入時にもう一度確認します。",
} as const;

export type EditorMessageKey = keyof typeof ja;

const en: Record<EditorMessageKey, string> = {
  "attendees.title": "Attendees by department",
  "attendees.unknown": "Unknown department",
  "attendees.directoryFailed": "The attendees' departments could not be looked up ({reason}). Enter the departments by hand with “Add department” below.",
  "slot.label": "What {name} can do for it (optional)",
  "slot.hint": "You may leave it blank: attendees can fill it in the Teams meeting tab.",
  "collect.title": "Collect commitments",
  "collect.intro": "After the meeting, read back the rows typed into the body's commitments table (or, while there is no table yet, lines like “Who | What | By when | How it serves” under its heading), check them, then record them. A row is never recorded twice.",
  "collect.read": "Read from the body",
  "collect.none": "The body's commitments section has no rows that are not recorded yet.",
  "collect.found": "Found {count}.",
  "collect.confirm": "Record {count}",
  "collect.recordedDone": "Recorded {count}.",
  "collect.state.new": "Will be recorded",
  "collect.state.recorded": "Already recorded",
  "collect.problem.owner": "The owner is not among the attendees",
  "collect.problem.due": "The due date can't be read (e.g. 2026-12-01)",
  "collect.problem.action": "“What” is empty",
  "collect.table": "Commitments found in the body",
  "collect.col.who": "Who",
  "collect.col.what": "What",
  "collect.col.due": "By when",
  "collect.col.state": "State",
  "carried.found": "{count} open commitments from earlier meetings on this objective will head the agenda as “Carried forward”.",
  "carried.failed": "The open commitments of earlier meetings could not be loaded ({reason}). They are checked again when you insert.",
};

export const EDITOR_MESSAGES: Readonly<Record<Lang, Record<EditorMessageKey, string>>> = { ja, en };

export function editorText(lang: Lang, key: EditorMessageKey, params?: Record<string, string | number>): string {
  const template = EDITOR_MESSAGES[lang][key];
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole)) : template;
}

export function useEditorT(): (key: EditorMessageKey, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key, params) => editorText(lang, key, params), [lang]);
}
