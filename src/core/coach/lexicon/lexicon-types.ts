// The categories a lexicon sorts words into. Structures (structures/*.ts) are sequences of these
// categories, so a new wording usually needs a new word in a lexicon, not a new structure.

export type TagCat =
  // Parties
  | "we" // the speaker's side: うち, 私たち, we, our team
  | "other" // another party: departments, 向こう, they, another team
  // Reasons people give
  | "scope" // role and scope nouns: 担当, 管轄, 所掌, job, remit, area
  | "capacity" // resources: 人手, 予算, 工数, bandwidth, headcount, budget
  | "experience" // 経験, 実績, ノウハウ, experience, track record
  | "rules" // 規定, KPI, 評価シート, policy, job description
  | "mission" // ミッション, 使命, 本業, mission, mandate, charter
  | "owned" // what people guard: 顧客, データ, 環境, customers, accounts, data
  | "withhold" // keeping it: 見せない, 共有不可, 部外秘, will not share, not giving access
  | "innocent" // "not our fault": 責任はない, うちのせいじゃない, not on us
  // Predicates
  | "refuse" // refusal or limitation: 無理, できない, しかねる, can not, no way
  | "lack" // absence: 足りない, がない, do not have, short on, no
  | "busy" // capacity states: 手一杯, 余裕がない, swamped, at capacity
  | "few" // しかいない, 少人数, only have, a handful of
  | "scopeOut" // scope negations whole: 担当外, 所管外, 畑違い, not our job
  | "outside" // outside, beyond, out of (our remit)
  | "unrelated" // 関係ない, 関知しない, nothing to do with, not involved
  | "inexperienced" // 未経験, やったことがない, never done, out of our depth
  | "ruleBar" // what rules do: 認められない, 入っていない, not allowed, does not count
  | "rulesOut" // whole: per policy, not in our KPIs, rules are rules
  | "only" // だけ, のみ, であって, only, strictly, not to
  | "placeNot" // a party as a place that does not do it: (うちは…する)ところじゃない
  | "onlyDo" // the mission as a wall, whole: しかやらない, 本業に集中したい, not what we are here for
  | "doVerb" // doing one's work: やる, 扱う, do, handle, cover
  | "interfere" // what others must not do to what is ours: change, edit, tinker with, mess with
  | "within" // within, fall within: inside a remit (after a negation: outside it)
  | "doneVerb" // handled, built, dealt with: what has (not) been done
  | "before" // before, previously: what has not been done until now
  | "prohibit" // 触らないで, 口を出さないで, hands off, stay out of
  | "dont" // ないでください, は困る, do not, should not
  | "unilateral" // 勝手に, 無断で, without asking us, behind our back
  | "gate" // を通して, go through us, run it by us
  | "blameCause" // のせい, が原因, because of them, their fault
  | "negCause" // a negation giving the reason: 〜ないので, 〜ないから
  | "blameAct" // してくれない, never send, keep changing, dropped the ball
  | "counterfact" // had signed off, had approved: what another party should have done, after "if"
  | "stall" // 進まない, 止まっている, stuck, going nowhere
  | "cond" // conditions that hold work back: ない限り, までは, only if, unless, until
  | "condIf" // plain conditions: たら, れば, if, once
  | "untilThen" // それまでは, until then
  | "condWhole" // a condition whole: fund it first, no sign-off, no work
  | "toDo" // "(for Legal) to decide", "(Planning) to own"
  | "condGate" // what a condition waits for: 正式な依頼, 予算, formally, headcount
  | "push" // 回して, 投げて, ask, talk to, take it to
  | "pushAway" // whole: 他を当たって, うちに言われても, wrong door
  | "should" // べき, ればいい, should, needs to, ought to
  | "ownVerb" // taking work on: やる, 対応する, handle, own, deal with
  | "copula" // だ, だろ, じゃないか, is, sounds like
  | "why" // なんで, なぜ, why should, how is this
  | "must" // なきゃ, なければならない, have to
  | "rest" // あとは, the rest
  | "doneOurPart" // やることはやった, we have done our part
  | "neg" // not, never
  | "let" // let (someone do it)
  | "upTo" // up to, 次第
  | "obj" // that, this, it
  // Discourse
  | "offer" // a commitment or an offer: します, できます, let us, happy to, how can we
  | "modal" // can, will, could: an offer after "we" or "I"
  | "owns" // X owns that, X handles it
  | "contrast" // けど, ですが, but, though
  | "cause" // ので, から, because, so
  | "frame" // the objective as the frame: ために, 目的, for the goal
  | "together" // 一緒に, together
  | "question" // か, ？, how can
  | "thing" // システムでは, 仕様上: a tool or a system as the subject of a limitation
  | "wh" // どの部署, which team: a question that asks who, not one that pushes
  | "report" // と連絡, と聞いて, said, told us
  | "softener" // please, just, better: what may come before an imperative
  | "none"; // words that must not be read as a shorter entry (担当者 is not 担当)

export type Lexicon = Partial<Record<TagCat, readonly string[]>>;

/** One recognised word or phrase in the normalised text. */
export interface Tag {
  cat: TagCat;
  /** [start, end) in the normalised text. */
  start: number;
  end: number;
  /** A department or a team named by its name (not "they", not "向こう"): named in suggestions. */
  named?: boolean;
}
