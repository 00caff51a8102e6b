// What the purpose-first score means and how to raise it, in words and in place (not a tooltip):
// the concrete tips follow every keystroke. Neutral until there is an objective to score against.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaView } from "../../core/api/contract";
import type { AgendaScore } from "../../core/coach/score-agenda";
import { useLang } from "../../components/i18n/use-t";
import { useEditorT } from "./editor-messages";
import { scoreTips } from "./score-tips";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function ScoreExplainer({ score, view }: { score: AgendaScore | null; view: AgendaView }) {
  const et = useEditorT();
  const lang = useLang();
  const styles = useStyles();
  const tips = score ? scoreTips(score, view, lang === "ja" ? "、" : ", ") : [];
  return (
    <div className={styles.root} data-testid="score-explainer">
      <Text weight="semibold">{et("score.title")}</Text>
      <Text size={200}>{et("score.explain")}</Text>
      {score === null ? (
        <Text size={200} data-testid="score-needs-objective">
          {et("score.needsObjective")}
        </Text>
      ) : tips.length === 0 ? (
        <Text size={200}>{et("score.perfect")}</Text>
      ) : (
        <>
          <Text size={200} weight="semibold">
            {et("score.tips")}
          </Text>
          <ul className={styles.list} data-testid="score-tips">
            {tips.map((tip) => (
              <li key={tip.key} data-testid="score-tip" data-tip={tip.key} data-points={tip.points}>
                <Text size={200}>{et(tip.key, tip.params)}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
