// Minutes record a department's answer under its name (「・物流部より：…との回答」, "- IT: …"): what
// follows is that department's stance, not hearsay, so its refusals count as its own words.
import type { Sentence } from "./structures/match-structure";

/** A minutes line under a department's name: 「・物流部より：…との回答」, "- IT: …". */
export function attributed(s: Sentence): boolean {
  const first = s.tags[0];
  if (!first || first.cat !== "other" || !first.named) return false;
  if (!/^[\s・\-•*●○◆■]{0,3}$/u.test(s.text.slice(s.start, first.start))) return false;
  return /^(?:より|から|さん|側|部門)?\s{0,2}:/u.test(s.text.slice(first.end, first.end + 6));
}
