// One commitment: what, who, by when, whom it helps, how it serves the objective; done/reopen in place.
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Commitment } from "../../core/api/contract";
import { formatDueDate, isOverdue } from "../../components/dates";
import { usePorts } from "../../components/ports-context";
import { useLang, useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "space-between", alignItems: "start" },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  done: { textDecorationLine: "line-through" },
  meta: { color: tokens.colorNeutralForeground2 },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

export interface CommitmentItemProps {
  commitment: Commitment;
  /** The owner, the organizer and the PMO may change a commitment (the server enforces the same). */
  canChange: boolean;
  onChanged(c: Commitment): void;
}

export function CommitmentItem({ commitment, canChange, onChanged }: CommitmentItemProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { api } = usePorts();
  const action = useAction();
  const overdue = isOverdue(commitment.dueDate, commitment.status);
  const next = commitment.status === "open" ? "done" : "open";

  const toggle = async () => {
    const updated = await action.run(() => api.updateCommitment(commitment.id, { status: next }));
    if (updated) onChanged(updated);
  };

  return (
    <li className={styles.root} data-testid="commitment" data-status={commitment.status} data-commitment-id={commitment.id}>
      <div className={styles.head}>
        <Text weight="semibold" className={mergeClasses(styles.text, commitment.status === "done" && styles.done)}>
          {commitment.action}
        </Text>
        <span className={styles.badges}>
          {overdue && (
            <Badge appearance="filled" color="danger">
              {t("tab.commitment.overdue")}
            </Badge>
          )}
          <Badge appearance="tint" color={commitment.status === "done" ? "success" : "informative"}>
            {t(`status.${commitment.status}`)}
          </Badge>
        </span>
      </div>
      <Text size={200} className={styles.meta}>
        {t("tab.commitment.meta", {
          owner: commitment.ownerName || commitment.ownerEmail,
          department: commitment.ownerDepartment || t("common.unknownDepartment"),
          due: formatDueDate(commitment.dueDate, lang),
        })}
      </Text>
      {commitment.helpsDepartment && (
        <Text size={200}>{t("tab.commitment.helpsLine", { department: commitment.helpsDepartment })}</Text>
      )}
      {commitment.servesObjective && (
        <Text size={200} className={styles.text}>
          {commitment.servesObjective}
        </Text>
      )}
      {canChange && commitment.status !== "dropped" && (
        <div>
          <Button size="small" disabled={action.busy} onClick={() => void toggle()} data-testid="commitment-toggle">
            {commitment.status === "open" ? t("tab.commitment.markDone") : t("tab.commitment.reopen")}
          </Button>
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}
