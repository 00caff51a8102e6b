// Section 4: follow-up commitments, and the form to add one.
import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaView, Attendee, Me } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { CommitmentForm } from "./commitment-form";
import { CommitmentItem } from "./commitment-item";
import { departmentNames } from "./department-groups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  muted: { color: tokens.colorNeutralForeground2 },
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
  return (
    <section className={styles.root} data-testid="tab-commitments">
      <Subtitle2 as="h3">
        {t("tab.commitments.title")}
      </Subtitle2>
      {view.commitments.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("tab.commitments.empty")}
        </Text>
      ) : (
        <ul className={styles.list}>
          {view.commitments.map((c) => (
            <CommitmentItem
              key={c.id}
              commitment={c}
              canChange={me.isPmo || c.ownerEmail === me.email || view.agenda.organizerEmail === me.email}
            />
          ))}
        </ul>
      )}
      <Text as="h4" weight="semibold">
        {t("tab.commitment.new")}
      </Text>
      <CommitmentForm
        agendaId={view.agenda.id}
        owners={ownersOf(view, me)}
        defaultOwner={me.email}
        departments={departmentNames(view)}
        objective={view.agenda.objectiveTitle}
      />
    </section>
  );
}
