// The task pane's own words (the meeting strip, attendee groups, directory fallback, the department
// slots, validation, the score's tips, Collect commitments), ja and en. Kept with the feature so the
// shared catalog in components/i18n stays as it is; same {placeholder} rules.
import { useCallback } from "react";
import type { Lang } from "../../core/api/primitives";
import { useLang } from "../../components/i18n/use-t";

const ja = {
  "pane.title": "会議のアジェンダ",
  "pane.uiLanguage": "表示言語",
  "objective.newOption": "この会議の目的として使う：「{title}」",
  "objective.library.add": "組織の目的ライブラリにも追加する",
  "objective.library.hint": "オフのままなら、この会議のアジェンダだけに使います。追加すると組織の全員の候補に表示されます。",
  "objective.tooLong": "{max} 文字以内にしてください（いま {count} 文字）。",
  "strip.label": "会議の情報",
  "strip.summary": "{people}・{departments}",
  "strip.people.one": "出席者 {count} 人",
  "strip.people.other": "出席者 {count} 人",
  "strip.departments.one": "{count} 部門",
  "strip.departments.other": "{count} 部門",
  "strip.teams.yes": "Teams 会議あり",
  "strip.teams.no": "Teams 会議なし",
  "strip.details": "出席者・部門・Teams",
  "strip.score": "目的ファースト {score}",
  "strip.scoreNone": "目的ファースト —",
  "agendaLanguage.label": "挿入するアジェンダの言語",
  "agendaLanguage.hint": "出席者が読む言語です。この画面の表示は変わりません。",
  "slots.title": "目的のために、それぞれ何ができるか（任意）",
  "slots.hint": "主催者からの提案として載り、その部門の誰かが Teams で確認または書き直すまで「提案」と表示されます。",
  "slot.proposedAs": "「提案：{name}（主催者）」として載ります",
  "slot.own": "あなたの部門です。そのまま確定として載ります",
  "slot.confirmedBy": "{name} さん（{department}）が確認しました：",
  "slot.tooLong": "{max} 文字以内にしてください（いま {count} 文字）。",
  "mission.tooLong": "{max} 文字以内にしてください（いま {count} 文字）。",
  "outcome.tooLong": "{max} 文字以内にしてください（いま {count} 文字）。",
  "problems.title.one": "挿入する前に、次の {count} 件を直してください：",
  "problems.title.other": "挿入する前に、次の {count} 件を直してください：",
  "problems.objective.required": "共通の目的を入力してください",
  "problems.objective.tooLong": "共通の目的が長すぎます",
  "problems.outcome.tooLong": "「この会議で決めたいこと」が長すぎます",
  "problems.department.required": "{position} 番目の部門名を入力してください",
  "problems.department.duplicate": "部門「{name}」が重複しています",
  "problems.mission.tooLong": "{name} のミッションが長すぎます",
  "problems.slot.tooLong": "{name} ができることが長すぎます",
  "score.title": "目的ファーストのスコアとは",
  "score.explain": "会議が共通の目的から始まっているかを 100 点で表します。入力に合わせて変わります。",
  "score.needsObjective": "共通の目的を入力すると採点を始めます。",
  "score.perfect": "満点です。この形で会議を始めましょう。",
  "score.tips": "点数を上げるには",
  "tip.outcome": "「この会議で決めたいこと」を書くと +{points}",
  "tip.offers": "各部門のできることを 1 つ書くと +{points}（まだ：{names}）",
  "tip.offersNoNames": "各部門のできることを 1 つ書くと +{points}",
  "tip.missions": "部門のミッションの言い換えは付録に任せ、目的のためにできることを書くと +{points}",
  "tip.commitmentsNone": "会議の中で、担当・期限・目的への効き方のそろったコミットメントを記録すると +{points}",
  "tip.commitments": "担当・期限・目的への効き方が欠けたコミットメントを補うと +{points}",
  "tip.askOnly": "他部門への依頼だけでなく、自部門ができることを書くと +{points}",
  "tip.wording": "役割中心の言い回し（{count} 件）を目的中心に言い換えると +{points}",
  "attendees.title": "参加者と部門",
  "attendees.unknown": "部門不明",
  "attendees.directoryFailed": "参加者の部門を調べられませんでした（{reason}）。下の「部門を追加」で部門を手で入力できます。",
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
  "carried.found.one": "この目的の以前の会議から、未完了のコミットメントが {count} 件あります。「前回からの持ち越し」としてアジェンダに載ります。",
  "carried.found.other": "この目的の以前の会議から、未完了のコミットメントが {count} 件あります。「前回からの持ち越し」としてアジェンダに載ります。",
  "carried.failed": "以前の会議のコミットメントを読み込めませんでした（{reason}）。挿入時にもう一度確認します。",
} as const;

export type EditorMessageKey = keyof typeof ja;

const en: Record<EditorMessageKey, string> = {
  "pane.title": "Meeting agenda",
  "pane.uiLanguage": "Display language",
  "objective.newOption": "Use for this meeting: “{title}”",
  "objective.library.add": "Also add it to the organization's objective library",
  "objective.library.hint": "Left off, it is used for this meeting's agenda only. Added, everyone in the organization can pick it.",
  "objective.tooLong": "Use at most {max} characters (now {count}).",
  "strip.label": "About this meeting",
  "strip.summary": "{people} · {departments}",
  "strip.people.one": "{count} attendee",
  "strip.people.other": "{count} attendees",
  "strip.departments.one": "{count} department",
  "strip.departments.other": "{count} departments",
  "strip.teams.yes": "Teams meeting",
  "strip.teams.no": "No Teams meeting",
  "strip.details": "Attendees, departments, Teams",
  "strip.score": "Purpose-first {score}",
  "strip.scoreNone": "Purpose-first —",
  "agendaLanguage.label": "Language of the inserted agenda",
  "agendaLanguage.hint": "What attendees read. This pane keeps its own language.",
  "slots.title": "What can each of us do for it? (optional)",
  "slots.hint": "Shown as your proposal until someone of that department confirms or rewrites it in Teams.",
  "slot.proposedAs": "Shown as “Proposed by {name} (organizer)”",
  "slot.own": "Your own department: shown as confirmed",
  "slot.confirmedBy": "Confirmed by {name} ({department}):",
  "slot.tooLong": "Use at most {max} characters (now {count}).",
  "mission.tooLong": "Use at most {max} characters (now {count}).",
  "outcome.tooLong": "Use at most {max} characters (now {count}).",
  "problems.title.one": "Before inserting, fix this:",
  "problems.title.other": "Before inserting, fix these {count}:",
  "problems.objective.required": "Enter the shared objective",
  "problems.objective.tooLong": "The shared objective is too long",
  "problems.outcome.tooLong": "“What this meeting should decide” is too long",
  "problems.department.required": "Name department {position}",
  "problems.department.duplicate": "The department “{name}” is listed twice",
  "problems.mission.tooLong": "The mission of {name} is too long",
  "problems.slot.tooLong": "What {name} can do is too long",
  "score.title": "What the purpose-first score means",
  "score.explain": "0–100: how far this meeting starts from the shared objective. It changes as you type.",
  "score.needsObjective": "Enter the shared objective to start scoring.",
  "score.perfect": "Full marks: start the meeting like this.",
  "score.tips": "To raise it",
  "tip.outcome": "Write what this meeting should decide: +{points}",
  "tip.offers": "Write one thing each department can do: +{points} each (still missing: {names})",
  "tip.offersNoNames": "Write one thing each department can do: +{points} each",
  "tip.missions": "Leave the missions to the appendix and write what you can do for the objective: +{points}",
  "tip.commitmentsNone": "In the meeting, record commitments with an owner, a due date and how they serve the objective: +{points}",
  "tip.commitments": "Complete the commitments missing an owner, a due date or how they serve the objective: +{points}",
  "tip.askOnly": "Besides asking other departments, write what your own can do: +{points}",
  "tip.wording": "Reword the role-centred phrases ({count}) around the objective: +{points}",
  "attendees.title": "Attendees by department",
  "attendees.unknown": "Unknown department",
  "attendees.directoryFailed": "The attendees' departments could not be looked up ({reason}). Enter the departments by hand with “Add department” below.",
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
  "carried.found.one": "1 open commitment from an earlier meeting on this objective will be on the agenda as “Carried forward”.",
  "carried.found.other": "{count} open commitments from earlier meetings on this objective will be on the agenda as “Carried forward”.",
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

/** Messages said differently by count: a `.one` and an `.other` key each (Japanese uses `.other` only). */
export type EditorPluralKey = { [K in EditorMessageKey]: K extends `${infer Base}.other` ? Base : never }[EditorMessageKey];

const pluralRules: Record<Lang, Intl.PluralRules> = { ja: new Intl.PluralRules("ja"), en: new Intl.PluralRules("en") };

/** The form of `key` for `count` in `lang` (Intl's plural rules), with `{count}` filled in. */
export function editorPlural(lang: Lang, key: EditorPluralKey, count: number, params?: Record<string, string | number>): string {
  const form = pluralRules[lang].select(count) === "one" ? "one" : "other";
  return editorText(lang, `${key}.${form}`, { ...params, count });
}

export function useEditorPlural(): (key: EditorPluralKey, count: number, params?: Record<string, string | number>) => string {
  const lang = useLang();
  return useCallback((key, count, params) => editorPlural(lang, key, count, params), [lang]);
}
