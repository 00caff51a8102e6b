// Japanese structures, most specific first: the first that holds names the finding's kind. Each is
// a sequence of lexicon categories (lexicon/ja-*.ts) with limits on what lies between them.
import type { Structure } from "./structure-types";

/** Particles that make a party the subject or the topic: 「営業部が」「営業部は」「営業部で」. */
const SUBJECT = [
  "が", "は", "も", "で", "の方で", "のほうで", "側で", "さんが", "さんは", "さんで", "に", "には", "さんに", "の方が", "のほうが", "から", "からの",
  "の皆さんが", "の皆さんは", "の方々が", "の人が", "の人たちが", "の連中が", "にて", "において", "同士で",
];
/** A party as the one that must keep off: 「他部署は」「開発さんには」. */
const KEEP_OFF = ["は", "には", "に", "も", "の方は", "の人は", "の人には", "のユーザは", "のユーザーは", "のメンバーは", "の皆さんは", "さんは", "さんには", "による", "の方は", "の方には", "以外の方には", "以外は"];
/** Particles after "we" that frame a refusal in the department's name: 「うちでは」「私としては」. */
const WE_TOPIC = ["は", "では", "には", "じゃ", "として", "としては", "としても", "からは", "も", "の方では", "のほうでは", "は今", "も今", "は正直", "は現状"];
const OF = ["の", "さんの", "側の", "の方の", "のほうの"];
/** Our side as owner or doer of what follows (「うちの部署で扱う…」「うちが口を出す…」), not as a topic. */
const OUR = ["の", "が", "で", "には", "にとって"];

export const JA_STRUCTURES: readonly Structure[] = [
  // ── Conditional: help only once something comes from elsewhere ─────────────────────────────────
  { id: "ja-conditional-gate-until", kind: "conditional", steps: [{ cat: "condGate" }, { cat: ["cond", "untilThen"], gap: 16 }] },
  { id: "ja-conditional-gate-if", kind: "conditional", steps: [{ cat: ["condGate", "gate"] }, { cat: "condIf", gap: 20 }, { cat: ["offer", "ownVerb", "refuse", "busy"], gap: 30 }] },
  { id: "ja-conditional-rules-if", kind: "conditional", steps: [{ cat: "rules" }, { cat: "condIf", gap: 12, not: ["contrast"] }, { cat: ["offer", "ownVerb"], gap: 20 }] },
  { id: "ja-conditional-gate-none", kind: "conditional", steps: [{ cat: "condGate" }, { cat: "lack", gap: 2 }, { cat: "refuse", gap: 8 }] },
  { id: "ja-conditional-gate-refuse", kind: "conditional", steps: [{ cat: "condGate" }, { cat: "refuse", gap: 25 }] },
  { id: "ja-conditional-until-refuse", kind: "conditional", steps: [{ cat: ["cond", "untilThen"] }, { cat: ["refuse", "busy", "lack", "unrelated", "scopeOut"], gap: 30 }] },
  // 「製造がライン空けてくれるならやりますけど」: help only once another party moves first.
  { id: "ja-conditional-other-if", kind: "conditional", steps: [{ cat: "other", named: true }, { cat: "condIf", gap: 16, after: ["が", "さんが", "の方が", "のほうが", "側が"] }, { cat: ["offer", "ownVerb"], gap: 8 }] },
  // ── Turf: keeping others away from what is ours ────────────────────────────────────────────────
  { id: "ja-turf-prohibit", kind: "turf", steps: [{ cat: "prohibit" }] },
  { id: "ja-turf-our-owned", kind: "turf", steps: [{ cat: "we" }, { cat: "owned", via: ["の"] }, { cat: ["dont", "refuse"], gap: 30 }] },
  { id: "ja-turf-unilateral", kind: "turf", steps: [{ cat: "unilateral" }, { cat: ["dont", "stall"], gap: 25 }] },
  { id: "ja-turf-gate", kind: "turf", steps: [{ cat: "we" }, { cat: "gate", gap: 3 }] },
  { id: "ja-turf-only", kind: "turf", steps: [{ cat: "owned" }, { cat: "other", named: true, gap: 10 }, { cat: "only", gap: 2 }] },
  { id: "ja-turf-but", kind: "turf", steps: [{ cat: "other", named: true }, { cat: "only", gap: 1 }, { cat: ["withhold", "ruleBar", "refuse"], gap: 6 }] },
  { id: "ja-turf-named-gate", kind: "turf", steps: [{ cat: "other", named: true }, { cat: "gate", gap: 2 }] },
  { id: "ja-turf-owned-withhold", kind: "turf", steps: [{ cat: "owned" }, { cat: ["withhold", "dont"], gap: 30 }] },
  { id: "ja-turf-we-withhold", kind: "turf", steps: [{ cat: "we" }, { cat: "withhold", gap: 15 }] },
  { id: "ja-turf-keep-off", kind: "turf", steps: [{ cat: "other" }, { cat: ["withhold", "dont"], gap: 20, after: KEEP_OFF }] },
  // ── Blame: another party as the reason nothing moves ───────────────────────────────────────────
  { id: "ja-blame-cause", kind: "blame", steps: [{ cat: "other" }, { cat: ["blameCause", "negCause"], gap: 20, after: SUBJECT }] },
  { id: "ja-blame-fault", kind: "blame", steps: [{ cat: "other" }, { cat: "blameCause", gap: 30 }] },
  { id: "ja-blame-cause-of", kind: "blame", steps: [{ cat: "blameCause" }, { cat: "other", gap: 8 }] },
  { id: "ja-blame-act", kind: "blame", steps: [{ cat: "other" }, { cat: "blameAct", gap: 25, after: [...SUBJECT, "の"] }] },
  { id: "ja-blame-innocent", kind: "blame", steps: [{ cat: "we" }, { cat: "innocent", gap: 6 }] },
  // 「営業に非はありません」: a department cleared in its own name.
  { id: "ja-blame-named-innocent", kind: "blame", steps: [{ cat: "other", named: true }, { cat: "innocent", gap: 4 }] },
  // 「法務のチェックで毎回止まるから、何も進まない」: another party's step stalls, so nothing moves.
  { id: "ja-blame-stalls-so", kind: "blame", steps: [{ cat: "other" }, { cat: "stall", gap: 20, after: [...SUBJECT, "の"] }, { cat: "cause", gap: 3 }, { cat: ["stall", "refuse"], gap: 20 }] },
  { id: "ja-blame-stall-other", kind: "blame", steps: [{ cat: "stall" }, { cat: "other", gap: 12 }, { cat: ["cause", "blameCause", "blameAct"], gap: 25 }] },
  { id: "ja-blame-not-so", kind: "blame", steps: [{ cat: "other" }, { cat: ["lack", "refuse"], gap: 20, after: SUBJECT }, { cat: "cause", gap: 3 }, { cat: ["stall", "refuse", "busy"], gap: 20 }] },
  { id: "ja-blame-because", kind: "blame", steps: [{ cat: "other" }, { cat: ["lack", "refuse"], gap: 25, after: SUBJECT }, { cat: "cause", gap: 3 }], end: 3 },
  { id: "ja-blame-because-end", kind: "blame", steps: [{ cat: "other" }, { cat: "cause", gap: 25, after: ["が"] }], end: 3 },
  // 「経理のチェックが厳しすぎて、いつまでたっても進まない」: another party's step, then nothing moves, as the sentence's conclusion.
  { id: "ja-blame-other-stall", kind: "blame", steps: [{ cat: "other", named: true }, { cat: "stall", gap: 30, after: [...SUBJECT, "の"], not: ["contrast", "offer", "we", "cause"] }], end: 3 },
  { id: "ja-blame-so-stall", kind: "blame", steps: [{ cat: "other" }, { cat: "cause", gap: 20, after: SUBJECT }, { cat: ["stall", "busy"], gap: 20 }] },
  // 「情シスのVPNが落ちてて作業できなかったので遅れてます」: what another party did not do, so we are late.
  { id: "ja-blame-not-so-late", kind: "blame", steps: [{ cat: "other" }, { cat: "negCause", gap: 25, after: [...SUBJECT, "の"] }, { cat: "stall", gap: 4 }] },
  // 「マーケが数字盛って出すからこっちが後始末せなあかん」: because of them, we are the ones who must.
  { id: "ja-blame-so-we-must", kind: "blame", steps: [{ cat: "other" }, { cat: "cause", gap: 25, after: SUBJECT }, { cat: "we", gap: 4 }, { cat: "must", gap: 20 }] },
  // 「企画部さんの要件が早く固まっていれば、ずれ込まなかった」: what another party should have done, after "if".
  { id: "ja-blame-if-only", kind: "blame", steps: [{ cat: "other" }, { cat: "condIf", gap: 25, after: [...SUBJECT, "の"] }, { cat: "stall", gap: 25, not: ["offer", "contrast"] }] },
  // ── Deflection: the work pushed onto another party ─────────────────────────────────────────────
  { id: "ja-deflection-role", kind: "deflection", steps: [{ cat: "other" }, { cat: "scope", via: OF }, { cat: ["copula", "cause", "only", "neg", "ruleBar"], gap: 3 }] },
  // 「人事マターでしょ」「法務案件だ」: the matter named as a department's, with no の.
  { id: "ja-deflection-matter", kind: "deflection", steps: [{ cat: "other", named: true }, { cat: "scope", via: [""] }, { cat: "copula", gap: 2 }] },
  // 「そういうのは上が決めることでしょう」: another party's verb, then the copula that hands it over.
  { id: "ja-deflection-their-call", kind: "deflection", steps: [{ cat: "other" }, { cat: "ownVerb", gap: 3, after: SUBJECT }, { cat: ["copula", "should"], gap: 4 }], unless: ["mission"] },
  { id: "ja-deflection-role-not", kind: "deflection", steps: [{ cat: "other" }, { cat: "scopeOut", via: OF }] },
  { id: "ja-deflection-not-us", kind: "deflection", steps: [{ cat: "we" }, { cat: "neg", gap: 2 }, { cat: "other", gap: 6 }] },
  { id: "ja-deflection-role-end", kind: "deflection", steps: [{ cat: "other" }, { cat: "scope", via: OF }], end: 1 },
  { id: "ja-deflection-should", kind: "deflection", steps: [{ cat: "other" }, { cat: "should", gap: 20, after: SUBJECT }], unless: ["mission"] },
  { id: "ja-deflection-push", kind: "deflection", steps: [{ cat: "other" }, { cat: "push", gap: 12, after: ["に", "へ", "で", "の方", "のほう", "側", "さんに", "さんで", "にて", "において", "さ", "同士で", "の中で", "内で", "の皆さんで", "さんたちで", "の人たちで", "にでも", "さんにでも", "あたりに", "の方々に", "の皆さんに", "の人に", "の人たちに"] }], unless: ["wh"] },
  { id: "ja-deflection-assign", kind: "deflection", steps: [{ cat: "other", named: true, lead: 1 }, { cat: "ownVerb", via: ["", "で"] }] },
  { id: "ja-deflection-who", kind: "deflection", steps: [{ cat: "ownVerb" }, { cat: "other", gap: 3, after: ["のは"] }, { cat: ["copula", "should"], gap: 2 }] },
  { id: "ja-deflection-away", kind: "deflection", steps: [{ cat: "pushAway" }] },
  { id: "ja-deflection-rest", kind: "deflection", steps: [{ cat: "rest" }, { cat: "other", gap: 8 }, { cat: ["upTo", "should", "push", "scope", "ownVerb"], gap: 15 }] },
  { id: "ja-deflection-up-to", kind: "deflection", steps: [{ cat: "other" }, { cat: "upTo", gap: 2 }] },
  { id: "ja-deflection-done", kind: "deflection", steps: [{ cat: "doneOurPart" }] },
  // ── Rules, KPIs and evaluations as a shield ────────────────────────────────────────────────────
  { id: "ja-rules-out", kind: "rules", steps: [{ cat: "rulesOut" }] },
  { id: "ja-rules-bar", kind: "rules", steps: [{ cat: "rules" }, { cat: ["ruleBar", "unrelated", "neg"], gap: 30 }] },
  { id: "ja-rules-refuse", kind: "rules", steps: [{ cat: "rules" }, { cat: "refuse", gap: 12 }] },
  { id: "ja-rules-cause-refuse", kind: "rules", steps: [{ cat: "rules" }, { cat: ["cause", "only"], gap: 30 }, { cat: ["refuse", "onlyDo"], gap: 25 }] },
  // ── Experience: no experience or track record as the reason ────────────────────────────────────
  { id: "ja-experience-lack-refuse", kind: "experience", steps: [{ cat: "experience" }, { cat: ["lack", "negCause"], gap: 3 }, { cat: "refuse", gap: 25 }] },
  { id: "ja-experience-we-lack", kind: "experience", steps: [{ cat: "we" }, { cat: "experience", gap: 20 }, { cat: "lack", gap: 6 }] },
  { id: "ja-experience-dept-lack", kind: "experience", steps: [{ cat: "other", named: true }, { cat: "experience", gap: 20, after: ["は", "も", "としては", "では"] }, { cat: "lack", gap: 6 }] },
  { id: "ja-experience-dept", kind: "experience", steps: [{ cat: "other", named: true }, { cat: "inexperienced", gap: 30, after: ["は", "も", "としては", "では", "に", "には", "なんかに", "の人に", "の人たちに", "さんに"] }] },
  { id: "ja-experience-lack-cause", kind: "experience", steps: [{ cat: "experience" }, { cat: "lack", gap: 3 }, { cat: "cause", gap: 2 }], end: 2 },
  { id: "ja-experience-neg-cause", kind: "experience", steps: [{ cat: "experience" }, { cat: "negCause", gap: 3 }], end: 2 },
  { id: "ja-experience-refuse", kind: "experience", steps: [{ cat: "inexperienced" }, { cat: "refuse", gap: 25 }] },
  { id: "ja-experience-we", kind: "experience", steps: [{ cat: "we" }, { cat: "inexperienced", gap: 20 }] },
  // 「うちは国内向けしかやってこなかったので、海外案件は自信がありません」: our side as the topic, far from it.
  { id: "ja-experience-we-topic", kind: "experience", steps: [{ cat: "we" }, { cat: "inexperienced", gap: 40, after: WE_TOPIC, not: ["contrast", "offer"] }], statement: true },
  { id: "ja-experience-cause", kind: "experience", steps: [{ cat: "inexperienced" }, { cat: "cause", gap: 3 }], end: 2 },
  // ── Mission: our mission as the wall ───────────────────────────────────────────────────────────
  { id: "ja-mission-only-do", kind: "mission", steps: [{ cat: "onlyDo" }] },
  { id: "ja-mission-only", kind: "mission", steps: [{ cat: "we" }, { cat: ["mission", "scope"], via: ["の", "の部署の", "の部の"] }, { cat: "only", gap: 25 }] },
  { id: "ja-mission-refuse", kind: "mission", steps: [{ cat: "we" }, { cat: ["mission", "scope"], gap: 20 }, { cat: ["refuse", "neg", "dont", "withhold", "onlyDo", "scopeOut"], gap: 50 }] },
  { id: "ja-mission-named", kind: "mission", steps: [{ cat: "other", named: true }, { cat: ["mission", "scope"], gap: 20 }, { cat: ["only", "refuse", "dont", "onlyDo", "scopeOut"], gap: 50 }] },
  // 「人事部は公平性を守る立場ですので、採用枠はお出しできません」: the mission given as the reason, then a bar.
  { id: "ja-mission-so-bar", kind: "mission", steps: [{ cat: "we", party: true }, { cat: ["mission", "scope"], gap: 20 }, { cat: "cause", gap: 6 }, { cat: ["withhold", "ruleBar", "refuse", "dont"], gap: 30 }] },
  // 「マーケは広告を打つところで、価格の相談に乗るところじゃない」: a party as a place that does not do it.
  { id: "ja-mission-place-not", kind: "mission", steps: [{ cat: "we", party: true }, { cat: "placeNot", gap: 40, after: ["は", "って", "では", "も"] }], statement: true },
  { id: "ja-mission-outside", kind: "mission", steps: [{ cat: "mission" }, { cat: ["refuse", "ruleBar", "onlyDo", "dont", "unrelated"], gap: 60, not: ["contrast", "offer", "frame"] }] },
  { id: "ja-mission-just", kind: "mission", steps: [{ cat: "mission" }, { cat: "only", gap: 25 }] },
  { id: "ja-mission-we-are", kind: "mission", steps: [{ cat: "we" }, { cat: "other", gap: 10 }, { cat: "cause", gap: 4 }, { cat: ["refuse", "lack", "unrelated", "scopeOut"], gap: 30, not: ["contrast", "offer"] }] },
  // 「経理にネーミングの良し悪しなんて分かるわけない」: a department as the one who cannot.
  { id: "ja-dept-can-not", kind: "reason", steps: [{ cat: "other", named: true }, { cat: "refuse", gap: 30, after: ["に", "には", "なんかに", "なんかには", "ごときに"] }], statement: true },
  // ── Capacity: people, budget, time as the reason ───────────────────────────────────────────────
  { id: "ja-capacity-busy-refuse", kind: "capacity", steps: [{ cat: ["busy", "few"] }, { cat: ["refuse", "dont", "withhold"], gap: 25 }] },
  { id: "ja-capacity-lack-refuse", kind: "capacity", steps: [{ cat: "capacity" }, { cat: ["lack", "negCause"], gap: 6 }, { cat: "refuse", gap: 25 }] },
  { id: "ja-capacity-resource-refuse", kind: "capacity", steps: [{ cat: "capacity" }, { cat: "refuse", gap: 3 }] },
  { id: "ja-capacity-we-busy", kind: "capacity", steps: [{ cat: "we" }, { cat: ["busy", "few"], gap: 20 }] },
  { id: "ja-capacity-dept-busy", kind: "capacity", steps: [{ cat: "other", named: true }, { cat: "busy", gap: 30, after: ["は", "も", "としては", "としても", "では"] }] },
  { id: "ja-capacity-we-lack", kind: "capacity", steps: [{ cat: "we" }, { cat: "capacity", gap: 15 }, { cat: "lack", gap: 6 }] },
  { id: "ja-capacity-we-resource-refuse", kind: "capacity", steps: [{ cat: "we" }, { cat: "capacity", gap: 6 }, { cat: "refuse", gap: 25 }] },
  { id: "ja-capacity-busy-cause", kind: "capacity", steps: [{ cat: ["busy", "few"] }, { cat: "cause", gap: 3 }], end: 2 },
  { id: "ja-capacity-lack-cause", kind: "capacity", steps: [{ cat: "capacity" }, { cat: "lack", gap: 6 }, { cat: "cause", gap: 2 }], end: 2 },
  { id: "ja-capacity-neg-cause", kind: "capacity", steps: [{ cat: "capacity" }, { cat: "negCause", gap: 6 }], end: 2 },
  // 「手一杯なので来月以降でお願いします」: busy as the reason for pushing it back.
  { id: "ja-capacity-busy-so-later", kind: "capacity", steps: [{ cat: ["busy", "few"] }, { cat: "cause", gap: 3 }, { cat: ["push", "cond"], gap: 25 }] },
  // 「どこにそんな余裕があるんですか」: a rhetorical question about resources.
  { id: "ja-capacity-where", kind: "capacity", steps: [{ cat: "wh" }, { cat: "capacity", via: ["そんな", "そんなに", "そこまでの", "そんな大層な"] }] },
  { id: "ja-capacity-busy", kind: "capacity", steps: [{ cat: "busy" }], end: 3 },
  // ── Scope: not ours, not our business ──────────────────────────────────────────────────────────
  { id: "ja-scope-out", kind: "scope", steps: [{ cat: "scopeOut" }], statement: true },
  // 「うちの業務に含まれていない」「うちの守備範囲から外れてる」「うちの役割を超えてる」.
  { id: "ja-scope-we-role-not", kind: "scope", steps: [{ cat: "we" }, { cat: "scope", gap: 10, after: ["の"], not: ["other", "contrast", "cause"] }, { cat: ["neg", "ruleBar"], gap: 4 }] },
  // 「私どもの部署で扱う事柄ではございません」「うちが口を出すところじゃない」: our side, then a copular
  // negation that ends the sentence or gives the reason for a short closing request (「…ので、ご了承ください」).
  { id: "ja-scope-we-not-end", kind: "reason", steps: [{ cat: "we" }, { cat: ["neg", "placeNot"], gap: 20, after: OUR, not: ["contrast", "offer", "frame", "cause"] }], end: 8, statement: true },
  { id: "ja-scope-role-not", kind: "scope", steps: [{ cat: "scope" }, { cat: "neg", gap: 1 }], statement: true },
  { id: "ja-scope-we-out", kind: "scope", steps: [{ cat: "we" }, { cat: "ruleBar", gap: 2 }] },
  { id: "ja-capacity-none", kind: "capacity", steps: [{ cat: "capacity" }, { cat: "lack", gap: 6 }], end: 3 },
  { id: "ja-scope-we-unrelated", kind: "scope", steps: [{ cat: "we" }, { cat: "unrelated", gap: 8 }] },
  // 「うちはコストセンターなので、売上の話は関係ない」: our side as the topic, unrelated at the end of the clause.
  { id: "ja-scope-we-topic-unrelated", kind: "scope", steps: [{ cat: "we" }, { cat: "unrelated", gap: 30, after: WE_TOPIC, not: ["contrast"] }], statement: true },
  // 「うちとしては認められません」: our side as the topic of a bar on something.
  { id: "ja-scope-we-topic-bar", kind: "reason", steps: [{ cat: "we" }, { cat: ["ruleBar", "withhold"], gap: 6, after: WE_TOPIC }], statement: true },
  { id: "ja-scope-why", kind: "scope", steps: [{ cat: "why", lead: 3 }, { cat: "we", party: true, gap: 8 }, { cat: ["must", "should", "why"], gap: 20 }] },
  // 「うちがやる意味あります？」: a rhetorical question about our doing it.
  { id: "ja-scope-rhetorical", kind: "scope", steps: [{ cat: "we" }, { cat: ["ownVerb", "doVerb"], gap: 4, after: ["が"] }, { cat: "why", gap: 4 }] },
  { id: "ja-scope-we-refuse", kind: "scope", steps: [{ cat: "we" }, { cat: "refuse", gap: 14, after: WE_TOPIC }], statement: true },
  { id: "ja-scope-not-for-us", kind: "scope", steps: [{ cat: "we" }, { cat: "should", gap: 15, after: ["が"] }] },
  { id: "ja-scope-dept-refuse", kind: "scope", steps: [{ cat: "other", named: true }, { cat: "refuse", gap: 25, after: ["としては", "としても", "では", "は", "も"] }], statement: true },
  // ── Any other refusal or limitation, its kind from the reason the sentence gives ───────────────
  // A tool or a system as the subject states a limitation of the thing, not a refusal (「現行システムでは表示できない」).
  { id: "ja-refusal", kind: "reason", steps: [{ cat: ["refuse", "dont"] }], statement: true, unless: ["thing"] },
];
