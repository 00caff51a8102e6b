// Section 4: follow-up commitments — first, compactly, what earlier meetings on this objective still
// owe (carried forward), then this meeting's commitments, then "+ コミットメントを追加" for the form.
import { Button, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { AgendaView, Attendee } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import { useT } from "../../components/i18n/use-t";
import { NumberedHeading } from "../../components/numbered-heading";
import { CarriedForwardSection } from "./carried-forward-section";
import { CommitmentForm } from "./commitment-form";
import { CommitmentItem } from "./commitment-item";
import { departmentNames } from "./department-groups";
import { useHasDraft } from "./offline/use-draft";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  open: { alignSelf: "flex-start" },
});

/** The people a commitment can be given to: the agenda's attendees, plus me if I'm not listed. */
function ownersOf(view: AgendaView, me: Me): Attendee[] {
  const owners = [...view.agenda.attendees];
  if (!owners.some((a) => a.email === me.email)) {
    owners.unshift({ email: me.email, name: me.name, department: me.department, role: "optional" });
  }
  return owners;
}

export interface CommitmentsSectionProps {
  view: AgendaView;
  me: Me;
}

export function CommitmentsSection({ view, me }: CommitmentsSectionProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("tab-commitments");
  const [open, setOpen] = useState(useHasDraft("commitment"));
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const [openedByClick, setOpenedByClick] = useState(false);
  useEffect(() => {
    if (!open && returnFocus.current) opener.current?.focus();
    returnFocus.current = false;
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  const hasCarried = (view.carriedForward?.items.length ?? 0) > 0;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="tab-commitments">
      <NumberedHeading number={4} id={headingId}>
        {t("tab.commitments.title")}
      </NumberedHeading>
      <CarriedForwardSection view={view} me={me} />
      {hasCarried && <h3 className={styles.subheading}><PhraseText>{t("tab.commitments.thisMeeting")}</PhraseText></h3>}
      {view.commitments.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("tab.commitments.empty")}
        </Text>
      ) : (
        <ul className={styles.list}>
          {view.commitments.map((c) => (
            <CommitmentItem key={c.id} commitment={c} canChange={me.isPmo || c.ownerEmail === me.email || view.agenda.organizerEmail === me.email} />
          ))}
        </ul>
      )}
      {open ? (
        <CommitmentForm
          agendaId={view.agenda.id}
          owners={ownersOf(view, me)}
          defaultOwner={me.email}
          departments={departmentNames(view)}
          objective={view.agenda.objectiveTitle}
          onDone={close}
          focusFirst={openedByClick}
        />
      ) : (
        <Button ref={opener} className={styles.open} appearance="subtle" size="small" onClick={() => {
            setOpenedByClick(true);
            setOpen(true);
          }}
          data-testid="commitment-open"
        >
          {t("tab.commitment.open")}
        </Button>
      )}
    </section>
  );
}
