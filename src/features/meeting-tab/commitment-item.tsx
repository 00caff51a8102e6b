// One commitment: what, who, by when, whom it helps, how it serves the objective; done/reopen in place
// (through the offline queue: a status set while offline shows as pending until it is sent).
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Commitment } from "../../core/api/contract";
import { ClampedText } from "../../components/clamped-text";
import { CommitmentHead, commitmentMeta } from "../../components/commitment-head";
import { isOverdue } from "../../components/dates";
import { useLang, useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useSubmitWrite } from "./offline/use-submit-write";
import { useTabWrites } from "./offline/tab-writes";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  serves: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  meta: { color: tokens.colorNeutralForeground2 },
});

export interface CommitmentItemProps {
  commitment: Commitment;
  /** The owner, the organizer and the PMO may change a commitment (the server enforces the same). */
  canChange: boolean;
}

export function CommitmentItem({ commitment, canChange }: CommitmentItemProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const action = useSubmitWrite();
  const { snapshot } = useTabWrites();
  const overdue = isOverdue(commitment.dueDate, commitment.status);
  const next = commitment.status === "open" ? "done" : "open";
  const pending = snapshot.writes.some(
    (w) => w.intent.kind === "setCommitmentStatus" && w.intent.id === commitment.id && w.state === "pending",
  );

  const toggle = () =>
    void action.submit({
      kind: "setCommitmentStatus",
      agendaId: commitment.agendaId,
      id: commitment.id,
      status: next,
      action: commitment.action,
      // The version this toggle is based on: a change by someone else meanwhile becomes a conflict.
      version: commitment.version,
      dueDate: commitment.dueDate,
    });

  return (
    <li className={styles.root} data-testid="commitment" data-status={commitment.status} data-commitment-id={commitment.id}>
      <CommitmentHead
        action={commitment.action}
        status={commitment.status}
        overdue={overdue}
        extraBadges={
          pending && (
            <Badge appearance="tint" color="warning" data-testid="commitment-pending">
              {t("tab.offline.pendingBadge")}
            </Badge>
          )
        }
      />
      <Text size={200} className={styles.meta}>
        {commitmentMeta(t, lang, commitment)}
      </Text>
      {commitment.helpsDepartment && (
        <Text size={200}>{t("tab.commitment.helpsLine", { department: commitment.helpsDepartment })}</Text>
      )}
      {commitment.servesObjective && <ClampedText text={commitment.servesObjective} lines={3} className={styles.serves} />}
      {canChange && commitment.status !== "dropped" && (
        <div>
          {/* disabledFocusable, not disabled: a disabled button loses the focus to <body> while the
              change is sent or waits offline; this one keeps it and only ignores clicks. */}
          <Button size="small" disabledFocusable={action.busy || pending} onClick={toggle} data-testid="commitment-toggle">
            {commitment.status === "open" ? t("tab.commitment.markDone") : t("tab.commitment.reopen")}
          </Button>
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}
