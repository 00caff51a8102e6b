// Section 2: "what can each of us do for it?" — one card per department, each with its entries and its
// own "+ 追加", so nobody faces an open form for a department that isn't theirs.
import { Card, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { AgendaView } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import { departmentKey, isOfDepartment } from "../../core/meeting/departments";
import { useT } from "../../components/i18n/use-t";
import { NumberedHeading } from "../../components/numbered-heading";
import { ContributionForm } from "./contribution-form";
import { ContributionItem } from "./contribution-item";
import { contributionGroups, departmentNames, type ContributionGroup } from "./department-groups";
import { DepartmentRequests } from "./requests/department-requests";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  cardHead: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  department: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  count: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface DepartmentCardProps {
  group: ContributionGroup;
  view: AgendaView;
  me: Me;
  departments: readonly string[];
}

function DepartmentCard({ group, view, me, departments }: DepartmentCardProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("tab-department");
  const mineDepartment = departmentKey(group.department) === departmentKey(me.department);
  // The organizer's proposal for a department is for its people to confirm or change.
  const ofDepartment = isOfDepartment(view.agenda.attendees, me.email, group.department);
  return (
    <Card
      className={styles.card}
      size="small"
      appearance={mineDepartment ? "filled-alternative" : "filled"}
      role="group"
      aria-labelledby={headingId}
      data-testid="contribution-group"
      data-department={group.department}
    >
      <div className={styles.cardHead}>
        <h3 id={headingId} className={styles.department}>
          {group.department}
        </h3>
        {group.contributions.length > 0 && (
          <Text size={200} className={styles.count}>
            {t("tab.contribution.count", { count: group.contributions.length })}
          </Text>
        )}
      </div>
      {group.contributions.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("tab.contributions.empty")}
        </Text>
      ) : (
        <ul className={styles.list}>
          {group.contributions.map((c) => (
            <ContributionItem
              key={c.id}
              contribution={c}
              mine={c.authorEmail === me.email || view.agenda.organizerEmail === me.email || (c.proposal !== undefined && ofDepartment)}
              canConfirm={ofDepartment}
              attendees={view.agenda.attendees}
            />
          ))}
        </ul>
      )}
      <ContributionForm agendaId={view.agenda.id} department={group.department} departments={departments} objective={view.agenda.objectiveTitle} />
      <DepartmentRequests view={view} me={me} department={group.department} />
    </Card>
  );
}

export interface ContributionsSectionProps {
  view: AgendaView;
  me: Me;
}

/** Writes go through the offline queue, which shows their results in the view as they are saved. */
export function ContributionsSection({ view, me }: ContributionsSectionProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("tab-contributions");
  // My department gets a card even before anyone has written for it.
  const extra = me.department ? [me.department] : [];
  const groups = contributionGroups(view, extra);
  const departments = departmentNames(view, extra);
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="tab-contributions">
      <NumberedHeading number={2} id={headingId}>
        {t("tab.contributions.title")}
      </NumberedHeading>
      <Text size={200} className={styles.hint}>
        {t("tab.contributions.hint")}
      </Text>
      {groups.map((group) => (
        <DepartmentCard key={group.department} group={group} view={view} me={me} departments={departments} />
      ))}
    </section>
  );
}
