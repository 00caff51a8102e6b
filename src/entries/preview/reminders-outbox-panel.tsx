// The preview's window on the reminders: in local mode the Notifier writes to an outbox table instead
// of mailboxes, and this panel lists it (newest first) with the PMO's "send reminders now" action.
import { Button, Caption1, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { OutboxMessage, ReminderKind } from "../../core/api/reminders-contract";
import type { DemoPerson } from "../../core/demo/demo-people";
import { useT } from "../../components/i18n/use-t";
import { RelativeTime } from "../../components/relative-time";
import type { MessageKey } from "../../components/i18n/messages-ja";
import { createDevTokenAuth } from "../../platform/auth/dev-token-auth";
import { createRemindersApi } from "../../platform/http/api-client";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  error: { color: tokens.colorPaletteRedForeground1 },
  body: { whiteSpace: "pre-wrap", margin: 0, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
});

const KIND_KEYS: Record<ReminderKind, MessageKey> = {
  "due-digest": "reminders.kind.dueDigest",
  "pmo-weekly-summary": "reminders.kind.pmoWeeklySummary",
  "request-reminder": "reminders.kind.requestReminder",
  "request-escalation": "reminders.kind.requestEscalation",
};

export function RemindersOutboxPanel({ baseUrl, pmo, headingLevel = 3 }: { baseUrl: string; pmo: DemoPerson; headingLevel?: 2 | 3 | 4 }) {
  const t = useT();
  const styles = useStyles();
  const api = useMemo(
    () => createRemindersApi({ baseUrl, auth: createDevTokenAuth({ baseUrl, email: pmo.email, name: pmo.name, roles: [...pmo.roles] }) }),
    [baseUrl, pmo],
  );
  const [messages, setMessages] = useState<OutboxMessage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ran, setRan] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setMessages(await api.listOutbox({ limit: 50 }));
      setError(null);
    } catch (e) {
      setError(t("reminders.outbox.error", { message: e instanceof Error ? e.message : String(e) }));
    }
  }, [api, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const runNow = async () => {
    setBusy(true);
    try {
      const result = await api.runReminders();
      setRan(t("reminders.outbox.ran", { ...result }));
      await load();
    } catch (e) {
      setError(t("reminders.outbox.error", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.panel} aria-label={t("reminders.outbox.title")} data-testid="reminders-outbox">
      <Subtitle2 as={`h${headingLevel}`}>{t("reminders.outbox.title")}</Subtitle2>
      <Caption1>{t("reminders.outbox.hint")}</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void runNow()} data-testid="reminders-run">
          {t("reminders.outbox.run")}
        </Button>
        <Button disabled={busy} onClick={() => void load()}>
          {t("reminders.outbox.refresh")}
        </Button>
        {ran && (
          <Text role="status" data-testid="reminders-ran">
            {ran}
          </Text>
        )}
      </div>
      {error && (
        <Text role="alert" className={styles.error}>
          {error}
        </Text>
      )}
      {messages && messages.length === 0 && <Text data-testid="reminders-empty">{t("reminders.outbox.empty")}</Text>}
      {messages && messages.length > 0 && (
        <Table size="small" aria-label={t("reminders.outbox.label")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("reminders.outbox.col.sentAt")}</TableHeaderCell>
              <TableHeaderCell>{t("reminders.outbox.col.recipient")}</TableHeaderCell>
              <TableHeaderCell>{t("reminders.outbox.col.kind")}</TableHeaderCell>
              <TableHeaderCell>{t("reminders.outbox.col.subject")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {messages.map((m) => (
              <TableRow key={m.id} data-testid="reminders-row">
                <TableCell>
                  <RelativeTime iso={m.createdAt} />
                </TableCell>
                <TableCell>{m.recipient}</TableCell>
                <TableCell>{`${t(KIND_KEYS[m.kind])} (${m.period})`}</TableCell>
                <TableCell>
                  {/* React escapes the text: a commitment's words can't become markup here. */}
                  <details>
                    <summary>{m.subject}</summary>
                    <pre className={styles.body}>{m.bodyText}</pre>
                  </details>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
