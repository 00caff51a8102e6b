// What the coach says for each kind of finding: why the wording hurts (in the UI language) and an
// objective-centred rewording (in the text's language) with {objective} and {department} filled in.
// A context changes the rewording where the field asks for something else: an obstacle is a
// problem to solve together, a declined request gets a counter-offer.
import type { Lang } from "../api/primitives";
import type { Bilingual, CoachContext, CoachKind, CoachSeverity } from "./coach-types";

export interface KindText {
  severity: CoachSeverity;
  explanation: Bilingual;
  suggestion: Bilingual;
  /** Rewordings for contexts where the general one does not fit the field. */
  inContext?: Partial<Record<CoachContext, Bilingual>>;
}

export const KIND_TEXTS: Readonly<Record<CoachKind, KindText>> = {
  scope: {
    severity: "warning",
    explanation: {
      ja: "「担当外」「所管外」で話を閉じると、目的に近づく手がかりも一緒に閉じてしまいます。担当でなくても、目的のためにできる小さなことはあるはずです。",
      en: "Closing a topic as \"not our scope\" also closes a path to the objective. Even outside your role there is usually something small you can do for it.",
    },
    suggestion: {
      ja: "私たちの担当範囲の外ではありますが、{objective}のために、{department}と一緒に私たちにできることを考えます。",
      en: "It isn't our usual area, but for {objective} we'll work out with {department} the part we can take on.",
    },
    inContext: {
      decline: {
        ja: "このご依頼は私たちの担当範囲の外ですが、{objective}のために、代わりに私たちにできることを{department}に提案させてください。",
        en: "This request is outside our usual area, but for {objective} let us suggest to {department} what we can do instead.",
      },
    },
  },
  capacity: {
    severity: "warning",
    explanation: {
      ja: "人手・予算・時間の不足は大切な事実ですが、「無理」で終わると相談が止まります。制約を伝えたうえで、目的のためにいつ・どこまでならできるかを示しましょう。",
      en: "Limited people, budget or time is a real constraint, but ending with \"we can't\" stops the conversation. Share the constraint and say when and how much you can do for the objective.",
    },
    suggestion: {
      ja: "今は手一杯ですが、{objective}のために来月から半日ずつ時間を空けられるよう調整します。優先順位は{department}と相談させてください。",
      en: "We're at capacity right now, but for {objective} we'll free up half a day a week from next month — let's agree the priorities with {department}.",
    },
    inContext: {
      obstacle: {
        ja: "{objective}に割ける人手と時間が足りないこと（{department}と優先順位を一緒に見直したい）",
        en: "Not enough people and time for {objective} (to re-prioritise together with {department})",
      },
      decline: {
        ja: "今月は手一杯でお受けできませんが、{objective}のために来月から半日ずつなら時間を空けられます。{department}と時期を相談させてください。",
        en: "We can't take this on this month, but for {objective} we can free up half a day a week from next month — can we agree the timing with {department}?",
      },
    },
  },
  experience: {
    severity: "warning",
    explanation: {
      ja: "経験や実績がないことは、断る理由ではなく、助けを求めるきっかけになります。目的のために、小さく試す・教わるといった一歩を示しましょう。",
      en: "Having no experience is a reason to ask for help, not to say no. Offer a small first step for the objective: a trial, or learning from someone who knows.",
    },
    suggestion: {
      ja: "私たちには経験がありませんが、{objective}のために{department}に教わりながら、まず小さく試してみます。",
      en: "We haven't done this before, but for {objective} we'll try a small first step and learn from {department} as we go.",
    },
    inContext: {
      decline: {
        ja: "私たちには経験がないためこのままではお受けできませんが、{objective}のために、{department}に教わりながら一部を試すことはできます。",
        en: "We have no experience with this, so we can't take it as it is, but for {objective} we can try a part of it while learning from {department}.",
      },
    },
  },
  mission: {
    severity: "info",
    explanation: {
      ja: "部署のミッションは参考として付録にあります。会議では、ミッションの境界ではなく、共通の目的に対して何ができるかを話しましょう。",
      en: "Department missions are in the appendix for reference. In the meeting, talk about what you can do for the shared objective rather than about your mission's borders.",
    },
    suggestion: {
      ja: "私たちの強みを活かして、{objective}のためにできることを考えます。",
      en: "Using what our team is good at, here is what we can do for {objective}.",
    },
  },
  turf: {
    severity: "warning",
    explanation: {
      ja: "顧客やデータ、領域を守る言い方は、助けの申し出まで遠ざけます。守りたいものがあるなら、目的のために一緒に扱うルールを決めましょう。",
      en: "Guarding customers, data or territory keeps away offers of help as well. If something needs care, agree with the others how to handle it together for the objective.",
    },
    suggestion: {
      ja: "{objective}のために、{department}とも情報を共有し、一緒に扱うときの進め方を決めましょう。",
      en: "For {objective}, let's share what we know with {department} and agree how we work on it together.",
    },
  },
  blame: {
    severity: "warning",
    explanation: {
      ja: "進まない理由を相手のせいにすると、相手は守りに入り、状況は変わりません。目的のために、相手が動きやすくなるよう自分たちにできることを探しましょう。",
      en: "Blaming another department for what is stuck puts them on the defensive and changes nothing. Look for what you can do so they can move, for the objective.",
    },
    suggestion: {
      ja: "{objective}に向けて、{department}が動きやすくなるよう、私たちにできることを一緒に考えさせてください。",
      en: "For {objective}, what could we do so that {department} can move faster? Let's look at it together.",
    },
    inContext: {
      obstacle: {
        ja: "{department}と私たちの間で止まっている点を、{objective}に向けて一緒に解消する",
        en: "Clear together with {department} what is stalling between us, for {objective}",
      },
    },
  },
  rules: {
    severity: "warning",
    explanation: {
      ja: "規定やKPI、評価を盾にすると、目的より制度が大事に聞こえます。制約は共有しつつ、目的のためにできる形や例外の相談を提案しましょう。",
      en: "Using rules, KPIs or evaluations as a shield makes the system sound more important than the objective. Share the constraint and propose a way or an exception that serves the objective.",
    },
    suggestion: {
      ja: "今のルールでは難しい部分もありますが、{objective}のために、できる形を{department}と一緒に探します。",
      en: "Our current rules make part of this hard, but for {objective} we'll look with {department} for a way that works.",
    },
    inContext: {
      obstacle: {
        ja: "今のルールや評価が{objective}の妨げになっていること（{department}と一緒に例外や別の方法を探したい）",
        en: "Current rules or targets get in the way of {objective} (to look for an exception or another way with {department})",
      },
    },
  },
  conditional: {
    severity: "warning",
    explanation: {
      ja: "「正式に決まったら」「人が増えたら」と条件を待つと、それまで目的は止まったままです。正式な手続きと並行して、今できることから始めましょう。",
      en: "Waiting for a formal assignment or more people leaves the objective stuck until then. Start with what you can do now while the formal steps go ahead.",
    },
    suggestion: {
      ja: "正式な段取りも並行して進めつつ、{objective}のために、今できることから{department}と始めます。",
      en: "While the formal steps go ahead, we'll start now with {department} on what we can do for {objective}.",
    },
  },
  deflection: {
    severity: "warning",
    explanation: {
      ja: "「それは〇〇の仕事」と相手に渡すと、相手は自分の部署を守る側に回り、協力が止まります。共通の目的から話すと、どちらも「自分たちに何ができるか」を考え始めます。",
      en: "Pushing the work onto another department puts them on the defensive and stalls cooperation. Starting from the shared objective makes both sides ask what they can do.",
    },
    suggestion: {
      ja: "{objective}のために、{department}と私たちで何ができるか、一緒に考えませんか。",
      en: "What can {department} and we do together for {objective}?",
    },
  },
};

/** The rewording template for a kind, in a language, for a context. */
export function suggestionTemplate(kind: CoachKind, lang: Lang, context: CoachContext | undefined): string {
  const text = KIND_TEXTS[kind];
  return (context && text.inContext?.[context]?.[lang]) ?? text.suggestion[lang];
}
