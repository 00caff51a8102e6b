// The purpose-first score (0–100) of an agenda as a small badge: green from 80, amber from 50.
// The explanation is a native title, not a Fluent Tooltip: a description tooltip keeps a portal
// mounted per badge, which piles up in tables and can sit over other controls.
import { Badge } from "@fluentui/react-components";
import { useLang } from "../i18n/use-t";
import { coachText } from "./coach-messages";

export function purposeScoreColor(score: number): "success" | "warning" | "danger" {
  return score >= 80 ? "success" : score >= 50 ? "warning" : "danger";
}

export function PurposeScore({ score, size = "medium" }: { score: number | null | undefined; size?: "small" | "medium" }) {
  const lang = useLang();
  const known = typeof score === "number";
  return (
    <Badge
      appearance="tint"
      color={known ? purposeScoreColor(score) : "informative"}
      size={size}
      title={coachText(lang, "scoreTitle")}
      data-testid="purpose-score"
      data-score={known ? String(score) : ""}
    >
      {known ? coachText(lang, "score", score) : coachText(lang, "scoreNone")}
    </Badge>
  );
}
