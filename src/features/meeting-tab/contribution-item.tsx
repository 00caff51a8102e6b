// One contribution; its author may edit or delete it in place.
import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Contribution } from "../../core/api/contract";
import { usePorts } from "../../components/ports-context";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";
import { contributionProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  author: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface ContributionItemProps {
  contribution: Contribution;
  mine: boolean;
  onChanged(contribution: Contribution): void;
  onDeleted(id: string): void;
}

export function ContributionItem({ contribution, mine, onChanged, onDeleted }: ContributionItemProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = usePorts();
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const problem = editing === null ? null : contributionProblem(editing);
  const who = contribution.authorName || contribution.authorEmail;

  const save = async () => {
    if (editing === null || problem) return;
    const updated = await action.run(() => api.updateContribution(contribution.id, { text: editing.trim() }));
    if (updated) {
      onChanged(updated);
      setEditing(null);
    }
  };
  const remove = async () => {
    const done = await action.run(async () => {
      await api.deleteContribution(contribution.id);
      return true;
    });
    if (done) onDeleted(contribution.id);
  };

  return (
    <li className={styles.root} data-testid="contribution">
      {editing === null ? (
        <Text className={styles.text}>{contribution.text}</Text>
      ) : (
        <Field
          label={t("tab.contribution.editText")}
          validationMessage={problem ? t(problem.key, problem.params) : undefined}
        >
          <Textarea value={editing} resize="vertical" onChange={(_, data) => setEditing(data.value)} />
        </Field>
      )}
      <Text size={200} className={styles.author}>
        — {who}
      </Text>
      {mine && (
        <div className={styles.row}>
          {editing === null ? (
            <>
              <Button size="small" appearance="subtle" aria-label={t("tab.contribution.editOf", { name: who })} onClick={() => setEditing(contribution.text)}>
                {t("common.edit")}
              </Button>
              <Button size="small" appearance="subtle" aria-label={t("tab.contribution.deleteOf", { name: who })} disabled={action.busy} onClick={() => void remove()}>
                {t("common.delete")}
              </Button>
            </>
          ) : (
            <>
              <Button size="small" appearance="primary" disabled={action.busy} onClick={() => void save()}>
                {t("common.save")}
              </Button>
              <Button size="small" onClick={() => setEditing(null)}>
                {t("common.cancel")}
              </Button>
            </>
          )}
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}
