// Who may call what, for every route of the route table, as a table of expected statuses per role,
// derived from DESIGN.md §1/§5 and the access rules in src/server (agenda-access.ts,
// commitment-access.ts, contribution.service.ts, directory-import.ts, dashboard.service.ts):
// - an agenda and everything hung on it: its organizer and attendees only (others 403); PMOs are
//   not attendees, so a meeting they were not invited to is closed to them too;
// - an agenda's own fields (agenda-field-rights.ts, DESIGN.md §5): who is invited, the subject, the
//   objective and desired outcome, departments, language, dates, the Teams thread, the join URL and
//   the Outlook ids change by the organizer only; attendees change the obstacles (and, through their
//   own routes, their contributions and commitments). Each field group is a variant below;
// - a contribution changes by its author or the organizer; a commitment by its owner, the
//   organizer or a PMO;
// - a request between departments (お願い) is asked for one's own department (the organizer: any of
//   the meeting's), changed by the asking department or the organizer, answered by the department
//   whose turn it is (409 for the other one); the list shows the meetings one attends (PMO: all);
// - the tenant-wide commitment list, export, dashboard and directory import: PMO only;
// - the libraries (objectives, departments), the directory, the coach, /api/me: anyone signed in;
//   editing, archiving and merging library objectives and changing a department: PMO only.
// A route added to the table without a row here fails the suite, so new routes get a decision.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Commitment, Contribution } from "../../src/core/api/contract";
import type { ApiOperation } from "../../src/server/openapi/openapi-operations";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { ATTENDEE, NON_ATTENDEE, ORGANIZER, OTHER_ATTENDEE, PMO, apiOperations, auth, fillPath, seedWorld, type World } from "./security-fixtures";

const ROLES = ["organizer", "attendee", "otherAttendee", "nonAttendee", "pmo"] as const;
type Role = (typeof ROLES)[number];
type Row = Record<Role, number>;

const all = (status: number): Row => ({ organizer: status, attendee: status, otherAttendee: status, nonAttendee: status, pmo: status });
/** The agenda's people get `ok`; the rest of the tenant (PMO included) 403. */
const meeting = (ok: number): Row => ({ organizer: ok, attendee: ok, otherAttendee: ok, nonAttendee: 403, pmo: 403 });
/** The meeting's organizer only: attendees, the rest of the tenant and PMOs 403. */
const organizerOnly = (ok: number): Row => ({ organizer: ok, attendee: 403, otherAttendee: 403, nonAttendee: 403, pmo: 403 });
const pmoOnly = (ok: number): Row => ({ organizer: 403, attendee: 403, otherAttendee: 403, nonAttendee: 403, pmo: ok });

/** operationId (+ variant) → expected status per role. "attendee" authored the contribution and owns the commitment. */
const EXPECTED: Record<string, Row> = {
  health: all(200),
  openapi: all(200),
  clientConfig: all(200),
  devToken: all(200),
  me: all(200),
  listObjectives: all(200),
  createObjective: all(201),
  // The objective library is curated by PMOs (edit, archive, merge).
  patchObjective: pmoOnly(200),
  mergeObjective: pmoOnly(200),
  listDepartments: all(200),
  createDepartment: all(201),
  updateDepartment: pmoOnly(200),
  resolveDirectory: all(200),
  importDirectory: pmoOnly(200),
  createAgenda: all(201),
  findAgendas: all(200),
  getAgenda: meeting(200),
  // desiredOutcome; then one variant per group of fields (probesOf builds each).
  patchAgenda: organizerOnly(200),
  "patchAgenda?obstacles": meeting(200),
  "patchAgenda?attendees": organizerOnly(200),
  "patchAgenda?subject": organizerOnly(200),
  "patchAgenda?objective": organizerOnly(200),
  "patchAgenda?departments": organizerOnly(200),
  "patchAgenda?lang": organizerOnly(200),
  "patchAgenda?dates": organizerOnly(200),
  "patchAgenda?teamsThreadId": organizerOnly(200),
  "patchAgenda?joinUrl": organizerOnly(200),
  "patchAgenda?outlookIds": organizerOnly(200),
  renderAgenda: meeting(200),
  agendaEvents: meeting(200),
  addContribution: meeting(201),
  updateContribution: { organizer: 200, attendee: 200, otherAttendee: 403, nonAttendee: 403, pmo: 403 },
  deleteContribution: { organizer: 204, attendee: 204, otherAttendee: 403, nonAttendee: 403, pmo: 403 },
  addCommitment: meeting(201),
  updateCommitment: { organizer: 200, attendee: 200, otherAttendee: 403, nonAttendee: 403, pmo: 200 },
  listCommitments: pmoOnly(200),
  "listCommitments?mine": all(200),
  "listCommitments?agenda": { ...meeting(200), pmo: 200 },
  // The probe request is asked by the attendee's department of 企画部 (otherAttendee's).
  addRequest: { organizer: 201, attendee: 201, otherAttendee: 403, nonAttendee: 403, pmo: 403 },
  updateRequest: { organizer: 200, attendee: 200, otherAttendee: 403, nonAttendee: 403, pmo: 403 },
  // The organizer attends for neither department; the asker waits for the asked department's answer.
  respondToRequest: { organizer: 403, attendee: 409, otherAttendee: 200, nonAttendee: 403, pmo: 403 },
  listRequests: all(200),
  requestSummary: pmoOnly(200),
  exportRequests: pmoOnly(200),
  exportRequestsXlsx: pmoOnly(200),
  // The tenant's reminder threshold of requests: Admin or PMO (none of the other roles is Admin).
  getRequestReminders: pmoOnly(200),
  setRequestReminders: pmoOnly(200),
  analyzeWording: all(200),
  exportCommitments: pmoOnly(200),
  "exportCommitments?mine": all(200),
  "exportCommitments?agenda": { ...meeting(200), pmo: 200 },
  dashboardSummary: pmoOnly(200),
  // Carry-forward of earlier meetings' open commitments: documented as open to any user of the tenant.
  openCommitmentsForObjective: all(200),
  exportCommitmentsXlsx: pmoOnly(200),
  runReminders: pmoOnly(200),
  // Everyone sees their own outbox; a PMO the tenant's.
  listOutbox: all(200),
  // Owner or PMO; then 409, as local mode has no Microsoft Graph to sync to.
  syncCommitment: { organizer: 403, attendee: 409, otherAttendee: 403, nonAttendee: 403, pmo: 409 },
  // Data rights: the app role Admin (none of these roles has it); PMOs may export and read the audit.
  adminTenant: pmoOnly(200),
  disableTenant: all(403),
  exportTenantData: pmoOnly(200),
  deleteTenantData: all(403),
  forgetPerson: all(403),
  setRetention: all(403),
  dataRightsAudit: pmoOnly(200),
};

const EMAIL: Record<Role, string> = { organizer: ORGANIZER, attendee: ATTENDEE, otherAttendee: OTHER_ATTENDEE, nonAttendee: NON_ATTENDEE, pmo: PMO };

let t: TestApp;
let world: World;
const tokens = {} as Record<Role, string>;

interface Probe {
  key: string;
  op: ApiOperation;
  /** Builds a request with fresh rows (writes change what the next role would see). */
  build(role: Role): Promise<{ url: string; payload?: unknown; headers?: Record<string, string>; query?: Record<string, string> }>;
}

async function freshContribution(): Promise<Contribution> {
  const res = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${world.a.agenda.id}/contributions`,
    headers: auth(tokens.attendee),
    payload: { department: world.a.department.name, text: "written by the attendee" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Contribution;
}

/** A library objective of its own for each probe (a merge archives the one it moves). */
async function freshObjective(): Promise<{ id: string; version: number }> {
  const res = await t.app.inject({ method: "POST", url: "/api/objectives", headers: auth(tokens.organizer), payload: { title: `objective ${Math.random().toString(36).slice(2)}` } });
  expect(res.statusCode, res.body).toBe(201);
  const o = res.json() as { id: string; version?: number };
  return { id: o.id, version: o.version ?? 1 };
}

/** A rename of a fresh objective, with its version. */
async function withObjective(op: ApiOperation, role: Role) {
  const o = await freshObjective();
  return { url: fillPath(op.path, o.id), headers: { "if-match": `"${o.version}"` }, payload: { title: `renamed by ${role}` } };
}

async function freshCommitment(): Promise<Commitment> {
  const res = await t.app.inject({
    method: "POST",
    url: `/api/agendas/${world.a.agenda.id}/commitments`,
    headers: auth(tokens.attendee),
    payload: { ownerEmail: ATTENDEE, action: "owned by the attendee", dueDate: "2099-12-20" },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Commitment;
}

/** A request of the attendee's department to 企画部 (the other attendee's), open. */
async function freshRequest(): Promise<{ id: string }> {
  const payload = { fromDepartment: world.a.department.name, toDepartment: "企画部", text: "asked by the attendee" };
  const res = await t.app.inject({ method: "POST", url: `/api/agendas/${world.a.agenda.id}/requests`, headers: auth(tokens.attendee), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

/** The probe meeting's people: seedWorld's attendee plus the one who writes nothing. */
function probeAttendees() {
  return [...world.a.agenda.attendees, { email: OTHER_ATTENDEE, name: "高橋 健", department: "企画部" }];
}

async function agendaVersion(): Promise<string> {
  const res = await t.app.inject({ method: "GET", url: `/api/agendas/${world.a.agenda.id}`, headers: auth(tokens.organizer) });
  return res.headers.etag as string;
}

function probesOf(op: ApiOperation): Probe[] {
  const agendaUrl = () => fillPath(op.path, world.a.agenda.id);
  const base = { op };
  switch (op.operationId) {
    case "devToken":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: op.path, payload: { email: EMAIL[role] } }) }];
    case "createObjective":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: op.path, payload: { title: `objective by ${role}` } }) }];
    case "patchObjective":
      return [{ ...base, key: op.operationId, build: async (role) => withObjective(op, role) }];
    case "mergeObjective":
      return [{ ...base, key: op.operationId, build: async () => ({ url: fillPath(op.path, (await freshObjective()).id), payload: { intoId: (await freshObjective()).id } }) }];
    case "createDepartment":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: op.path, payload: { name: `dept of ${role}` } }) }];
    case "updateDepartment":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: fillPath(op.path, world.a.department.id), payload: { mission: `mission by ${role}` } }) }];
    case "resolveDirectory":
      return [{ ...base, key: op.operationId, build: async () => ({ url: op.path, payload: { emails: [ATTENDEE] } }) }];
    case "importDirectory":
      return [
        {
          ...base,
          key: op.operationId,
          build: async () => ({ url: op.path, payload: "email,name,department\nnew.person@contoso.example,New Person,企画部\n", headers: { "content-type": "text/csv" } }),
        },
      ];
    case "createAgenda":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: op.path, payload: { objectiveTitle: `meeting of ${role}` } }) }];
    case "findAgendas":
      return [{ ...base, key: op.operationId, build: async () => ({ url: op.path, query: { teamsThreadId: world.a.agenda.teamsThreadId ?? "" } }) }];
    case "getAgenda":
    case "renderAgenda":
    case "agendaEvents":
      return [{ ...base, key: op.operationId, build: async () => ({ url: agendaUrl() }) }];
    case "patchAgenda": {
      // Each variant sends one group of fields; values keep the world as the other probes expect it.
      const a = world.a.agenda;
      const variants: [key: string, payload: (role: Role) => Record<string, unknown>][] = [
        [op.operationId, (role) => ({ desiredOutcome: `outcome by ${role}` })],
        [`${op.operationId}?obstacles`, (role) => ({ obstacles: [`obstacle noted by ${role}`] })],
        [`${op.operationId}?attendees`, () => ({ attendees: probeAttendees() })],
        [`${op.operationId}?subject`, (role) => ({ subject: `subject by ${role}` })],
        [`${op.operationId}?objective`, () => ({ objectiveId: a.objectiveId, objectiveTitle: a.objectiveTitle })],
        [`${op.operationId}?departments`, () => ({ departments: a.departments })],
        [`${op.operationId}?lang`, () => ({ lang: a.lang })],
        [`${op.operationId}?dates`, () => ({ startsAt: a.startsAt, endsAt: a.endsAt })],
        [`${op.operationId}?teamsThreadId`, () => ({ teamsThreadId: a.teamsThreadId })],
        [`${op.operationId}?joinUrl`, () => ({ joinUrl: a.joinUrl })],
        [`${op.operationId}?outlookIds`, (role) => ({ outlookItemId: `AAMkAD-${role}`, iCalUId: `040000008200E000-${role}` })],
      ];
      return variants.map(([key, payload]) => ({
        ...base,
        key,
        build: async (role: Role) => ({ url: agendaUrl(), payload: payload(role), headers: { "if-match": await agendaVersion() } }),
      }));
    }
    case "addContribution":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: agendaUrl(), payload: { department: world.a.department.name, text: `by ${role}` } }) }];
    case "updateContribution":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: fillPath(op.path, (await freshContribution()).id), payload: { text: `edited by ${role}` } }) }];
    case "deleteContribution":
      return [{ ...base, key: op.operationId, build: async () => ({ url: fillPath(op.path, (await freshContribution()).id) }) }];
    case "addCommitment":
      return [{ ...base, key: op.operationId, build: async () => ({ url: agendaUrl(), payload: { ownerEmail: ATTENDEE, action: "an action", dueDate: "2099-12-24" } }) }];
    case "updateCommitment":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: fillPath(op.path, (await freshCommitment()).id), payload: { status: "done", note: `by ${role}` } }) }];
    case "listCommitments":
    case "exportCommitments":
      return [
        { ...base, key: op.operationId, build: async () => ({ url: op.path }) },
        { ...base, key: `${op.operationId}?mine`, build: async () => ({ url: op.path, query: { mine: "true" } }) },
        { ...base, key: `${op.operationId}?agenda`, build: async () => ({ url: op.path, query: { agenda: world.a.agenda.id } }) },
      ];
    case "openCommitmentsForObjective":
      return [{ ...base, key: op.operationId, build: async () => ({ url: fillPath(op.path, world.a.objective.id) }) }];
    case "syncCommitment":
      return [{ ...base, key: op.operationId, build: async () => ({ url: fillPath(op.path, (await freshCommitment()).id), payload: { target: "todo" } }) }];
    case "addRequest":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: agendaUrl(), payload: { fromDepartment: world.a.department.name, toDepartment: "企画部", text: `asked by ${role}` } }) }];
    case "updateRequest":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: fillPath(op.path, (await freshRequest()).id), payload: { text: `reworded by ${role}` }, headers: { "if-match": '"1"' } }) }];
    case "respondToRequest":
      return [{ ...base, key: op.operationId, build: async (role) => ({ url: fillPath(op.path, (await freshRequest()).id), payload: { action: "decline", text: `declined by ${role}` } }) }];
    case "setRequestReminders":
      return [{ ...base, key: op.operationId, build: async () => ({ url: op.path, payload: { workingDays: 5 } }) }];
    case "analyzeWording":
      return [{ ...base, key: op.operationId, build: async () => ({ url: op.path, payload: { text: "それは営業部の仕事でしょう" } }) }];
    default:
      return [{ ...base, key: op.operationId, build: async () => ({ url: op.path }) }];
  }
}

async function call(op: ApiOperation, role: Role, probe: Probe): Promise<LightMyRequestResponse> {
  const r = await probe.build(role);
  const res = await t.app.inject({
    method: op.method.toUpperCase() as "GET",
    url: r.url,
    ...(r.query ? { query: r.query } : {}),
    headers: { ...(op.auth ? auth(tokens[role]) : {}), ...r.headers },
    ...(r.payload !== undefined ? { payload: r.payload as string } : {}),
    // The live stream never ends: read its status, then hang up.
    ...(op.operationId === "agendaEvents" ? { payloadAsStream: true } : {}),
  });
  if (op.operationId === "agendaEvents") res.stream().destroy();
  return res;
}

beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
  world = await seedWorld(t);
  for (const role of ROLES) tokens[role] = await t.tokenFor(EMAIL[role], role === "pmo" ? { roles: ["PMO"] } : {});
  // The probe meeting: organizer + attendee (seedWorld) + another attendee who writes nothing.
  const res = await t.app.inject({
    method: "PATCH",
    url: `/api/agendas/${world.a.agenda.id}`,
    headers: { ...auth(tokens.organizer), "if-match": await agendaVersion() },
    payload: { attendees: probeAttendees() },
  });
  expect(res.statusCode, res.body).toBe(200);
});

afterAll(async () => t?.close());

describe("authorization matrix", () => {
  it("has an expectation for every route in the route table (a new route needs a decision here)", () => {
    const missing = apiOperations().filter((op) => !(op.operationId in EXPECTED)).map((op) => `${op.method} ${op.path} (${op.operationId})`);
    expect(missing).toEqual([]);
  });

  it("every route × role answers the expected status", async () => {
    const got: string[] = [];
    const want: string[] = [];
    let cells = 0;
    for (const op of apiOperations()) {
      for (const probe of probesOf(op)) {
        const row = EXPECTED[probe.key];
        if (!row) continue;
        for (const role of ROLES) {
          const res = await call(op, role, probe);
          cells += 1;
          got.push(`${probe.key} as ${role}: ${res.statusCode}${res.statusCode !== row[role] ? ` (${res.body.slice(0, 160)})` : ""}`);
          want.push(`${probe.key} as ${role}: ${row[role]}`);
          if (res.statusCode === 403 && op.operationId !== "agendaEvents") expect(res.json()).toMatchObject({ error: { code: "forbidden" } });
          // An attendee refused a field is told which one.
          if (res.statusCode === 403 && op.operationId === "patchAgenda" && (role === "attendee" || role === "otherAttendee")) {
            expect(res.json().error.field, probe.key).toBeTruthy();
          }
        }
      }
    }
    // One comparison of the whole table, so a failure shows every wrong cell at once.
    expect(got.map((line) => line.replace(/ \(.*\)$/, ""))).toEqual(want);
    expect(cells).toBe(Object.keys(EXPECTED).length * ROLES.length);
    console.info(`authorization matrix: ${cells} cells (${Object.keys(EXPECTED).length} route variants × ${ROLES.length} roles), all as expected`);
  });

  it("a non-attendee's and a PMO's agenda searches do not find the meeting; the attendees' do", async () => {
    const query = { teamsThreadId: world.a.agenda.teamsThreadId ?? "" };
    for (const role of ROLES) {
      const res = await t.app.inject({ method: "GET", url: "/api/agendas", query, headers: auth(tokens[role]) });
      const ids = (res.json() as { id: string }[]).map((a) => a.id);
      expect(ids.includes(world.a.agenda.id), role).toBe(role !== "nonAttendee" && role !== "pmo");
    }
  });
});
