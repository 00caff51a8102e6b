// Carry-forward, the first and compact part of section 4 (never above the objective): the open
// commitments of earlier meetings on the same objective — "前回からの持ち越し 4件（期限切れ 1）" —
// each on two short lines with owner, due date, an overdue badge and the meeting it came from. The
// owner, that meeting's organizer and the PMO can mark one done here (the server enforces the same).
import { Button, Text, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { AgendaView, CarriedCommitment, CarriedForward, CommitmentStatus } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import { CommitmentHead, commitmentMeta } from "../../components/commitment-head";
import { CarriedHeadingText } from "../../components/carried-heading";
import { isOverdue, localIsoDate } from "../../components/dates";
import { formatDate } from "../../core/text/format-date";
import { useLang, useT } from "../../components/i18n/use-t";
import { usePorts } from "../../components/ports-context";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
});

interface ItemProps {
  item: CarriedCommitment;
  canChange: boolean;
  onStatus(id: string, status: CommitmentStatus): void;
}

function CarriedItem({ item, canChange, onStatus }: ItemProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { api } = usePorts();
  const action = useAction();
  const next: CommitmentStatus = item.status === "open" ? "done" : "open";
  const toggle = async () => {
    const updated = await action.run(() => api.updateCommitment(item.id, { status: next }));
    if (updated) onStatus(item.id, updated.status);
  };
  const meetingDate = formatDate(localIsoDate(new Date(item.meeting.at)), lang);
  return (
    <li className={styles.item} data-testid="carried-commitment" data-status={item.status} data-commitment-id={item.id}>
      <CommitmentHead action={item.action} status={item.status} overdue={isOverdue(item.dueDate, item.status)} />
      <Text size={200} className={mergeClasses(styles.meta, styles.text)}>
        {commitmentMeta(t, lang, item)}
        {item.helpsDepartment && ` ・ ${t("tab.commitment.helpsLine", { department: item.helpsDepartment })}`}
        {" ・ "}
        {t("tab.carried.from", { subject: item.meeting.subject || t("tab.carried.untitled"), date: meetingDate })}
      </Text>
      {canChange && item.status !== "dropped" && (
        <div>
          <Button size="small" disabled={action.busy} onClick={() => void toggle()} data-testid="carried-toggle">
            {item.status === "open" ? t("tab.commitment.markDone") : t("tab.commitment.reopen")}
          </Button>
        </div>
      )}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </li>
  );
}

export interface CarriedForwardSectionProps {
  view: AgendaView;
  me: Me;
}

export function CarriedForwardSection({ view, me }: CarriedForwardSectionProps) {
  const t = useT();
  const styles = useStyles();
  const titleId = useId("tab-carried-forward");
  // A change event without the field (an older server) must not wipe what we already show.
  const [carried, setCarried] = useState<CarriedForward | undefined>(view.carriedForward);
  useEffect(() => {
    if (view.carriedForward) setCarried(view.carriedForward);
  }, [view.carriedForward]);
  // Marked done here: shown as done (with Reopen) until the next view leaves it out.
  const [statuses, setStatuses] = useState<Record<string, CommitmentStatus>>({});

  if (!carried || carried.items.length === 0) return null;
  const more = carried.total - carried.items.length;
  const overdue = carried.items.filter((c) => isOverdue(c.dueDate, statuses[c.id] ?? c.status)).length;
  return (
    <section className={styles.root} data-testid="tab-carried-forward" aria-labelledby={titleId}>
      <h3 className={styles.heading} id={titleId} data-testid="tab-carried-heading">
        <CarriedHeadingText total={carried.total} overdue={overdue} />
      </h3>
      <Text size={200} className={styles.meta}>
        {t("tab.carried.intro")}
      </Text>
      <ul className={styles.list}>
        {carried.items.map((c) => (
          <CarriedItem
            key={c.id}
            item={{ ...c, status: statuses[c.id] ?? c.status }}
            canChange={me.isPmo || c.ownerEmail === me.email || c.meeting.organizerEmail === me.email}
            onStatus={(id, status) => setStatuses((s) => ({ ...s, [id]: status }))}
          />
        ))}
      </ul>
      {more > 0 && (
        <Text size={200} className={styles.meta}>
          {t("tab.carried.more", { count: more, shown: carried.items.length })}
        </Text>
      )}
    </section>
  );
}
