// English structures, most specific first: the first that holds names the finding's kind. Each is
// a sequence of lexicon categories (lexicon/en-*.ts) with limits on what lies between them. A step
// marked `party` takes "we" or a department named as the subject of its own refusal ("Finance does
// not have the capacity").
import type { Structure } from "./structure-types";

const POSSESSIVE = ["'s", "'", "s'", "'s own", "s own"];
/** What may sit between "we" and a modal or a predicate: "we really can", "we just do not". */
const ADVERBS = 14;

export const EN_STRUCTURES: readonly Structure[] = [
  // ── Conditional: help only once something comes from elsewhere ─────────────────────────────────
  { id: "en-conditional-whole", kind: "conditional", steps: [{ cat: "condWhole" }] },
  { id: "en-conditional-gate", kind: "conditional", steps: [{ cat: "cond" }, { cat: "condGate", gap: 30 }] },
  { id: "en-conditional-gate-after", kind: "conditional", steps: [{ cat: "condGate" }, { cat: "cond", gap: 30 }] },
  { id: "en-conditional-refuse-gate", kind: "conditional", steps: [{ cat: "refuse" }, { cat: "cond", gap: 35 }, { cat: "condGate", gap: 30 }] },
  { id: "en-conditional-refuse-until", kind: "conditional", steps: [{ cat: ["refuse", "neg"] }, { cat: "cond", gap: 12 }] },
  { id: "en-conditional-until-refuse", kind: "conditional", steps: [{ cat: "cond", lead: 2 }, { cat: "refuse", gap: 45 }] },
  { id: "en-conditional-if-gate", kind: "conditional", steps: [{ cat: "condIf" }, { cat: "condGate", gap: 30 }, { cat: ["modal", "refuse", "ownVerb", "offer"], gap: 30 }] },
  { id: "en-conditional-offer-if-gate", kind: "conditional", steps: [{ cat: ["modal", "offer"] }, { cat: "condIf", gap: 30 }, { cat: "condGate", gap: 20 }] },
  { id: "en-conditional-gate-and", kind: "conditional", steps: [{ cat: "condGate", lead: 8 }, { cat: "we", gap: 40, not: ["contrast", "cause"] }, { cat: "modal", gap: 2 }], statement: true },
  // "No PO, no work", "no ticket, no fix": the condition and the refusal in two bare noun phrases.
  { id: "en-conditional-no-x-no-y", kind: "conditional", steps: [{ cat: "lack", lead: 0 }, { cat: ["condGate", "capacity", "rules"], gap: 3 }, { cat: "lack", gap: 10 }] },
  // "We'd need a written request from your VP first."
  { id: "en-conditional-need-first", kind: "conditional", steps: [{ cat: ["cond", "condIf"] }, { cat: "condGate", gap: 20 }, { cat: "softener", gap: 20 }], end: 2 },
  // "Headcount first." "Budget first, then we talk."
  { id: "en-conditional-x-first", kind: "conditional", steps: [{ cat: ["capacity", "condGate"], lead: 1 }, { cat: "softener", gap: 1 }], end: 30 },
  // "Should the committee formally assign it to us, we will consider it": an inverted condition on a gate.
  { id: "en-conditional-should-gate", kind: "conditional", steps: [{ cat: "should", lead: 0 }, { cat: "condGate", gap: 40 }, { cat: ["modal", "ownVerb", "offer"], gap: 60 }] },
  // "We'd only be comfortable stepping in if it were formally added": only, then the condition on a gate.
  // "We might be able to, provided it doesn't count against our numbers": help on a rule's terms.
  { id: "en-conditional-offer-if-rule", kind: "conditional", steps: [{ cat: ["modal", "offer"] }, { cat: ["condIf", "cond"], gap: 30 }, { cat: "ruleBar", gap: 20 }] },
  { id: "en-conditional-only-if", kind: "conditional", steps: [{ cat: "only" }, { cat: ["condIf", "cond"], gap: 40 }, { cat: "condGate", gap: 20 }] },
  // "No spend without prior approval": nothing without a gate.
  { id: "en-conditional-no-without", kind: "conditional", steps: [{ cat: "lack", lead: 2 }, { cat: "lack", gap: 16 }, { cat: "condGate", gap: 12 }] },
  { id: "en-conditional-until-then", kind: "conditional", steps: [{ cat: "untilThen" }, { cat: ["refuse", "neg", "lack"], gap: 20 }] },
  { id: "en-conditional-refuse-until-then", kind: "conditional", steps: [{ cat: "refuse" }, { cat: "untilThen", gap: 30 }] },
  // "Support hasn't handled enterprise accounts before": not done until now, in any verb.
  { id: "en-experience-not-before", kind: "experience", steps: [{ cat: "we", party: true }, { cat: ["neg", "inexperienced"], gap: ADVERBS }, { cat: ["doneVerb", "doVerb", "ownVerb"], gap: 8 }, { cat: "before", gap: 40, not: ["contrast", "cause", "modal"] }], statement: true },
  // ── Turf: keeping others away from what is ours ────────────────────────────────────────────────
  { id: "en-turf-prohibit", kind: "turf", steps: [{ cat: "prohibit" }] },
  { id: "en-turf-unilateral", kind: "turf", steps: [{ cat: "unilateral" }] },
  { id: "en-turf-gate", kind: "turf", steps: [{ cat: "gate" }] },
  { id: "en-turf-dont-our", kind: "turf", steps: [{ cat: ["dont", "neg", "withhold"] }, { cat: "we", gap: 16 }, { cat: "owned", gap: 14, not: ["contrast", "modal", "we"] }] },
  { id: "en-turf-our-dont", kind: "turf", steps: [{ cat: "we" }, { cat: "owned", gap: 14 }, { cat: ["dont", "prohibit", "withhold"], gap: 30 }] },
  { id: "en-turf-owned-withhold", kind: "turf", steps: [{ cat: "owned" }, { cat: "withhold", gap: 30 }] },
  { id: "en-turf-withhold-owned", kind: "turf", steps: [{ cat: "withhold" }, { cat: ["owned", "other"], gap: 30 }] },
  { id: "en-turf-party-withhold", kind: "turf", steps: [{ cat: "we", party: true }, { cat: "withhold", gap: 12 }] },
  { id: "en-turf-only", kind: "turf", steps: [{ cat: "owned" }, { cat: "other", named: true, gap: 6 }, { cat: "only", gap: 2 }] },
  { id: "en-turf-other-dont", kind: "turf", steps: [{ cat: "other" }, { cat: "dont", gap: 3 }], statement: true },
  // "Keep your team out of our CRM": another party kept off what is ours.
  { id: "en-turf-keep-out", kind: "turf", steps: [{ cat: "other", lead: 6 }, { cat: "outside", via: [""] }, { cat: "we", gap: 2 }] },
  // "Our data is restricted to our team": what is ours kept to us.
  { id: "en-turf-ours-restricted", kind: "turf", steps: [{ cat: "we" }, { cat: "owned", gap: 14 }, { cat: "only", gap: 20 }, { cat: ["we", "other"], gap: 16 }] },
  // "No other department may change ERP settings", "we don't need other teams tinkering with it",
  // "since when does Finance get to rewrite…": another party kept from changing what is ours.
  { id: "en-turf-no-other", kind: "turf", steps: [{ cat: ["lack", "neg", "dont", "why"] }, { cat: "other", gap: 12 }, { cat: "interfere", gap: 12 }] },
  // "This data belongs to our department": what is ours, said so.
  // "Don't let Sales anywhere near the billing config."
  { id: "en-turf-do-not-let", kind: "turf", steps: [{ cat: ["dont", "neg"] }, { cat: "let", gap: 2 }, { cat: "other", gap: 6 }, { cat: ["interfere", "doVerb"], gap: 10 }] },
  // "Only members of the Treasury team may alter payment records."
  { id: "en-turf-only-members", kind: "turf", steps: [{ cat: "only", lead: 0 }, { cat: "other", gap: 20 }, { cat: "interfere", gap: 16 }], statement: true },
  { id: "en-turf-belongs-to-us", kind: "turf", steps: [{ cat: "upTo" }, { cat: "we", via: ["", "the"] }], end: 40, statement: true },
  // "We'd prefer other teams didn't make changes to it": others kept from changing what we speak for.
  { id: "en-turf-we-others-not", kind: "turf", steps: [{ cat: "we" }, { cat: "other", gap: 20 }, { cat: ["neg", "dont"], gap: 4 }, { cat: "interfere", gap: 10 }] },
  // "Why is Planning suddenly running our supplier meetings?": another party asked about doing what is ours.
  { id: "en-turf-question-other-ours", kind: "turf", steps: [{ cat: "other", named: true }, { cat: ["ownVerb", "doVerb", "interfere"], gap: 12 }, { cat: "we", gap: 3 }, { cat: "owned", gap: 12 }, { cat: "question", gap: 30 }] },
  // "Do we really want IT deciding which tools Marketing uses?": a rhetorical question about another's say.
  { id: "en-turf-do-we-want", kind: "turf", steps: [{ cat: "doVerb", lead: 0 }, { cat: "we", via: [""] }, { cat: "other", via: ["want", "need", "want to have"] }, { cat: ["ownVerb", "interfere", "doVerb"], gap: 3 }, { cat: "question", gap: 60 }] },
  // "I'd rather we didn't share the survey data outside the team": what is ours kept inside.
  { id: "en-turf-not-outside-team", kind: "turf", steps: [{ cat: ["neg", "dont", "blameAct", "withhold", "refuse"] }, { cat: "owned", gap: 20 }, { cat: "outside", gap: 4 }, { cat: "we", gap: 4 }] },
  // "Customer comms are our responsibility, so please don't email them directly": ours, so keep off.
  { id: "en-turf-ours-so-dont", kind: "turf", steps: [{ cat: "we" }, { cat: ["scope", "owned"], gap: 2 }, { cat: "cause", gap: 4 }, { cat: ["dont", "prohibit", "neg"], gap: 12, not: ["we", "modal"] }] },
  { id: "en-turf-ours", kind: "turf", steps: [{ cat: "copula" }, { cat: "we", gap: 2 }, { cat: "owned", gap: 12 }], end: 2 },
  // ── Blame: another party as the reason nothing moves ───────────────────────────────────────────
  // "We'd be live by now if Legal had signed off": what another party failed to do as the reason.
  { id: "en-blame-if-had", kind: "blame", steps: [{ cat: "condIf" }, { cat: "other", gap: 4 }, { cat: "counterfact", gap: 3 }] },
  { id: "en-blame-innocent", kind: "blame", steps: [{ cat: "innocent" }] },
  { id: "en-blame-act", kind: "blame", steps: [{ cat: "other" }, { cat: "blameAct", gap: 25 }] },
  { id: "en-blame-cause-before", kind: "blame", steps: [{ cat: "blameCause" }, { cat: "other", gap: 35 }] },
  { id: "en-blame-cause-after", kind: "blame", steps: [{ cat: "other" }, { cat: "blameCause", gap: 12 }] },
  { id: "en-blame-so-stall", kind: "blame", steps: [{ cat: "other" }, { cat: "cause", gap: 60, not: ["contrast", "we"] }, { cat: "stall", gap: 12 }] },
  { id: "en-blame-stall", kind: "blame", steps: [{ cat: "stall" }, { cat: "cause", gap: 20 }, { cat: "other", gap: 10 }] },
  { id: "en-blame-because-they", kind: "blame", steps: [{ cat: "cause" }, { cat: "other", gap: 6 }, { cat: ["refuse", "blameAct", "neg"], gap: 12 }] },
  // ── Deflection: the work pushed onto another party ─────────────────────────────────────────────
  { id: "en-deflection-role", kind: "deflection", steps: [{ cat: "copula" }, { cat: "other", gap: 24 }, { cat: "scope", via: ["", ...POSSESSIVE] }] },
  // "Sounds like a Procurement ticket": the matter named as another department's request.
  { id: "en-deflection-their-ticket", kind: "deflection", steps: [{ cat: "copula", lead: 2 }, { cat: "other", named: true, gap: 6 }, { cat: "condGate", via: [""] }], end: 20 },
  { id: "en-deflection-role-lead", kind: "deflection", steps: [{ cat: "other", lead: 8 }, { cat: "scope", via: POSSESSIVE }] },
  { id: "en-deflection-role-not-ours", kind: "deflection", steps: [{ cat: "other" }, { cat: ["scope", "toDo"], via: POSSESSIVE }, { cat: ["neg", "pushAway"], gap: 6 }] },
  { id: "en-deflection-is-to-do", kind: "deflection", steps: [{ cat: "copula" }, { cat: "other", gap: 12 }, { cat: "toDo", via: ["", ...POSSESSIVE] }] },
  { id: "en-deflection-to-do", kind: "deflection", steps: [{ cat: "other", lead: 8 }, { cat: "toDo", via: ["", ...POSSESSIVE] }] },
  { id: "en-deflection-should", kind: "deflection", steps: [{ cat: "other" }, { cat: "should", gap: 10 }, { cat: "ownVerb", gap: 14 }], statement: true },
  { id: "en-deflection-can", kind: "deflection", steps: [{ cat: "other" }, { cat: "modal", gap: 2 }, { cat: "ownVerb", gap: 8 }], end: 14, statement: true },
  { id: "en-deflection-should-not", kind: "deflection", steps: [{ cat: "dont" }, { cat: "other", gap: 6 }, { cat: ["ownVerb", "should"], gap: 14 }] },
  { id: "en-deflection-let", kind: "deflection", steps: [{ cat: "let" }, { cat: "other", gap: 5 }, { cat: "ownVerb", gap: 8 }] },
  // "Can't Marketing just do it?": a rhetorical push.
  { id: "en-deflection-can-not-they", kind: "deflection", steps: [{ cat: "refuse", lead: 1 }, { cat: "other", named: true, gap: 2 }, { cat: ["ownVerb", "doVerb"], gap: 10 }] },
  { id: "en-deflection-push", kind: "deflection", steps: [{ cat: "push", lead: 3 }, { cat: "other", gap: 36 }] },
  { id: "en-deflection-push-instead", kind: "deflection", steps: [{ cat: "push" }, { cat: "other", gap: 6 }, { cat: "contrast", gap: 3 }] },
  // "Isn't this more of a thing for the other department?"
  { id: "en-deflection-more-of-a", kind: "deflection", steps: [{ cat: "upTo" }, { cat: "scope", gap: 3 }, { cat: "other", gap: 16 }] },
  // "Isn't customer training something Support already does?": the work named as another's, asked.
  { id: "en-deflection-is-not-theirs", kind: "deflection", steps: [{ cat: "copula", lead: 0 }, { cat: "neg", via: [""] }, { cat: "other", named: true, gap: 30 }, { cat: ["doVerb", "ownVerb", "should", "owns"], gap: 14 }] },
  { id: "en-deflection-up-to", kind: "deflection", steps: [{ cat: "upTo" }, { cat: "other", gap: 6 }] },
  // "Ops handles it." "they own that": another party's verb of taking the work, closing the sentence.
  { id: "en-deflection-they-own", kind: "deflection", steps: [{ cat: "other" }, { cat: "ownVerb", via: [""] }], end: 3, statement: true },
  { id: "en-deflection-owns", kind: "deflection", steps: [{ cat: "other" }, { cat: "owns", gap: 10 }] },
  { id: "en-deflection-done", kind: "deflection", steps: [{ cat: "doneOurPart" }] },
  { id: "en-deflection-away", kind: "deflection", steps: [{ cat: "pushAway" }] },
  { id: "en-deflection-not-us", kind: "deflection", steps: [{ cat: "pushAway" }, { cat: "other", gap: 8 }] },
  // ── Rules, KPIs and evaluations as a shield ────────────────────────────────────────────────────
  { id: "en-rules-out", kind: "rules", steps: [{ cat: "rulesOut" }] },
  { id: "en-rules-bar", kind: "rules", steps: [{ cat: "rules" }, { cat: ["ruleBar", "unrelated"], gap: 40 }] },
  { id: "en-rules-bar-before", kind: "rules", steps: [{ cat: ["ruleBar", "outside"] }, { cat: "rules", gap: 14 }] },
  { id: "en-rules-not-our", kind: "rules", steps: [{ cat: "neg" }, { cat: "we", gap: 10 }, { cat: "rules", gap: 3 }] },
  { id: "en-rules-we-refuse", kind: "rules", steps: [{ cat: "rules" }, { cat: "we", party: true, gap: 12 }, { cat: "refuse", gap: 6 }] },
  { id: "en-rules-cause-refuse", kind: "rules", steps: [{ cat: "rules" }, { cat: "cause", gap: 60 }, { cat: ["refuse", "neg"], gap: 24 }] },
  { id: "en-rules-refuse-because", kind: "rules", steps: [{ cat: "refuse" }, { cat: "cause", gap: 20 }, { cat: "rules", gap: 15 }] },
  // "Tasks not in the job descriptions cannot be accepted": a rule, then a refusal.
  { id: "en-rules-refuse", kind: "rules", steps: [{ cat: "rules" }, { cat: "refuse", gap: 20, not: ["contrast", "cause"] }], statement: true },
  { id: "en-rules-we-barred", kind: "rules", steps: [{ cat: "we", party: true }, { cat: "ruleBar", gap: 8 }], statement: true },
  { id: "en-rules-then-we-do-not", kind: "rules", steps: [{ cat: "rules" }, { cat: "we", party: true, gap: 70, not: ["contrast"] }, { cat: ["neg", "refuse"], gap: ADVERBS }, { cat: ["ownVerb", "doVerb"], gap: 8 }], statement: true },
  { id: "en-rules-measured", kind: "rules", steps: [{ cat: "we", party: true }, { cat: "rules", gap: 8 }, { cat: ["only", "neg"], gap: 30 }] },
  // ── Experience: no experience or track record as the reason ────────────────────────────────────
  { id: "en-experience-we", kind: "experience", steps: [{ cat: "we", party: true }, { cat: "inexperienced", gap: 16 }] },
  { id: "en-experience-we-lack", kind: "experience", steps: [{ cat: "we", party: true }, { cat: "lack", gap: ADVERBS }, { cat: "experience", gap: 14 }] },
  { id: "en-experience-lead", kind: "experience", steps: [{ cat: "inexperienced", lead: 3 }] },
  { id: "en-experience-refuse", kind: "experience", steps: [{ cat: "inexperienced" }, { cat: "refuse", gap: 40 }] },
  { id: "en-experience-lack-refuse", kind: "experience", steps: [{ cat: "lack" }, { cat: "experience", gap: 10 }, { cat: ["refuse", "neg"], gap: 70 }] },
  { id: "en-experience-refuse-lack", kind: "experience", steps: [{ cat: "refuse" }, { cat: "lack", gap: 40 }, { cat: "experience", gap: 10 }] },
  { id: "en-experience-not-we", kind: "experience", steps: [{ cat: "neg" }, { cat: "we", gap: 6 }, { cat: "experience", gap: 12, not: ["contrast"] }], statement: true },
  { id: "en-experience-that-is", kind: "experience", steps: [{ cat: "copula", lead: 2 }, { cat: "inexperienced", gap: 8 }], statement: true },
  // "…, so international is beyond us.": the lack of experience as the sentence's conclusion.
  { id: "en-experience-end", kind: "experience", steps: [{ cat: "inexperienced" }], end: 2, statement: true },
  { id: "en-experience-none", kind: "experience", steps: [{ cat: "experience" }, { cat: "lack", gap: 3 }, { cat: ["refuse", "neg"], gap: 12 }] },
  // ── Mission: our mission as the wall ───────────────────────────────────────────────────────────
  // "We do infrastructure, not dashboards."
  { id: "en-mission-we-do-not-x", kind: "mission", steps: [{ cat: "we", lead: 0 }, { cat: "doVerb", gap: 2 }, { cat: "neg", gap: 40 }] },
  { id: "en-mission-only-do", kind: "mission", steps: [{ cat: "onlyDo" }] },
  { id: "en-mission-only", kind: "mission", steps: [{ cat: "we" }, { cat: "mission", gap: 2 }, { cat: ["only", "neg"], gap: 40 }] },
  { id: "en-mission-named", kind: "mission", steps: [{ cat: "other", named: true }, { cat: "mission", gap: 4 }, { cat: ["only", "refuse", "neg", "ruleBar", "unrelated"], gap: 90 }] },
  { id: "en-mission-refuse", kind: "mission", steps: [{ cat: "we", party: true }, { cat: "mission", gap: 4 }, { cat: ["refuse", "neg", "onlyDo", "ruleBar", "unrelated"], gap: 90 }] },
  { id: "en-mission-of", kind: "mission", steps: [{ cat: "mission" }, { cat: ["refuse", "onlyDo", "ruleBar", "only", "unrelated"], gap: 110 }] },
  { id: "en-mission-we-only-do", kind: "mission", steps: [{ cat: "we" }, { cat: "only", gap: 4 }, { cat: "doVerb", gap: 2 }] },
  { id: "en-mission-a-team-not", kind: "mission", steps: [{ cat: "we" }, { cat: "copula", gap: 2 }, { cat: "other", gap: 5 }, { cat: ["only", "neg", "onlyDo", "lack"], gap: 8 }] },
  // ── Capacity: people, budget, time as the reason ───────────────────────────────────────────────
  { id: "en-capacity-we-lack", kind: "capacity", steps: [{ cat: "we", party: true }, { cat: "lack", gap: ADVERBS }, { cat: "capacity", gap: 14 }] },
  { id: "en-capacity-we-busy", kind: "capacity", steps: [{ cat: "we", party: true }, { cat: "busy", gap: 16 }] },
  { id: "en-capacity-we-refuse", kind: "capacity", steps: [{ cat: "we", party: true }, { cat: "refuse", gap: ADVERBS }, { cat: "capacity", gap: 8 }] },
  { id: "en-capacity-few-refuse", kind: "capacity", steps: [{ cat: "few" }, { cat: "refuse", gap: 40 }] },
  { id: "en-capacity-lack-for-us", kind: "capacity", steps: [{ cat: "lack" }, { cat: "capacity", gap: 14 }, { cat: "we", gap: 25, not: ["contrast", "cause"] }] },
  { id: "en-capacity-busy-lead", kind: "capacity", steps: [{ cat: "busy", lead: 4 }] },
  { id: "en-capacity-lack-lead", kind: "capacity", steps: [{ cat: "lack", lead: 3 }, { cat: "capacity", gap: 14 }] },
  // "Every sprint is spoken for", "our calendar is fully booked": the resource as the subject of its state.
  // "It'd be a stretch for us": the matter as the subject of a refusal.
  { id: "en-capacity-it-is-a-stretch", kind: "reason", steps: [{ cat: "obj", lead: 2 }, { cat: "copula", via: [""] }, { cat: "refuse", gap: 2 }], statement: true },
  // "There's just no slack": a busy state with nothing but "there is" before it.
  { id: "en-capacity-is-busy", kind: "capacity", steps: [{ cat: "copula", lead: 5 }, { cat: "busy", gap: 8 }], statement: true },
  // "This request cannot be accommodated within current staffing levels": a refusal on resources.
  { id: "en-capacity-refuse-within", kind: "capacity", steps: [{ cat: "refuse" }, { cat: "within", gap: 24 }, { cat: "capacity", gap: 16 }], statement: true },
  { id: "en-capacity-noun-busy", kind: "capacity", steps: [{ cat: "capacity", lead: 8 }, { cat: "busy", gap: 6 }] },
  { id: "en-capacity-busy-refuse", kind: "capacity", steps: [{ cat: "busy" }, { cat: "refuse", gap: 30 }] },
  { id: "en-capacity-noun-none", kind: "capacity", steps: [{ cat: "capacity", lead: 6 }, { cat: "lack", gap: 4 }] },
  { id: "en-capacity-noun-refuse", kind: "capacity", steps: [{ cat: "capacity", lead: 6 }, { cat: "refuse", gap: 20 }] },
  { id: "en-capacity-our-noun-refuse", kind: "capacity", steps: [{ cat: "we", party: true }, { cat: "capacity", gap: 12 }, { cat: ["refuse", "ruleBar"], gap: 25 }] },
  // ── Scope: not ours, not our business ──────────────────────────────────────────────────────────
  { id: "en-scope-out", kind: "scope", steps: [{ cat: "scopeOut" }] },
  { id: "en-scope-why", kind: "scope", steps: [{ cat: "why" }] },
  { id: "en-scope-outside-our", kind: "scope", steps: [{ cat: "outside" }, { cat: "we", gap: 10 }, { cat: ["scope", "experience", "mission", "rules"], via: ["", ...POSSESSIVE] }] },
  { id: "en-scope-outside-theirs", kind: "scope", steps: [{ cat: "outside" }, { cat: "other", gap: 6 }, { cat: ["scope", "mission"], via: ["", ...POSSESSIVE] }] },
  // "That falls outside what our team is responsible for": outside what we do, in any words.
  { id: "en-scope-outside-what-we", kind: "scope", steps: [{ cat: "outside" }, { cat: "we", gap: 10 }, { cat: ["ownVerb", "doVerb"], gap: 10 }] },
  // "…sits outside Procurement's defined scope": the remit qualified ("defined", "current", "core").
  { id: "en-scope-outside-qualified", kind: "scope", steps: [{ cat: "outside" }, { cat: ["we", "other"], gap: 6 }, { cat: ["scope", "mission"], gap: 14, not: ["contrast", "cause", "modal", "we", "other"] }] },
  { id: "en-scope-outside-of", kind: "scope", steps: [{ cat: "outside" }, { cat: "scope", gap: 5 }, { cat: ["other", "we"], gap: 16 }] },
  { id: "en-scope-not-our", kind: "scope", steps: [{ cat: "neg" }, { cat: "we", gap: 14 }, { cat: "scope", via: ["", ...POSSESSIVE] }] },
  { id: "en-scope-not-their-thing", kind: "scope", steps: [{ cat: "neg" }, { cat: "other", gap: 4 }, { cat: "scope", via: ["", ...POSSESSIVE] }] },
  // "I'm not sure that's something IT should be picking up": a hedged "not theirs to take on".
  { id: "en-scope-not-other-should", kind: "scope", steps: [{ cat: "neg" }, { cat: "other", named: true, gap: 26 }, { cat: ["copula", "should"], gap: 3 }, { cat: "ownVerb", gap: 6 }] },
  // "…isn't on Marketing's list": the work placed outside a department's own list.
  { id: "en-scope-not-on-their-list", kind: "scope", steps: [{ cat: ["neg", "ruleBar"] }, { cat: "other", named: true, gap: 4 }, { cat: ["scope", "owned"], via: POSSESSIVE }], end: 3 },
  // "I'm not sure we're the right people for this": the wrong owner, hedged.
  { id: "en-scope-not-we-right", kind: "scope", steps: [{ cat: "neg" }, { cat: "we", gap: 8 }, { cat: "owns", gap: 2 }] },
  // "This isn't the kind of thing Facilities gets involved in": the matter as not a department's kind of work.
  { id: "en-scope-not-the-thing-they-do", kind: "scope", steps: [{ cat: "copula", lead: 4 }, { cat: ["neg", "lack"], gap: 2 }, { cat: "other", named: true, gap: 20 }, { cat: ["doVerb", "ownVerb"], gap: 12 }], statement: true },
  { id: "en-scope-not-something-we", kind: "scope", steps: [{ cat: "neg" }, { cat: "we", gap: 6 }, { cat: ["modal", "should", "doVerb", "ownVerb"], gap: 10, not: ["contrast"] }] },
  // "I don't think that's on us."
  { id: "en-scope-not-on-us", kind: "scope", steps: [{ cat: "neg" }, { cat: "upTo", gap: 8 }, { cat: "we", via: [""] }] },
  // "I'm not sure that's for us to decide": a hedged "not ours to".
  { id: "en-scope-not-for-us", kind: "scope", steps: [{ cat: "neg" }, { cat: "we", gap: 20 }, { cat: "toDo", via: [""] }] },
  // "That's not really a Legal question": the matter named as another department's.
  { id: "en-scope-not-a-dept-matter", kind: "scope", steps: [{ cat: "copula", lead: 3 }, { cat: "neg", gap: 2 }, { cat: "other", named: true, gap: 6 }, { cat: "scope", gap: 3 }], end: 3 },
  // "That's not something we'd get involved in", "that isn't doable": a refusal with the matter as subject.
  { id: "en-scope-that-is-not", kind: "reason", steps: [{ cat: "copula", lead: 24 }, { cat: "refuse", gap: 2 }], statement: true },
  // "The department does not consider this to fall within its mandate."
  { id: "en-scope-not-within", kind: "scope", steps: [{ cat: "neg" }, { cat: "within", gap: 30 }, { cat: ["scope", "mission"], gap: 10 }], statement: true },
  { id: "en-scope-unrelated-we", kind: "scope", steps: [{ cat: "unrelated" }, { cat: "we", gap: 4 }] },
  { id: "en-scope-we-unrelated", kind: "scope", steps: [{ cat: "we", party: true }, { cat: "unrelated", gap: 12 }] },
  { id: "en-scope-we-do-not", kind: "scope", steps: [{ cat: "we", party: true }, { cat: "neg", gap: ADVERBS }, { cat: ["doVerb", "ownVerb"], gap: 8 }, { cat: "obj", gap: 3 }] },
  { id: "en-scope-we-refuse", kind: "scope", steps: [{ cat: "we", party: true }, { cat: "refuse", gap: ADVERBS }, { cat: ["doVerb", "ownVerb", "obj"], gap: 10 }], statement: true },
  // ── Any other refusal by us, or an elliptical one, its kind from the reason the sentence gives ──
  { id: "en-refusal", kind: "reason", steps: [{ cat: "we", party: true }, { cat: "refuse", gap: ADVERBS }], statement: true },
  // "…, so we don't.": the refusal closes a reason given before it.
  { id: "en-refusal-so-we-do-not", kind: "reason", steps: [{ cat: "cause" }, { cat: "we", gap: 2 }, { cat: ["neg", "refuse"], gap: 2 }], end: 2, statement: true },
  { id: "en-refusal-lead", kind: "reason", steps: [{ cat: "refuse", lead: 2 }], statement: true },
];
