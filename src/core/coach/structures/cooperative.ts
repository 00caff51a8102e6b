// What makes a limitation cooperative: an offer or a commitment of our own ("…but we can review
// the designs", 「…ですが、週に半日は出せます」). A role-centred structure in a sentence that also holds
// one of these (outside the structure's own words) is no finding.
import type { Step } from "./structure-types";

export const COOPERATIVE: readonly (readonly Step[])[] = [
  // An offer phrase: 「来月から半日空けます」 needs no subject, nor does "happy to help" or "let us".
  [{ cat: "offer" }],
  // A positive modal after "we" or "I": "we can", "I'll", "we could still".
  [{ cat: "we" }, { cat: "modal", gap: 14 }],
  // A subjectless one after a contrast or at a clause's start: "slammed today, but will look first
  // thing tomorrow", "- Marketing: not our remit; will still design the template".
  [{ cat: "contrast" }, { cat: "modal", gap: 3 }],
  [{ cat: "modal", lead: 1 }],
  // A department offering in its own name after a contrast: "…, but Sales will set up the interviews".
  [{ cat: "contrast" }, { cat: "other", named: true, gap: 40 }, { cat: "modal", gap: 2 }],
  // Taking the work on after a contrast: 「所管外だが、アカウント発行は今週中に対応」.
  [{ cat: "contrast" }, { cat: "ownVerb", gap: 30 }],
];
