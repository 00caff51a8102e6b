// Fills a rewording template: the shared objective is always named, quoted as people write it.
import type { Lang } from "../api/primitives";

const FALLBACK = {
  objective: { ja: "共通の目的", en: "our shared objective" },
  department: { ja: "関係する部署", en: "the other teams" },
} as const;

export function fillSuggestion(template: string, lang: Lang, objective: string | undefined, department: string | undefined): string {
  const goal = objective?.trim() ? (lang === "ja" ? `「${objective.trim()}」` : `“${objective.trim()}”`) : FALLBACK.objective[lang];
  const dept = department?.trim() || FALLBACK.department[lang];
  // split/join rather than replaceAll: Outlook's JavaScript-only runtime predates ES2021.
  return template.split("{objective}").join(goal).split("{department}").join(dept);
}
