// English verb forms the lexicons need not list one by one: an entry's first word (its verb) in the
// third person ("handle it" → "handles it") and, for verbs of doing, the -ing form ("cover" → "covering").
// Entries that do not start with a plain verb ("be handling", "responsible") give no forms.

const NOT_VERBS = new Set(["be", "is", "are", "was", "responsible", "the", "a", "an", "not", "no", "our", "your", "their"]);
const IRREGULAR_S: Readonly<Record<string, string>> = { do: "does", go: "goes", have: "has" };

export function thirdPerson(verb: string): string {
  const irregular = IRREGULAR_S[verb];
  if (irregular) return irregular;
  if (/(?:s|x|z|ch|sh)$/u.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

export function ingForm(verb: string): string {
  if (/ie$/u.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/u.test(verb) && verb !== "be") return `${verb.slice(0, -1)}ing`;
  // Short consonant-vowel-consonant verbs double the consonant: run → running, ship → shipping.
  if (/^[^aeiou]{0,3}[aeiou][bdgkmnprt]$/u.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

/** Third-person and -ing forms of an entry whose first word is a plain verb. */
export function enVerbForms(entry: string): string[] {
  const [verb, ...rest] = entry.split(" ");
  if (!verb || !/^[a-z]{1,20}$/u.test(verb) || NOT_VERBS.has(verb) || verb.endsWith("ing")) return [];
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  return [`${thirdPerson(verb)}${tail}`, `${ingForm(verb)}${tail}`];
}

const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  do: "done", build: "built", sell: "sold", take: "taken", lead: "led", make: "made", write: "written", deal: "dealt", run: "run",
  get: "got", go: "gone", drive: "driven", ship: "shipped", deliver: "delivered", own: "owned", work: "worked", figure: "figured",
};

export function pastParticiple(verb: string): string {
  const irregular = IRREGULAR_PAST[verb];
  if (irregular) return irregular;
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** The past participle of an entry whose first word is a plain verb: "deal with" → "dealt with". */
export function enPastForms(entry: string): string[] {
  const [verb, ...rest] = entry.split(" ");
  if (!verb || !/^[a-z]{1,20}$/u.test(verb) || NOT_VERBS.has(verb) || verb.endsWith("ing")) return [];
  return [`${pastParticiple(verb)}${rest.length > 0 ? ` ${rest.join(" ")}` : ""}`];
}
