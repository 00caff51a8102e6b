// People and requests shared by the agenda, contribution, idempotency and live-event tests.
import type { AgendaCreate, Agenda } from "../../../src/core/api/contract";
import { OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import type { TestApp } from "../api-helper";

export const ORGANIZER = "sato@contoso.example";
export const SALES = "tanaka@contoso.example";
export const PLANNING = "suzuki@contoso.example";
export const OUTSIDER = "yamada@contoso.example";
export const OTHER_TENANT = { email: ORGANIZER, tenantId: OTHER_TENANT_ID };

let threadSeq = 0;
/** A fresh meeting thread id: one thread binds to one agenda per tenant, so each meeting gets its own. */
export const freshThreadId = () => `19:meeting_abcDEF${++threadSeq}@thread.v2`;

export function agendaInput(overrides: Partial<AgendaCreate> = {}): AgendaCreate {
  return {
    subject: "CRM 拡大 定例",
    objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
    desiredOutcome: "Decide the first joint pilot",
    departments: [
      { name: "営業部", mission: "Sell" },
      { name: "企画部", mission: "Plan" },
    ],
    attendees: [
      { email: SALES, name: "田中", department: "営業部", role: "required" },
      { email: PLANNING, name: "鈴木", department: "企画部", role: "optional" },
    ],
    lang: "ja",
    startsAt: "2026-12-01T10:00:00+09:00",
    endsAt: "2026-12-01T11:00:00+09:00",
    // One thread binds to one agenda per tenant: tests that need a thread pass freshThreadId().
    teamsThreadId: null,
    joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0",
    ...overrides,
  };
}

export async function bearer(t: TestApp, email: string, o: { tenantId?: string; name?: string; roles?: string[] } = {}) {
  return { authorization: `Bearer ${await t.tokenFor(email, o)}` };
}

/** Creates an agenda through the API as `organizer` and returns it. */
export async function createAgendaVia(t: TestApp, input: AgendaCreate = agendaInput(), organizer = ORGANIZER): Promise<Agenda> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/agendas",
    headers: await bearer(t, organizer, { name: "佐藤" }),
    payload: input,
  });
  if (res.statusCode !== 201) throw new Error(`create agenda failed: ${res.statusCode} ${res.body}`);
  return res.json() as Agenda;
}

export async function countRows(t: TestApp, table: "agendas" | "agenda_attendees" | "contributions" | "idempotency_keys"): Promise<number> {
  const row = await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
