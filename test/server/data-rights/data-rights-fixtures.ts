// One organization's data, made through the API the way people make it (objective, departments,
// directory, a meeting with attendees, a contribution, commitments with history, reminders in the
// outbox, an idempotency answer), plus a To Do link (no Graph here, so inserted). Every tenant gets
// its own ids, so suites can share one PostgreSQL database.
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { expect } from "vitest";
import type { Agenda, Commitment, Contribution } from "../../../src/core/api/contract";
import type { TestApp } from "../api-helper";

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export interface SeededTenant {
  tenantId: string;
  organizer: string;
  person: { email: string; name: string; department: string };
  other: { email: string; name: string };
  tokens: { organizer: string; person: string; other: string; pmo: string; admin: string };
  agenda: Agenda;
  contribution: Contribution;
  /** Owned by `person`, created by the organizer. */
  owned: Commitment;
  /** Owned by `other`, created by `person`. */
  createdByPerson: Commitment;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function ok(res: LightMyRequestResponse, status: number, what: string): void {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBe(status);
}

export async function seedTenantData(t: TestApp, o: { endsDaysAgo?: number } = {}): Promise<SeededTenant> {
  const tag = randomUUID().slice(0, 8);
  const tenantId = `t-${tag}`;
  const organizer = `hanako.sato@${tag}.example`;
  const person = { email: `aiko.tanaka@${tag}.example`, name: `田中 愛子 ${tag}`, department: "企画部" };
  const other = { email: `ken.suzuki@${tag}.example`, name: `鈴木 健 ${tag}` };
  const token = (email: string, roles?: string[]) => t.tokenFor(email, { tenantId, ...(roles ? { roles } : {}) });
  const tokens = {
    organizer: await token(organizer),
    person: await token(person.email, undefined),
    other: await token(other.email),
    pmo: await token(`pmo@${tag}.example`, ["PMO"]),
    admin: await token(`admin@${tag}.example`, ["Admin"]),
  };
  const post = (url: string, tok: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...auth(tok), ...headers }, payload: payload as string });

  ok(await post("/api/objectives", tokens.organizer, { title: `大手企業向けのCRMビジネスを拡大する ${tag}` }), 201, "objective");
  for (const name of ["営業部", "企画部", "技術部"]) ok(await post("/api/departments", tokens.organizer, { name, mission: `${name}のミッション` }), 201, `department ${name}`);
  ok(
    await post(
      "/api/directory/import",
      tokens.pmo,
      `email,name,department,time_zone,language\n${organizer},佐藤 花子,営業部,,\n${person.email},${person.name},${person.department},Asia/Tokyo,ja\n${other.email},${other.name},技術部,,\n`,
      { "content-type": "text/csv" },
    ),
    200,
    "directory",
  );
  const ends = new Date(Date.now() - (o.endsDaysAgo ?? 1) * 86_400_000);
  const agendaRes = await post("/api/agendas", tokens.organizer, {
    subject: `CRM 定例 ${tag}`,
    objectiveTitle: `大手企業向けのCRMビジネスを拡大する ${tag}`,
    desiredOutcome: "次の四半期の分担を決める",
    departments: [{ name: "営業部", mission: "" }, { name: "企画部", mission: "" }, { name: "技術部", mission: "" }],
    attendees: [
      { email: person.email, name: person.name, department: person.department },
      { email: other.email, name: other.name, department: "技術部" },
    ],
    obstacles: ["予算"],
    lang: "ja",
    startsAt: new Date(ends.getTime() - 3_600_000).toISOString(),
    endsAt: ends.toISOString(),
  });
  ok(agendaRes, 201, "agenda");
  const agenda = agendaRes.json() as Agenda;
  const contributionRes = await post(`/api/agendas/${agenda.id}/contributions`, tokens.person, { department: person.department, text: `${person.name} が提案書を用意します` }, { "idempotency-key": `k-${tag}` });
  ok(contributionRes, 201, "contribution");
  const contribution = contributionRes.json() as Contribution;
  const ownedRes = await post(`/api/agendas/${agenda.id}/commitments`, tokens.organizer, { ownerEmail: person.email, action: "提案書を作る", dueDate: day(-2), confirmPastDue: true });
  ok(ownedRes, 201, "owned commitment");
  const owned = ownedRes.json() as Commitment;
  const otherRes = await post(`/api/agendas/${agenda.id}/commitments`, tokens.person, { ownerEmail: other.email, action: "検証環境を用意する", dueDate: day(5) });
  ok(otherRes, 201, "commitment created by the person");
  const createdByPerson = otherRes.json() as Commitment;
  const patched = await t.app.inject({ method: "PATCH", url: `/api/commitments/${createdByPerson.id}`, headers: auth(tokens.organizer), payload: { action: "検証環境を用意する（二台）" } });
  ok(patched, 200, "history");
  // The person's department asks 技術部 for help, and the other answers with a counter-offer.
  const asked = await post(`/api/agendas/${agenda.id}/requests`, tokens.person, { fromDepartment: person.department, toDepartment: "技術部", text: `${person.name} から: 検証環境を貸してほしい` });
  ok(asked, 201, "request");
  ok(await post(`/api/requests/${(asked.json() as { id: string }).id}/respond`, tokens.other, { action: "counter", text: "来月なら貸せます" }), 200, "counter-offer");
  // The reminder job mails the person a digest of their overdue commitment (local mode: the outbox).
  ok(await post("/api/reminders/run", tokens.pmo, {}), 200, "reminders");
  await sql`insert into commitment_links (tenant_id, commitment_id, target, container_id, external_id, web_url, etag, synced_by, synced_at)
    values (${tenantId}, ${owned.id}, 'todo', 'list-1', ${`task-${tag}`}, null, null, ${person.email}, ${new Date().toISOString()})`.execute(t.db);
  return { tenantId, organizer, person, other, tokens, agenda, contribution, owned, createdByPerson };
}
