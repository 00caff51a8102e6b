// One of my commitments: what I promised, for which meeting's objective, by when; done/reopen in place.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Commitment, CommitmentStatus } from "../../core/api/contract";
import { CommitmentHead } from "../../components/commitment-head";
import { isOverdue } from "../../components/dates";
import { formatDate } from "../../core/text/format-date";
import { usePorts } from "../../components/ports-context";
import { useLang, useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";
import { staleCommitmentOf } from "./stale-commitment";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  conflict: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface MyCommitmentItemProps {
  commitment: Commitment;
  today: string;
  onChanged(c: Commitment): void;
}

export function MyCommitmentItem({ commitment, today, onChanged }: MyCommitmentItemProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { api } = usePorts();
  const action = useAction();
  const overdue = isOverdue(commitment.dueDate, commitment.status, today);
  const next = commitment.status === "open" ? "done" : "open";

  // After a 412: the status I wanted, offered again on top of the reloaded row.
  const [retry, setRetry] = useState<CommitmentStatus | null>(null);

  const send = async (status: CommitmentStatus) => {
    setRetry(null);
    const updated = await action.run(async () => {
      try {
        return await api.updateCommitment(commitment.id, { status }, { ifMatch: commitment.version });
      } catch (err) {
        const fresh = staleCommitmentOf(err);
        if (!fresh) throw err;
        onChanged(fresh);
        setRetry(status);
        return undefined;
      }
    });
    if (updated) onChanged(updated);
  };

  return (
    <li
      className={styles.root}
      data-testid="my-commitment"
      data-status={commitment.status}
      data-overdue={overdue ? "true" : "false"}
      data-commitment-id={commitment.id}
    >
      <CommitmentHead action={commitment.action} status={commitment.status} overdue={overdue} overdueTestId="my-commitment-overdue" />
      <Text size={200} className={styles.meta} data-testid="my-commitment-objective">
        {t("mine.objective", { objective: commitment.objectiveTitle || t("common.none") })}
      </Text>
      <Text size={200} className={styles.meta}>
        {t("mine.due", { due: formatDate(commitment.dueDate, lang) })}
        {commitment.helpsDepartment ? ` · ${t("tab.commitment.helpsLine", { department: commitment.helpsDepartment })}` : ""}
      </Text>
      {commitment.status !== "dropped" && (
        <div>
          <Button size="small" disabled={action.busy} onClick={() => void send(next)} data-testid="my-commitment-toggle">
            {commitment.status === "open" ? t("tab.commitment.markDone") : t("tab.commitment.reopen")}
          </Button>
        </div>
      )}
      {retry && (
        <div className={styles.conflict} role="alert" data-testid="my-commitment-conflict">
          <Text size={200}>{t("commitmentConflict.reloaded")}</Text>
          <Button size="small" appearance="primary" disabled={action.busy} onClick={() => void send(retry)} data-testid="my-commitment-reapply">
            {t("commitmentConflict.reapply")}
          </Button>
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}
