// Tenant isolation, probed on every route of the route table: tenant B's users (its PMO, and a user
// of B who has the same email as A's organizer) call every route with A's ids and with random ids,
// and list everything they can. No 2xx for A's objects, none of A's ids or texts in any body, and
// A's rows unchanged afterwards. The leak count is asserted to be 0.
import type { LightMyRequestResponse } from "fastify";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../server/api-helper";
import type { ApiOperation } from "../../src/server/openapi/openapi-operations";
import {
  B_PMO,
  ORGANIZER,
  TENANT_A,
  TENANT_B,
  apiOperations,
  auth,
  fillPath,
  hasPathParams,
  leaksIn,
  randomIds,
  seedWorld,
  seededRandom,
  type World,
} from "./security-fixtures";

const SEED = Number(process.env.SECURITY_SEED ?? Date.now() % 2_147_483_647);

let t: TestApp;
let world: World;
let callers: { label: string; token: string }[];
let snapshotA: string;

/** What tenant A has, as A's organizer sees it: compared before and after the probes. */
async function snapshotOfA(): Promise<string> {
  const token = await t.tokenFor(ORGANIZER);
  const view = await t.app.inject({ method: "GET", url: `/api/agendas/${world.a.agenda.id}`, headers: auth(token) });
  const pmo = await t.tokenFor("satoshi.yamamoto@contoso.example", { roles: ["PMO"] });
  const all = await t.app.inject({ method: "GET", url: "/api/commitments?limit=200", headers: auth(pmo) });
  const deps = await t.app.inject({ method: "GET", url: "/api/departments", headers: auth(token) });
  const objs = await t.app.inject({ method: "GET", url: "/api/objectives", headers: auth(token) });
  return JSON.stringify([view.json(), all.json(), deps.json(), objs.json()]);
}

/** A body that passes validation for each write route, so only the tenant check can refuse it. */
function validBody(op: ApiOperation): unknown {
  switch (op.body) {
    case "DepartmentUpdate":
      return { mission: "B was here" };
    case "AgendaPatch":
      return { desiredOutcome: "B was here" };
    case "ContributionCreate":
      return { department: world.a.department.name, text: "B was here" };
    case "ContributionPatch":
      return { text: "B was here" };
    case "CommitmentCreate":
      return { ownerEmail: ORGANIZER, action: "B was here", dueDate: "2099-12-31" };
    case "CommitmentPatch":
      return { status: "dropped", note: "B was here" };
    case "CommitmentSyncRequest":
      return { target: "todo" };
    default:
      // A route added later: an empty object passes many schemas; a 400 still proves no leak.
      return op.body ? {} : undefined;
  }
}

/** Queries that name A's things, by parameter name, for the list routes. */
function probeQueries(op: ApiOperation): Record<string, string>[] {
  const keys = op.query ? Object.keys(op.query.shape) : [];
  const a = world.a;
  const byKey: Record<string, string[]> = {
    agenda: [a.agenda.id],
    objective: [a.objective.id],
    teamsThreadId: [a.agenda.teamsThreadId ?? ""],
    joinUrl: [a.agenda.joinUrl ?? ""],
    owner: [a.commitment.ownerEmail, ORGANIZER],
    q: [a.commitment.action, "AAAsecret"],
    department: [a.department.name],
  };
  const queries: Record<string, string>[] = [{}];
  for (const key of keys) for (const value of byKey[key] ?? []) queries.push({ [key]: value });
  if (keys.includes("from") && keys.includes("to")) queries.push({ from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z" });
  if (keys.includes("mine")) queries.push({ mine: "true" });
  return queries;
}

/** The body as text; a workbook (a zip) is unpacked, so its cells are scanned too. */
function readableBody(res: LightMyRequestResponse): string {
  if (!String(res.headers["content-type"] ?? "").includes("spreadsheetml")) return res.body;
  const files = unzipSync(new Uint8Array(res.rawPayload));
  return Object.values(files).map((bytes) => new TextDecoder().decode(bytes)).join("\n");
}

beforeAll(async () => {
  // Limits off: this suite makes many requests as one user on purpose.
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
  world = await seedWorld(t);
  callers = [
    { label: "B's PMO", token: await t.tokenFor(B_PMO, { tenantId: TENANT_B, roles: ["PMO"] }) },
    // Same email as A's organizer, but in tenant B: email-based checks must be tenant-scoped too.
    { label: "B's namesake of A's organizer", token: await t.tokenFor(ORGANIZER, { tenantId: TENANT_B, roles: ["PMO"] }) },
  ];
  snapshotA = await snapshotOfA();
  console.info(`tenant isolation: random ids seeded with SECURITY_SEED=${SEED}`);
});

afterAll(async () => t?.close());

describe("tenant isolation", () => {
  it("the world has rows in both tenants, and A's own users see them (the probes can see a leak)", async () => {
    expect(world.a.tenantId).toBe(TENANT_A);
    expect(world.a.ids.length).toBeGreaterThan(10);
    const res = await t.app.inject({ method: "GET", url: `/api/agendas/${world.a.agenda.id}`, headers: auth(await t.tokenFor(ORGANIZER)) });
    expect(res.statusCode).toBe(200);
    expect(leaksIn(res.body, world.a.texts).length).toBeGreaterThan(5);
  });

  it("every route with path parameters, called by tenant B with A's ids and random ids: 0 leaks, 0 writes", async () => {
    const random = seededRandom(SEED);
    const routes = apiOperations().filter((op) => op.auth && hasPathParams(op));
    expect(routes.length).toBeGreaterThanOrEqual(9);
    const needles = [...world.a.ids, ...world.a.texts];
    let probes = 0;
    const leaks: string[] = [];
    for (const op of routes) {
      // Random ids first: what a route answers for an id that exists nowhere is what it must answer for A's.
      const ids = [...randomIds(15, random), ...world.a.ids];
      const unknownStatuses = new Set<number>();
      for (const id of ids) {
        for (const caller of callers) {
          const url = fillPath(op.path, id);
          const body = validBody(op);
          const res = await t.app.inject({
            method: op.method.toUpperCase() as "GET",
            url: op.method === "get" && op.path.endsWith("/render") ? `${url}?format=html` : url,
            headers: { ...auth(caller.token), ...(op.ifMatch ? { "if-match": '"1"' } : {}) },
            ...(body !== undefined ? { payload: body as object } : {}),
          });
          probes += 1;
          const found = leaksIn(res.body, needles.filter((n) => n !== id));
          if (res.statusCode < 300 && world.a.ids.includes(id)) leaks.push(`${caller.label}: ${op.method} ${op.path} (${id}) → ${res.statusCode}`);
          if (found.length > 0) leaks.push(`${caller.label}: ${op.method} ${op.path} (${id}) → ${res.statusCode} carries ${found.join(", ")}`);
          // Never a 2xx, never a 403 (which would confirm the id exists), and for A's ids nothing but
          // what an unknown id gets (404 on every route today): no existence oracle.
          expect(res.statusCode, `${op.method} ${url}: ${res.body.slice(0, 200)}`).not.toBe(403);
          expect(res.statusCode).toBeGreaterThanOrEqual(400);
          if (!world.a.ids.includes(id)) unknownStatuses.add(res.statusCode);
          else expect([...unknownStatuses], `${op.method} ${op.path} with A's id → ${res.statusCode}: ${res.body.slice(0, 200)}`).toContain(res.statusCode);
        }
      }
    }
    console.info(`tenant isolation: ${routes.length} routes with ids, ${probes} probes, ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    expect(probes).toBeGreaterThan(300);
    expect(await snapshotOfA()).toBe(snapshotA);
  });

  it("every list and read route without path parameters, called by tenant B: none of A's rows", async () => {
    const routes = apiOperations().filter((op) => op.auth && !hasPathParams(op) && (op.method === "get" || op.operationId === "resolveDirectory" || op.operationId === "analyzeWording"));
    expect(routes.map((op) => op.operationId)).toEqual(
      expect.arrayContaining(["me", "listObjectives", "listDepartments", "findAgendas", "listCommitments", "exportCommitments", "dashboardSummary"]),
    );
    const needles = [...world.a.ids, ...world.a.texts, "佐藤 花子", "営業部"];
    let probes = 0;
    let ok = 0;
    const leaks: string[] = [];
    for (const op of routes) {
      for (const query of probeQueries(op)) {
        for (const caller of callers) {
          const payload =
            op.operationId === "resolveDirectory"
              ? { emails: [ORGANIZER, "misaki.tanaka@contoso.example", "satoshi.yamamoto@contoso.example"] }
              : op.operationId === "analyzeWording"
                ? { text: "それは営業部の仕事でしょう" }
                : undefined;
          const res = await t.app.inject({
            method: op.method.toUpperCase() as "GET",
            url: op.path,
            query,
            headers: auth(caller.token),
            ...(payload ? { payload } : {}),
          });
          probes += 1;
          if (res.statusCode < 300) ok += 1;
          expect(res.statusCode, `${op.path} ${JSON.stringify(query)}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
          // The coach echoes the text it was given; everything else must not know A's words.
          const found = leaksIn(readableBody(res), op.operationId === "analyzeWording" ? world.a.ids : needles);
          if (found.length > 0) leaks.push(`${caller.label}: ${op.path} ${JSON.stringify(query)} → ${found.join(", ")}`);
        }
      }
    }
    console.info(`tenant isolation: ${routes.length} list/read routes, ${probes} probes (${ok} answered 2xx), ${leaks.length} leaks`);
    expect(leaks).toEqual([]);
    // Most probes were answered (B's own data), so the absence of A's rows means something.
    expect(ok).toBeGreaterThan(probes / 2);
    expect(probes).toBeGreaterThan(25);
  });

  it("writes by tenant B that name A's ids in the body are refused, and A's Idempotency-Key replays nothing to B", async () => {
    const token = callers[0]?.token ?? "";
    const b = world.b;
    const a = world.a;
    const probes = [
      { method: "POST", url: "/api/agendas", payload: { objectiveTitle: "x", objectiveId: a.objective.id } },
      { method: "PATCH", url: `/api/agendas/${b.agenda.id}`, payload: { objectiveId: a.objective.id }, ifMatch: true },
      { method: "POST", url: `/api/agendas/${b.agenda.id}/commitments`, payload: { ownerEmail: B_PMO, action: "x", dueDate: "2099-12-31", contributionId: a.contribution.id } },
    ] as const;
    for (const p of probes) {
      const version = (await t.app.inject({ method: "GET", url: `/api/agendas/${b.agenda.id}`, headers: auth(token) })).headers.etag as string;
      const res = await t.app.inject({
        method: p.method,
        url: p.url,
        headers: { ...auth(token), ...("ifMatch" in p ? { "if-match": version } : {}) },
        payload: p.payload,
      });
      expect(res.statusCode, `${p.method} ${p.url}: ${res.body}`).toBe(400);
      expect(leaksIn(res.body, [...a.ids, ...a.texts])).toEqual([]);
    }
    // The same Idempotency-Key and body from A then B: B's request runs as B's own write.
    const key = "shared-key-0001";
    const payload = { title: "Same title", description: "same" };
    const first = await t.app.inject({ method: "POST", url: "/api/objectives", headers: { ...auth(await t.tokenFor(ORGANIZER)), "idempotency-key": key }, payload });
    const second = await t.app.inject({ method: "POST", url: "/api/objectives", headers: { ...auth(token), "idempotency-key": key }, payload });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect((second.json() as { id: string }).id).not.toBe((first.json() as { id: string }).id);
    const namesake = await t.app.inject({ method: "POST", url: "/api/objectives", headers: { ...auth(callers[1]?.token ?? ""), "idempotency-key": key }, payload });
    expect((namesake.json() as { id: string }).id).not.toBe((first.json() as { id: string }).id);
    expect(await snapshotOfA()).not.toBe(""); // A still answers (the probes above broke nothing)
  });

  it("B's lists do contain B's own rows (the filter is the tenant, not everything)", async () => {
    const token = callers[0]?.token ?? "";
    const res = await t.app.inject({ method: "GET", url: "/api/commitments", headers: auth(token) });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(world.b.commitment.id);
    const xlsx = await t.app.inject({ method: "GET", url: "/api/commitments/export.xlsx", headers: auth(token) });
    expect(xlsx.statusCode).toBe(200);
    expect(readableBody(xlsx)).toContain(world.b.commitment.action);
    const objectives = await t.app.inject({ method: "GET", url: "/api/objectives", headers: auth(token) });
    expect(objectives.body).toContain(world.b.objective.id);
  });
});
