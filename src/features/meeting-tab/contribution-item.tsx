// One contribution as an entry of a live document: who wrote it (initials), when (relative time), the
// text (long ones collapsed), and — for its author or the organizer, as the server allows — edit and
// delete in a "⋯" menu. An edit in progress is a draft (with the version it started from), so a reload
// reopens it; the save carries that version (If-Match).
import {
  Badge,
  Button,
  Field,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  Textarea,
  createFocusOutlineStyle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Attendee, Contribution } from "../../core/api/contract";
import { departmentKey } from "../../core/meeting/departments";
import { ClampedText } from "../../components/clamped-text";
import { formKeys } from "../../components/form-keys";
import { useT } from "../../components/i18n/use-t";
import { PersonAvatar } from "../../components/person-avatar";
import { RelativeTime } from "../../components/relative-time";
import { ErrorBar } from "../../components/status/error-bar";
import { useFocusFallback } from "../../components/use-focus-fallback";
import { useDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { useTabWrites } from "./offline/tab-writes";
import { contributionProblem } from "./validate";

const useStyles = makeStyles({
  // The entry takes the focus when its Confirm/Save button goes away: a keyboard user must see where it is.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    position: "relative",
    ...createFocusOutlineStyle({ style: { outlineOffset: tokens.spacingHorizontalXXS } }),
  },
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
  /** The agenda's attendees: whose department an author is in, when it is not the card's. */
  attendees?: readonly Pick<Attendee, "email" | "department">[];
}

/**
 * Whether the text changed after it was written — or, for a confirmed proposal, after it was
 * confirmed: confirming saves the same text (a new version), which is not an edit.
 */
export function wasEdited(c: Contribution): boolean {
  const since = c.proposal?.confirmedAt;
  return since ? Date.parse(c.updatedAt) > Date.parse(since) : c.version > 1;
}

const CLOSED = { open: false, text: "", version: 0, baseText: "" };

export function ContributionItem({ contribution, mine, canConfirm = false, attendees = [] }: ContributionItemProps) {
  const t = useT();
  const styles = useStyles();
  const action = useSubmitWrite();
  const { snapshot } = useTabWrites();
  const [draft, setDraft, clearDraft] = useDraft(`edit:${contribution.id}`, CLOSED);
  const editing = draft.open ? draft.text : null;
  const problem = editing === null ? null : contributionProblem(editing);
  const who = contribution.authorName || contribution.authorEmail;
  const proposal = contribution.proposal;
  const proposed = proposal?.status === "proposed";
  // A confirmed proposal shows both people: the organizer proposed it, someone of the department
  // confirmed it (and the avatar is theirs, as it is now the department's entry).
  const confirmedBy = proposal?.status === "confirmed" ? proposal.confirmedByEmail : null;
  const confirmer =
    confirmedBy && confirmedBy !== contribution.authorEmail.toLowerCase() ? { name: proposal?.confirmedByName || confirmedBy, email: confirmedBy } : null;
  // An attendee writing under another department's card speaks for their own department, not the card's.
  const authorDepartment = attendees.find((a) => a.email === contribution.authorEmail.toLowerCase())?.department ?? "";
  const foreign = !proposal && departmentKey(authorDepartment) !== "" && departmentKey(authorDepartment) !== departmentKey(contribution.department);
  const byline = proposed
    ? t("tab.contribution.proposedBy", { name: who })
    : confirmer
      ? t("tab.contribution.proposedConfirmed", { proposer: who, confirmer: confirmer.name })
      : foreign
        ? t("tab.contribution.authorOf", { name: who, department: authorDepartment.trim() })
        : who;
  const queued = snapshot.writes.filter(
    (w) => (w.intent.kind === "editContribution" || w.intent.kind === "deleteContribution") && w.intent.id === contribution.id && w.state === "pending",
  );
  const pendingEdit = queued.findLast((w) => w.intent.kind === "editContribution");
  const pendingDelete = queued.some((w) => w.intent.kind === "deleteContribution");
  const edited = wasEdited(contribution);
  // "⋯ → Edit" replaces the menu button with the text box, which takes the focus; confirming, saving
  // or cancelling removes the focused button, so focus stays on this entry instead of <body>. While
  // they are sent, Confirm and Save are disabledFocusable: a disabled button would drop focus too.
  const focus = useFocusFallback<HTMLLIElement>();
  const editInput = useRef<HTMLTextAreaElement>(null);
  const focusEdit = useRef(false);
  const isEditing = editing !== null;
  useEffect(() => {
    const box = editInput.current;
    if (isEditing && focusEdit.current && box) {
      box.focus();
      // The caret at the end, as after typing: a word typed at once adds to the text, not before it.
      box.setSelectionRange(box.value.length, box.value.length);
    }
    focusEdit.current = false;
  }, [isEditing]);

  const open = () => {
    focusEdit.current = true;
    setDraft({ open: true, text: contribution.text, version: contribution.version, baseText: contribution.text });
  };
  const save = async () => {
    if (editing === null || problem) return;
    focus.arm();
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
  const confirm = () => {
    focus.arm();
    void action.submit({ kind: "editContribution", agendaId: contribution.agendaId, id: contribution.id, version: contribution.version, text: contribution.text, baseText: contribution.text });
  };
  const cancelEdit = () => {
    focus.arm();
    clearDraft();
  };
  // Deleting asks first (nothing brings an entry back), then leaves focus on the card's "+ 追加":
  // the entry and its menu are gone.
  const [askingDelete, setAskingDelete] = useState(false);
  const keepDelete = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (askingDelete) keepDelete.current?.focus();
  }, [askingDelete]);
  const remove = async () => {
    const card = focus.ref.current?.closest("[data-testid=contribution-group]");
    const outcome = await action.submit({
      kind: "deleteContribution",
      agendaId: contribution.agendaId,
      id: contribution.id,
      version: contribution.version,
      text: contribution.text,
    });
    if (outcome === "failed") return;
    setAskingDelete(false);
    card?.querySelector<HTMLElement>("[data-testid=contribution-add]")?.focus();
  };

  return (
    <li ref={focus.ref} tabIndex={-1} className={styles.root} data-testid="contribution" data-contribution-id={contribution.id} data-version={contribution.version}>
      <div className={styles.head}>
        <PersonAvatar name={confirmer?.name ?? contribution.authorName} email={confirmer?.email ?? contribution.authorEmail} />
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
                <MenuItem disabled={action.busy || pendingDelete} onClick={() => setAskingDelete(true)} data-testid="contribution-delete">
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
          <Textarea
            ref={editInput}
            value={editing}
            resize="vertical"
            onChange={(_, data) => setDraft({ ...draft, text: data.value })}
            onKeyDown={formKeys(cancelEdit, () => void save())}
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
      {canConfirm && proposed && editing === null && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="primary"
            aria-label={t("tab.contribution.confirmOf", { name: who, department: contribution.department })}
            disabledFocusable={action.busy || pendingEdit !== undefined}
            onClick={confirm}
            data-testid="contribution-confirm"
          >
            {t("tab.contribution.confirm")}
          </Button>
        </div>
      )}
      {editing !== null && (
        <div className={styles.row}>
          <Button size="small" appearance="primary" disabledFocusable={action.busy} onClick={() => void save()} data-testid="contribution-save">
            {t("common.save")}
          </Button>
          <Button size="small" onClick={cancelEdit}>
            {t("common.cancel")}
          </Button>
        </div>
      )}
      {askingDelete && editing === null && (
        <div className={styles.row} role="group" aria-label={t("tab.contribution.deleteAsk")} onKeyDown={formKeys(() => (focus.arm(), setAskingDelete(false)), () => undefined)} data-testid="contribution-delete-ask">
          <Text size={200} className={styles.text}>
            {t("tab.contribution.deleteAsk")}
          </Text>
          <Button size="small" appearance="primary" disabledFocusable={action.busy} onClick={() => void remove()} data-testid="contribution-delete-confirm">
            {t("tab.contribution.deleteConfirm")}
          </Button>
          <Button ref={keepDelete} size="small" onClick={() => (focus.arm(), setAskingDelete(false))} data-testid="contribution-delete-keep">
            {t("common.cancel")}
          </Button>
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}
