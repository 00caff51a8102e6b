// Section 2: "what can each of us do for it?", one group per department, everyone writing for theirs.
import { Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AgendaView, Me } from "../../core/api/contract";
import { isOfDepartment } from "../../core/meeting/departments";
import { useT } from "../../components/i18n/use-t";
import { ContributionForm } from "./contribution-form";
import { ContributionItem } from "./contribution-item";
import { contributionGroups, departmentNames } from "./department-groups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface ContributionsSectionProps {
  view: AgendaView;
  me: Me;
}

/** Writes go through the offline queue, which shows their results in the view as they are saved. */
export function ContributionsSection({ view, me }: ContributionsSectionProps) {
  const t = useT();
  const styles = useStyles();
  const groups = contributionGroups(view);
  const formDepartments = departmentNames(view, me.department ? [me.department] : []);
  return (
    <section className={styles.root} data-testid="tab-contributions">
      <Subtitle2 as="h3">
        {t("tab.contributions.title")}
      </Subtitle2>
      <Text size={200}>{t("tab.contributions.hint")}</Text>
      {groups.map((group) => (
        <Card key={group.department} className={styles.card} size="small" data-testid="contribution-group" data-department={group.department}>
          <Text as="h4" weight="semibold">
            {group.department}
          </Text>
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
                  mine={c.authorEmail === me.email || view.agenda.organizerEmail === me.email || (c.proposal !== undefined && isOfDepartment(view.agenda.attendees, me.email, c.department))}
                  canConfirm={isOfDepartment(view.agenda.attendees, me.email, c.department)}
                />
              ))}
            </ul>
          )}
        </Card>
      ))}
      <ContributionForm
        agendaId={view.agenda.id}
        departments={formDepartments}
        myDepartment={me.department}
        objective={view.agenda.objectiveTitle}
      />
    </section>
  );
}
