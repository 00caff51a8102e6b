// The coach's lexicons, assembled per language from the data files beside this one.
import type { LexiconSource } from "../tagger";
import { EN_DISCOURSE } from "./en-discourse";
import { enPastForms, enVerbForms } from "./en-inflect";
import { EN_BARE_UNITS, EN_DEPARTMENTS, EN_NOT_PARTIES, EN_OTHER, EN_UNITS, EN_WE } from "./en-parties";
import { EN_PREDICATES } from "./en-predicates";
import { EN_PUSH_PREDICATES } from "./en-predicates-push";
import { EN_REASONS } from "./en-reasons";
import { JA_DISCOURSE } from "./ja-discourse";
import { JA_BARE_UNITS, JA_DEPARTMENTS, JA_NOT_PARTIES, JA_OTHER, JA_UNITS, JA_WE } from "./ja-parties";
import { JA_PREDICATES } from "./ja-predicates";
import { JA_REASONS } from "./ja-reasons";
import type { Lexicon, TagCat } from "./lexicon-types";

function merge(...parts: Lexicon[]): Lexicon {
  const out: Partial<Record<TagCat, string[]>> = {};
  for (const part of parts) {
    for (const [cat, words] of Object.entries(part) as [TagCat, readonly string[]][]) (out[cat] ??= []).push(...words);
  }
  return out;
}

export const JA_SOURCE: LexiconSource = {
  lexicon: merge(JA_REASONS, JA_PREDICATES, JA_DISCOURSE, { we: JA_WE, other: JA_OTHER, none: JA_NOT_PARTIES }),
  departments: JA_DEPARTMENTS,
  units: JA_UNITS,
  bareUnits: JA_BARE_UNITS,
  unitFallback: { 担当: "scope" },
};

export const EN_SOURCE: LexiconSource = {
  lexicon: merge(EN_REASONS, EN_PREDICATES, EN_PUSH_PREDICATES, EN_DISCOURSE, { we: EN_WE, other: EN_OTHER, none: EN_NOT_PARTIES }),
  departments: EN_DEPARTMENTS,
  units: EN_UNITS,
  bareUnits: EN_BARE_UNITS,
  inflect: [
    { cats: ["ownVerb", "doVerb"], forms: enVerbForms },
    // "handled", "built": what has (not) been done, read apart from the verbs that take work on.
    { cats: ["ownVerb", "doVerb"], forms: enPastForms, as: "doneVerb" },
  ],
};
