// Section 2 in the organizer's task pane, once the agenda is saved: per department of the meeting,
// what is asked of it and what it asks (with how many still wait, and for how long), and — as the
// organizer facilitates — "+ add a request" between two of the meeting's departments. Attendees ask
// and answer in the Teams tab; this is a compact read-out for a 320 px pane that follows their asks
// and answers live (the agenda's change events, from the saved view on) and counts waiting days
// from the current time.
import { Button, Caption1, Field, Input, Select, Text, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import type { AgendaView } from "../../core/api/contract";
import type { DepartmentRequest } from "../../core/api/request-view";
import { daysOpen, sameDepartment, waitingDepartment, waitingSince } from "../../core/meeting/request-rules";
import { useAgendaSubscription } from "../../components/live/use-agenda-subscription";
import { localIsoDate } from "../../components/dates";
import { useT } from "../../components/i18n/use-t";
import { usePorts } from "../../components/ports-context";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";
import { useNow } from "../../components/use-now";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  add: { alignSelf: "flex-start" },
});

export interface PaneRequestsProps {
  /** The meeting's departments, in the agenda's order. */
  departments: readonly string[];
  /** The saved agenda's view: shown at once, then kept current by its change events (not read again). */
  view: AgendaView;
}

export function PaneRequests({ departments, view: saved }: PaneRequestsProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = usePorts();
  const titleId = useId("pane-requests-title");
  const agendaId = saved.agenda.id;
  const live = useAgendaSubscription(agendaId, saved).view ?? saved;
  const fromView = live.requests ?? [];
  // Those the organizer added here, until their change event brings them.
  const [mine, setMine] = useState<DepartmentRequest[]>([]);
  const requests = [...fromView, ...mine.filter((r) => !fromView.some((v) => v.id === r.id))];
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const [from, setFrom] = useState(departments[0] ?? "");
  const [to, setTo] = useState(departments[1] ?? "");
  const [text, setText] = useState("");
  const [neededBy, setNeededBy] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const send = useAction();

  const now = useNow();
  const named = departments.filter((d) => d.trim() !== "");
  const sameAsFrom = from !== "" && sameDepartment(from, to);
  const submit = async () => {
    setSubmitted(true);
    if (text.trim() === "" || from === "" || to === "" || sameAsFrom) return;
    const done = await send.run(() => api.addRequest(agendaId, { fromDepartment: from, toDepartment: to, text: text.trim(), neededBy: neededBy === "" ? null : neededBy }));
    if (done) {
      setMine((list) => [...list, done]);
      setText("");
      setNeededBy("");
      setSubmitted(false);
      setAdding(false);
      setAdded(true);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="pane-requests">
      <h4 id={titleId} className={styles.title}>
        {t("pane.requests.title")}
      </h4>
      {requests.length === 0 && <Caption1 className={styles.muted}>{t("pane.requests.none")}</Caption1>}
      {requests.length > 0 && (
        <ul className={styles.list}>
          {named.map((department) => {
            const incoming = requests.filter((r) => sameDepartment(r.toDepartment, department));
            const outgoing = requests.filter((r) => sameDepartment(r.fromDepartment, department));
            const waiting = requests.filter((r) => sameDepartment(waitingDepartment(r) ?? "", department));
            const longest = Math.max(0, ...waiting.map((r) => daysOpen(waitingSince(r), now)));
            return (
              <li key={department} className={styles.item} data-testid="pane-requests-department" data-department={department}>
                <Text size={200} weight="semibold">
                  {department}
                </Text>
                <Caption1 className={styles.muted} data-testid="pane-requests-counts">
                  {t("pane.requests.summary", { incoming: incoming.length, outgoing: outgoing.length })}
                </Caption1>
                {waiting.length > 0 && (
                  <Caption1 className={styles.muted} data-testid="pane-requests-waiting">
                    {t("pane.requests.waiting", { count: waiting.length, days: longest })}
                  </Caption1>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {added && !adding && (
        <Caption1 role="status" data-testid="pane-requests-added">
          {t("pane.requests.added")}
        </Caption1>
      )}
      {named.length >= 2 && !adding && (
        <Button
          className={styles.add}
          size="small"
          appearance="subtle"
          onClick={() => {
            setAdding(true);
            setAdded(false);
          }}
          data-testid="pane-requests-add"
        >
          {t("pane.requests.add")}
        </Button>
      )}
      {adding && (
        <form
          noValidate
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          data-testid="pane-requests-form"
        >
          <Field label={t("pane.requests.from")} required>
            <Select value={from} onChange={(_, d) => setFrom(d.value)} data-testid="pane-requests-from">
              {named.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("tab.request.to")} required validationMessage={submitted && sameAsFrom ? t("pane.requests.sameDepartment") : undefined}>
            <Select value={to} onChange={(_, d) => setTo(d.value)} data-testid="pane-requests-to">
              {named.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("tab.request.text")} required validationMessage={submitted && text.trim() === "" ? t("common.required") : undefined}>
            <Textarea value={text} resize="vertical" onChange={(_, d) => setText(d.value)} data-testid="pane-requests-text" />
          </Field>
          <Field label={t("tab.request.neededByLabel")}>
            <Input type="date" value={neededBy} min={localIsoDate()} onChange={(_, d) => setNeededBy(d.value)} data-testid="pane-requests-needed-by" />
          </Field>
          <div className={styles.row}>
            <Button type="submit" appearance="primary" size="small" disabled={send.busy} data-testid="pane-requests-submit">
              {t("tab.request.send")}
            </Button>
            <Button size="small" onClick={() => setAdding(false)}>
              {t("common.cancel")}
            </Button>
            <BusyIndicator busy={send.busy} label={t("common.working")} />
          </div>
          <ErrorBar error={send.error} onDismiss={send.clearError} />
        </form>
      )}
    </section>
  );
}
