// One contribution as an entry of a live document: who wrote it (initials), when (relative time), the
// text (long ones collapsed), and — for its author or the organizer, as the server allows — edit and
// delete in a "⋯" menu. An edit in progress is a draft (with the version it started from), so a reload
// reopens it; the save carries that version (If-Match).
import { Badge, Button, Field, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Contribution } from "../../core/api/contract";
import { ClampedText } from "../../components/clamped-text";
import { useT } from "../../components/i18n/use-t";
import { PersonAvatar } from "../../components/person-avatar";
import { RelativeTime } from "../../components/relative-time";
import { ErrorBar } from "../../components/status/error-bar";
import { useDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { useTabWrites } from "./offline/tab-writes";
import { contributionProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  who: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline", minWidth: 0, flexGrow: 1 },
  name: { overflowWrap: "anywhere" },
  when: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  more: { minWidth: "24px", flexShrink: 0 },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
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
  const edited = contribution.version > 1;

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
      <div className={styles.head}>
        <PersonAvatar name={contribution.authorName} email={contribution.authorEmail} />
        <span className={styles.who} data-testid="contribution-byline" data-proposal={contribution.proposal?.status ?? ""}>
          <Text size={200} weight="semibold" className={styles.name} data-testid="contribution-author">
            {byline}
          </Text>
          <span className={styles.when}>
            <RelativeTime iso={contribution.updatedAt} />
            {edited && ` ${t("tab.contribution.edited")}`}
          </span>
        </span>
        {mine && editing === null && (
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Button
                size="small"
                appearance="subtle"
                className={styles.more}
                aria-label={t("tab.contribution.actions", { name: who })}
                data-testid="contribution-actions"
              >
                ⋯
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                <MenuItem onClick={open} data-testid="contribution-edit">
                  {t("common.edit")}
                </MenuItem>
                <MenuItem disabled={action.busy || pendingDelete} onClick={remove} data-testid="contribution-delete">
                  {t("common.delete")}
                </MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      {editing === null ? (
        <ClampedText text={contribution.text} data-testid="contribution-text" />
      ) : (
        <Field label={t("tab.contribution.editText")} validationMessage={problem ? t(problem.key, problem.params) : undefined}>
          <Textarea value={editing} resize="vertical" onChange={(_, data) => setDraft({ ...draft, text: data.value })} data-testid="contribution-edit-input" />
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
      {editing !== null && (
        <div className={styles.row}>
          <Button size="small" appearance="primary" disabled={action.busy} onClick={() => void save()} data-testid="contribution-save">
            {t("common.save")}
          </Button>
          <Button size="small" onClick={clearDraft}>
            {t("common.cancel")}
          </Button>
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}
