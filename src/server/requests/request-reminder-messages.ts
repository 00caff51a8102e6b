// The words of the reminders about requests between departments that wait for an answer, in the
// recipient's language; every user string is escaped in the HTML.
import type { Lang } from "../../core/api/primitives";
import { escapeHtml } from "../../core/text/escape-html";
import type { RenderedMessage } from "../reminders/reminder-messages";

export interface WaitingItem {
  from: string;
  to: string;
  text: string;
  /** The department whose answer it waits for. */
  waitingFor: string;
  workingDays: number;
}

const W = {
  ja: {
    subject: (n: number) => `【Common Purpose】回答待ちのお願い ${n}件`,
    escalationSubject: (n: number) => `【Common Purpose】長く回答のないお願い ${n}件`,
    hello: (name: string) => `${name} さん`,
    intro: "あなたの部門の回答を待っているお願いがあります。目的のために何ができるか、引き受ける・代案を出す・理由を添えて断る、のいずれかで答えてください。",
    escalationIntro: "次のお願いは長く回答がありません。部門の間で止まっていないか確認してください。",
    line: (i: WaitingItem) => `${i.from} → ${i.to}：${i.text}（${i.waitingFor}の回答待ち、${i.workingDays}営業日）`,
  },
  en: {
    subject: (n: number) => `【Common Purpose】${n} ${n === 1 ? "request waits" : "requests wait"} for your department's answer`,
    escalationSubject: (n: number) => `【Common Purpose】${n} ${n === 1 ? "request has" : "requests have"} waited long for an answer`,
    hello: (name: string) => `Hello ${name},`,
    intro: "These requests wait for your department's answer. Accept, offer something else, or decline with a reason — whatever helps the shared objective.",
    escalationIntro: "These requests have waited long for an answer. Check whether they are stuck between departments.",
    line: (i: WaitingItem) => `${i.from} → ${i.to}: ${i.text} (waiting for ${i.waitingFor}, ${i.workingDays} working days)`,
  },
} as const;

function render(subject: string, lines: readonly string[], items: readonly WaitingItem[], url: string, lang: Lang): RenderedMessage {
  const w = W[lang];
  const bodyText = [...lines, ...items.map((i) => `- ${w.line(i)}`), "", url].join("\n");
  const bodyHtml = [
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    `<ul>${items.map((i) => `<li>${escapeHtml(w.line(i))}</li>`).join("")}</ul>`,
    `<p><a href="${escapeHtml(url)}">Common Purpose</a></p>`,
  ].join("\n");
  return { subject, bodyText, bodyHtml };
}

export function renderRequestReminder(name: string, items: readonly WaitingItem[], url: string, lang: Lang): RenderedMessage {
  const w = W[lang];
  return render(w.subject(items.length), [w.hello(name), w.intro], items, url, lang);
}

export function renderRequestEscalation(items: readonly WaitingItem[], url: string, lang: Lang): RenderedMessage {
  const w = W[lang];
  return render(w.escalationSubject(items.length), [w.escalationIntro], items, url, lang);
}
