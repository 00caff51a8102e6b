// Fills a rule's suggestion template: the shared objective is always named, quoted as people write it.
import type { Lang } from "../api/contract";

const FALLBACK = {
  objective: { ja: "共通の目的", en: "our shared objective" },
  department: { ja: "関係する部署", en: "the other teams" },
} as const;

export function fillSuggestion(template: string, lang: Lang, objective: string | undefined, department: string | undefined): string {
  const goal = objective?.trim() ? (lang === "ja" ? `「${objective.trim()}」` : `“${objective.trim()}”`) : FALLBACK.objective[lang];
  const dept = department?.trim() || FALLBACK.department[lang];
  return template.replaceAll("{objective}", goal).replaceAll("{department}", dept);
}
