// A world of two tenants for the security suites: the demo seed (both tenants), plus one meeting per
// tenant made through the API with marker texts, so a leak of any of tenant A's rows is visible in
// any response body as one of A's ids or texts.
import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { Agenda, Commitment, Contribution, Department, Objective } from "../../src/core/api/contract";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../src/server/demo/demo-ids";
import { seedDemoData } from "../../src/server/demo/seed-demo";
import { API_OPERATIONS, type ApiOperation } from "../../src/server/openapi/openapi-operations";
import type { TestApp } from "../server/api-helper";

export const TENANT_A = DEMO_TENANT_ID;
export const TENANT_B = OTHER_TENANT_ID;

/** Tenant A's cast (demo people): who plays which role on A's probe meeting. */
export const ORGANIZER = "hanako.sato@contoso.example";
export const ATTENDEE = "misaki.tanaka@contoso.example";
/** An attendee who wrote nothing and owns nothing: may read, may not change others' rows. */
export const OTHER_ATTENDEE = "ken.takahashi@contoso.example";
export const NON_ATTENDEE = "yumi.watanabe@contoso.example";
/** PMO of tenant A, not invited to the probe meeting. */
export const PMO = "satoshi.yamamoto@contoso.example";
/** Tenant B's PMO (the demo seed's second tenant). */
export const B_PMO = "john.smith@fabrikam.example";

export type Json = Record<string, unknown>;

export interface TenantRows {
  tenantId: string;
  objective: Objective;
  department: Department;
  agenda: Agenda;
  contribution: Contribution;
  commitment: Commitment;
  /** Every id of this tenant that a response could carry. */
  ids: string[];
  /** Texts only this tenant wrote (markers), which must never appear in another tenant's responses. */
  texts: string[];
}

export interface World {
  a: TenantRows;
  b: TenantRows;
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export function json<T = Json>(res: LightMyRequestResponse): T {
  return res.json() as T;
}

/** Fills every `:param` of a route pattern with `id` (URL-encoded). */
export function fillPath(path: string, id: string): string {
  return path.replace(/:([A-Za-z]+)/g, () => encodeURIComponent(id));
}

export const hasPathParams = (op: ApiOperation) => /:[A-Za-z]/.test(op.path);
export const apiOperations = (): readonly ApiOperation[] => API_OPERATIONS;

async function expectStatus(res: LightMyRequestResponse, status: number, what: string): Promise<void> {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBe(status);
}

/** One tenant's probe meeting, made through the API by `organizer` with marker texts. */
export async function seedTenant(
  t: TestApp,
  o: { tenantId: string; organizer: string; attendee: string; tag: string; organizerToken: string; attendeeToken: string },
): Promise<TenantRows> {
  const mark = (what: string) => `${o.tag}-${what}-${randomUUID().slice(0, 8)}`;
  const headers = auth(o.organizerToken);
  const objRes = await t.app.inject({ method: "POST", url: "/api/objectives", headers, payload: { title: mark("objective"), description: mark("objdesc") } });
  await expectStatus(objRes, 201, "objective");
  const objective = json<Objective>(objRes);
  const deptName = mark("dept");
  const depRes = await t.app.inject({ method: "POST", url: "/api/departments", headers, payload: { name: deptName, mission: mark("mission") } });
  await expectStatus(depRes, 201, "department");
  const department = json<Department>(depRes);
  const thread = `19:meeting_${o.tag}${randomUUID().replaceAll("-", "")}@thread.v2`;
  const agRes = await t.app.inject({
    method: "POST",
    url: "/api/agendas",
    headers,
    payload: {
      subject: mark("subject"),
      objectiveId: objective.id,
      objectiveTitle: objective.title,
      desiredOutcome: mark("outcome"),
      departments: [{ name: deptName, mission: department.mission }],
      attendees: [{ email: o.attendee, name: mark("attendee-name"), department: deptName }],
      obstacles: [mark("obstacle")],
      lang: "en",
      startsAt: "2026-11-20T01:00:00Z",
      endsAt: "2026-11-20T02:00:00Z",
      teamsThreadId: thread,
      joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0`,
    },
  });
  await expectStatus(agRes, 201, "agenda");
  const agenda = json<Agenda>(agRes);
  const coRes = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${agenda.id}/contributions`,
    headers: auth(o.attendeeToken),
    payload: { department: deptName, text: mark("contribution") },
  });
  await expectStatus(coRes, 201, "contribution");
  const contribution = json<Contribution>(coRes);
  const cmRes = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${agenda.id}/commitments`,
    headers: auth(o.attendeeToken),
    payload: { ownerEmail: o.attendee, action: mark("action"), dueDate: "2099-12-10", servesObjective: mark("serves"), contributionId: contribution.id },
  });
  await expectStatus(cmRes, 201, "commitment");
  const commitment = json<Commitment>(cmRes);
  const texts = [
    objective.title,
    objective.description,
    department.name,
    department.mission,
    agenda.subject,
    agenda.desiredOutcome,
    ...agenda.obstacles,
    ...agenda.attendees.map((a) => a.name).filter((n) => n.startsWith(o.tag)),
    contribution.text,
    commitment.action,
    commitment.servesObjective,
    thread,
  ];
  const ids = [objective.id, department.id, agenda.id, contribution.id, commitment.id];
  return { tenantId: o.tenantId, objective, department, agenda, contribution, commitment, ids, texts };
}

/** Both demo tenants seeded, and a probe meeting in each made through the API. */
export async function seedWorld(t: TestApp): Promise<World> {
  await seedDemoData(t.db);
  const a = await seedTenant(t, {
    tenantId: TENANT_A,
    organizer: ORGANIZER,
    attendee: ATTENDEE,
    tag: "AAAsecret",
    organizerToken: await t.tokenFor(ORGANIZER),
    attendeeToken: await t.tokenFor(ATTENDEE),
  });
  const bAttendee = "jane.doe@fabrikam.example";
  const b = await seedTenant(t, {
    tenantId: TENANT_B,
    organizer: B_PMO,
    attendee: bAttendee,
    tag: "BBBown",
    organizerToken: await t.tokenFor(B_PMO, { tenantId: TENANT_B, roles: ["PMO"] }),
    attendeeToken: await t.tokenFor(bAttendee, { tenantId: TENANT_B }),
  });
  // Every row tenant A has in the database (demo seed included) counts as A's.
  for (const table of ["objectives", "departments", "agendas", "contributions", "commitments"] as const) {
    const rows = await t.db.selectFrom(table).select("id").where("tenant_id", "=", TENANT_A).execute();
    for (const r of rows) if (!a.ids.includes(r.id)) a.ids.push(r.id);
  }
  return { a, b };
}

/** Which of `needles` occur in `body` (case-sensitive; ids are URL-safe, so encoding does not hide them). */
export function leaksIn(body: string, needles: readonly string[]): string[] {
  return needles.filter((n) => n !== "" && body.includes(n));
}

/** Random id-shaped and odd strings for path parameters (seeded by the caller's RNG). */
export function randomIds(count: number, random: () => number): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const length = 1 + Math.floor(random() * 40);
    let id = "";
    for (let j = 0; j < length; j += 1) id += alphabet[Math.floor(random() * alphabet.length)];
    out.push(id);
  }
  return out;
}

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its logged seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let r = Math.imul(s ^ (s >>> 15), 1 | s);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
