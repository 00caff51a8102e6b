// Inside a department's card in section 2: what others ask of this department and what it asks of
// others, with the answers for whoever's turn it is, and "+ お願いする" for its own people (and the
// organizer, who facilitates).
import { Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { AgendaView } from "../../../core/api/contract";
import type { Me } from "../../../core/api/me-contract";
import { isOfDepartment } from "../../../core/meeting/departments";
import { meetingDepartments, sameDepartment } from "../../../core/meeting/request-rules";
import { useT } from "../../../components/i18n/use-t";
import { useNow } from "../../../components/use-now";
import { RequestAskForm } from "./request-ask-form";
import { RequestItem, homeDepartment } from "./request-item";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface DepartmentRequestsProps {
  view: AgendaView;
  me: Me;
  department: string;
}

export function DepartmentRequests({ view, me, department }: DepartmentRequestsProps) {
  const t = useT();
  const styles = useStyles();
  const headingId = useId("tab-requests");
  // "Waiting since" stays true while the tab stays open, not only when something changes.
  const now = useNow();
  const departments = meetingDepartments(view.agenda);
  // Only departments of the meeting can ask or be asked.
  if (!departments.some((d) => sameDepartment(d, department))) return null;
  const concerns = (r: { toDepartment: string; fromDepartment: string }) => sameDepartment(r.toDepartment, department) || sameDepartment(r.fromDepartment, department);
  const requests = (view.requests ?? []).filter(concerns);
  const carried = (view.carriedRequests ?? []).filter(concerns);
  const ofDepartment = isOfDepartment(view.agenda.attendees, me.email, department);
  const canAsk = ofDepartment || view.agenda.organizerEmail === me.email;
  if (requests.length === 0 && carried.length === 0 && !canAsk) return null;
  // Shown whole once, under the department it is with; the other card has a one-line reference. A
  // request whose home department is not a card of this meeting (carried over) is shown whole here.
  const compact = (r: Parameters<typeof homeDepartment>[0]) => {
    const home = homeDepartment(r);
    return !sameDepartment(home, department) && departments.some((d) => sameDepartment(d, home));
  };
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="department-requests" data-department={department}>
      <h4 id={headingId} className={styles.title}>
        {t("tab.request.title")}
      </h4>
      {requests.length + carried.length > 0 && (
        <ul className={styles.list}>
          {requests.map((r) => (
            <RequestItem key={r.id} request={r} department={department} view={view} myEmail={me.email} ofDepartment={ofDepartment} departments={departments} now={now} compact={compact(r)} />
          ))}
          {carried.map((r) => (
            <RequestItem key={r.id} request={r} department={department} view={view} myEmail={me.email} ofDepartment={ofDepartment} departments={departments} now={now} carriedFrom={r.meeting.subject} compact={compact(r)} />
          ))}
        </ul>
      )}
      {requests.length + carried.length === 0 && (
        <Text size={200} className={styles.title}>
          {t("tab.contributions.empty")}
        </Text>
      )}
      {canAsk && <RequestAskForm agendaId={view.agenda.id} department={department} departments={departments} objective={view.agenda.objectiveTitle} />}
    </section>
  );
}
