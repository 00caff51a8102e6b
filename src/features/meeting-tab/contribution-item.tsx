// One contribution; its author (or the organizer, as the server allows) may edit or delete it in place. An edit in progress is a draft (with
// the version it started from), so a reload reopens it; the save carries that version (If-Match).
import { Badge, Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Contribution } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { useTabWrites } from "./offline/tab-writes";
import { contributionProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  author: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
});

export interface ContributionItemProps {
  contribution: Contribution;
  /** I wrote it, or I organize the meeting: I may change it. */
  mine: boolean;
  /** The organizer proposed it for my department: I may confirm it as it is. */
  canConfirm?: boolean;
}

const CLOSED = { open: false, text: "", version: 0, baseText: "" };

export function ContributionItem({ contribution, mine, canConfirm = false }: ContributionItemProps) {
  const t = useT();
  const styles = useStyles();
  const action = useSubmitWrite();
  const { snapshot } = useTabWrites();
  const [draft, setDraft, clearDraft] = useDraft(`edit:${contribution.id}`, CLOSED);
  const editing = draft.open ? draft.text : null;
  const problem = editing === null ? null : contributionProblem(editing);
  const who = contribution.authorName || contribution.authorEmail;
  const proposed = contribution.proposal?.status === "proposed";
  // The organizer's proposal for a department says so until someone of it confirms; then it is theirs.
  const byline = proposed ? t("tab.contribution.proposedBy", { name: who }) : contribution.proposal?.confirmedByName || who;
  const queued = snapshot.writes.filter(
    (w) => (w.intent.kind === "editContribution" || w.intent.kind === "deleteContribution") && w.intent.id === contribution.id && w.state === "pending",
  );
  const pendingEdit = queued.findLast((w) => w.intent.kind === "editContribution");
  const pendingDelete = queued.some((w) => w.intent.kind === "deleteContribution");

  const open = () => setDraft({ open: true, text: contribution.text, version: contribution.version, baseText: contribution.text });
  const save = async () => {
    if (editing === null || problem) return;
    const outcome = await action.submit({
      kind: "editContribution",
      agendaId: contribution.agendaId,
      id: contribution.id,
      version: draft.version,
      text: editing.trim(),
      baseText: draft.baseText,
    });
    if (outcome !== "failed") clearDraft();
  };
  // Confirming is an edit with the same text: the server records who of the department confirmed it.
  const confirm = () =>
    void action.submit({ kind: "editContribution", agendaId: contribution.agendaId, id: contribution.id, version: contribution.version, text: contribution.text, baseText: contribution.text });
  const remove = () =>
    void action.submit({
      kind: "deleteContribution",
      agendaId: contribution.agendaId,
      id: contribution.id,
      version: contribution.version,
      text: contribution.text,
    });

  return (
    <li className={styles.root} data-testid="contribution" data-contribution-id={contribution.id} data-version={contribution.version}>
      {editing === null ? (
        <Text className={styles.text}>{contribution.text}</Text>
      ) : (
        <Field
          label={t("tab.contribution.editText")}
          validationMessage={problem ? t(problem.key, problem.params) : undefined}
        >
          <Textarea
            value={editing}
            resize="vertical"
            onChange={(_, data) => setDraft({ ...draft, text: data.value })}
            data-testid="contribution-edit-input"
          />
        </Field>
      )}
      {editing !== null && draft.version !== contribution.version && (
        <Text size={200} className={styles.text} role="status" data-testid="contribution-changed-meanwhile">
          {t("tab.conflict.changedMeanwhile", { text: contribution.text })}
        </Text>
      )}
      {pendingEdit?.intent.kind === "editContribution" && (
        <Text size={200} className={styles.text} data-testid="contribution-pending-edit">
          <Badge appearance="tint" color="warning">
            {t("tab.offline.pendingBadge")}
          </Badge>{" "}
          {t("tab.offline.pendingEdit", { text: pendingEdit.intent.text })}
        </Text>
      )}
      {pendingDelete && (
        <Badge appearance="tint" color="warning" data-testid="contribution-pending-delete">
          {t("tab.offline.pendingDelete")}
        </Badge>
      )}
      <Text size={200} className={styles.author} data-testid="contribution-byline" data-proposal={contribution.proposal?.status ?? ""}>
        — {byline}
      </Text>
      {canConfirm && proposed && editing === null && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="primary"
            aria-label={t("tab.contribution.confirmOf", { name: who, department: contribution.department })}
            disabled={action.busy || pendingEdit !== undefined}
            onClick={confirm}
            data-testid="contribution-confirm"
          >
            {t("tab.contribution.confirm")}
          </Button>
        </div>
      )}
      {mine && (
        <div className={styles.row}>
          {editing === null ? (
            <>
              <Button size="small" appearance="subtle" aria-label={t("tab.contribution.editOf", { name: who })} onClick={open} data-testid="contribution-edit">
                {t("common.edit")}
              </Button>
              <Button size="small" appearance="subtle" aria-label={t("tab.contribution.deleteOf", { name: who })} disabled={action.busy || pendingDelete} onClick={remove} data-testid="contribution-delete">
                {t("common.delete")}
              </Button>
            </>
          ) : (
            <>
              <Button size="small" appearance="primary" disabled={action.busy} onClick={() => void save()} data-testid="contribution-save">
                {t("common.save")}
              </Button>
              <Button size="small" onClick={clearDraft}>
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
