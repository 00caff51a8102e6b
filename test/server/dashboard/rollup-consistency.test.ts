// The dashboard's rollups (migration 2026-11-28-007) against the commitments they count, on every
// database: after random inserts, updates of every counted column, deletes and an agenda's
// cascading delete, each rollup equals a GROUP BY of the table, and the summary the API answers
// equals the summary computed from the table alone, for random filters and "today"s.
import { sql, type Selectable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DashboardSummary } from "../../../src/core/api/dashboard-contract";
import type { CommitmentsTable, Db } from "../../../src/server/db/database";
import {
  countByCreatedDay,
  countByDepartments,
  countByObjective,
  purposeScoreByDay,
  type DashboardFilter,
} from "../../../src/server/dashboard/dashboard.repository";
import * as rollups from "../../../src/server/db/migrations/2026-11-28-007-commitment-rollups";
import * as noSelfHelp from "../../../src/server/db/migrations/2026-12-07-302-no-self-help";
import { filterParts, summaryFromGroups } from "../../../src/server/dashboard/dashboard.service";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { weekEndOf } from "../../../src/core/text/zoned-time";
import { buildTestApp, type TestApp } from "../api-helper";
import { storageTargets, truncateAll } from "../storage/storage-targets";
import { insertAgenda, insertCommitment } from "./dashboard-fixtures";

const SEED = Number(process.env.ROLLUP_SEED ?? Date.now() % 100_000);
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const DEPARTMENTS = ["営業部", "企画部", "技術部", "Sales"];
const STATUSES = ["open", "done", "dropped"] as const;
const TITLES: Record<string, string[]> = { o1: ["CRMを拡大する", "CRMを拡大する (改)"], o2: ["解約を減らす"], "": ["自由な目的", "Another goal"] };

/** The summary from the commitments table alone: what the rollups must reproduce (totals aside). */
async function summaryFromTable(db: Db, f: DashboardFilter, parts: readonly DashboardFilter[] = [f]) {
  const titleRows = await db
    .selectFrom("commitments")
    .where("tenant_id", "=", DEMO_TENANT_ID)
    .select([sql<string>`coalesce(objective_id, '')`.as("k"), sql<string>`max(objective_title)`.as("t")])
    .groupBy(sql`coalesce(objective_id, '')`)
    .execute();
  const titles = new Map(titleRows.map((r) => [r.k, r.t]));
  const each = async <T>(read: (db: Db, tenantId: string, part: DashboardFilter) => Promise<T[]>) =>
    (await Promise.all(parts.map((part) => read(db, DEMO_TENANT_ID, part)))).flat();
  const objectives = await each(countByObjective);
  return summaryFromGroups({
    departments: await each(countByDepartments),
    days: await each(countByCreatedDay),
    scores: await purposeScoreByDay(db, DEMO_TENANT_ID, f),
    objectives: objectives.map((o) => ({ ...o, objectiveTitle: titles.get(o.objectiveId ?? "") ?? "" })),
  }, TOTALS_NOT_COMPARED);
}

/** The totals come from the same department groups; these tests compare the charts' groups. */
const TOTALS_NOT_COMPARED = { open: 0, overdue: 0, dueThisWeek: 0, done: 0, dropped: 0 };

type Row = Selectable<CommitmentsTable>;
/** Each rollup's key columns and the keys one commitment counts under, worked out here independently. */
const ROLLUP_KEYS: readonly [table: string, columns: string[], keys: (r: Row) => unknown[][]][] = [
  [
    "commitment_rollup_departments",
    ["due_month", "owner_department", "helps_department", "status"],
    (r) => [[r.due_date.slice(0, 7), r.owner_department, r.helps_department ?? "", r.status]],
  ],
  ["commitment_rollup_created", ["scope", "due_month", "created_day", "status"], (r) => scopesOf(r).map((s) => [s, r.due_date.slice(0, 7), r.created_at.slice(0, 10), r.status])],
  [
    "commitment_rollup_objectives",
    ["scope", "due_month", "objective_key", "objective_title", "owner_department", "status"],
    (r) => scopesOf(r).map((s) => [s, r.due_date.slice(0, 7), r.objective_id ?? "", r.objective_title, r.owner_department, r.status]),
  ],
];
function scopesOf(r: Row): string[] {
  const helps = r.helps_department !== null && r.helps_department !== r.owner_department ? [`d:${r.helps_department}`] : [];
  return ["*", `d:${r.owner_department}`, ...helps];
}

describe.each(storageTargets())("dashboard rollups [$name]", ({ target }) => {
  let t: TestApp;
  let pmo: string;
  const rnd = random(SEED);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const day = () => {
    const d = new Date(Date.UTC(2026, 8, 1) + Math.floor(rnd() * 180) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    process.stderr.write(`[rollup-consistency] seed ${SEED} (ROLLUP_SEED=${SEED} repeats it)\n`);
    t = await buildTestApp({ target });
    await truncateAll({ db: t.db, kind: target.kind === "postgres" ? "postgres" : "sqlite", close: async () => {} });
    pmo = await t.tokenFor("satoshi.yamamoto@contoso.example", { roles: ["PMO"] });
    const agendas: string[] = [];
    for (let i = 0; i < 6; i++) agendas.push(await insertAgenda(t.db, DEMO_TENANT_ID, { objectiveId: pick(["o1", "o2", null]), score: 50 + i }));
    for (let i = 0; i < 240; i++) {
      const objectiveKey = pick(["o1", "o2", ""]);
      await insertCommitment(t.db, DEMO_TENANT_ID, {
        agendaId: pick(agendas),
        from: pick(DEPARTMENTS),
        to: rnd() < 0.3 ? null : pick(DEPARTMENTS),
        status: pick(STATUSES),
        due: day(),
        createdAt: `${day()}T0${Math.floor(rnd() * 10)}:00:00.000Z`,
        objectiveId: objectiveKey === "" ? null : objectiveKey,
        objectiveTitle: pick(TITLES[objectiveKey]!),
      });
    }
    // Every counted column changes on some rows, several at once on others.
    const ids = (await t.db.selectFrom("commitments").select("id").where("tenant_id", "=", DEMO_TENANT_ID).execute()).map((r) => r.id);
    for (let i = 0; i < 120; i++) {
      const changes: Record<string, string | null> = {};
      if (rnd() < 0.5) changes.status = pick(STATUSES);
      if (rnd() < 0.3) changes.due_date = day();
      if (rnd() < 0.2) changes.owner_department = pick(DEPARTMENTS);
      if (rnd() < 0.2) changes.helps_department = rnd() < 0.3 ? null : pick(DEPARTMENTS);
      if (rnd() < 0.1) changes.objective_title = pick(TITLES.o1!);
      if (rnd() < 0.1) changes.created_at = `${day()}T12:00:00.000Z`;
      if (rnd() < 0.2) changes.action = `changed ${i}`; // not counted: moves nothing
      if (Object.keys(changes).length === 0) changes.status = "done";
      await t.db.updateTable("commitments").set(changes).where("id", "=", pick(ids)).execute();
    }
    for (let i = 0; i < 20; i++) await t.db.deleteFrom("commitments").where("id", "=", pick(ids)).execute();
    // An agenda's delete cascades to its commitments: the counts follow.
    await t.db.deleteFrom("agendas").where("id", "=", agendas[0]!).execute();
  });
  afterAll(async () => {
    await t.close();
  });

  async function expectRollupsMatchTable() {
    const rows = await t.db.selectFrom("commitments").selectAll().where("tenant_id", "=", DEMO_TENANT_ID).execute();
    for (const [table, cols, keysOf] of ROLLUP_KEYS) {
      const expected = new Map<string, number>();
      for (const r of rows) for (const k of keysOf(r)) expected.set(JSON.stringify(k), (expected.get(JSON.stringify(k)) ?? 0) + 1);
      const fromRollup = await sql<Record<string, unknown>>`select ${sql.raw(cols.join(", "))}, n from ${sql.table(table)} where tenant_id = ${DEMO_TENANT_ID} and n <> 0`.execute(t.db);
      const actual = new Map(fromRollup.rows.map((r) => [JSON.stringify(cols.map((c) => r[c])), Number(r.n)]));
      expect([...actual.entries()].sort(), table).toEqual([...expected.entries()].sort());
    }
  }

  /** Every row GET /api/commitments lists for these filters (its `q`, `status`, `overdue` included). */
  async function listAll(query: URLSearchParams): Promise<{ status: string; dueDate: string }[]> {
    const rows: { status: string; dueDate: string }[] = [];
    let cursor: string | null = null;
    do {
      const q = new URLSearchParams(query);
      q.set("limit", "200");
      if (cursor) q.set("cursor", cursor);
      const res = await t.app.inject({ method: "GET", url: `/api/commitments?${q}`, headers: { authorization: `Bearer ${pmo}` } });
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: { status: string; dueDate: string }[]; nextCursor: string | null };
      rows.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  it("keeps every rollup equal to a GROUP BY of the commitments", async () => {
    await expectRollupsMatchTable();
  });

  it("builds the same counts from the rows already there (an upgrade of a filled database)", async () => {
    await rollups.down(t.db);
    await rollups.up(t.db);
    await expectRollupsMatchTable();
  });

  it("answers the same summary as the commitments table, under random filters (status, overdue and search too)", async () => {
    type Case = DashboardFilter & { status?: string; overdue?: boolean };
    const cases: Case[] = [{ today: "2026-11-28" }, { today: "2026-10-01" }, { today: "2027-03-31" }, { today: "2026-11-28", overdue: true }];
    for (let i = 0; i < 40; i++) {
      const [a, b] = [day(), day()].sort() as [string, string];
      const f: Case = { today: day() };
      if (rnd() < 0.6) f.dueFrom = rnd() < 0.4 ? `${a.slice(0, 7)}-01` : a;
      if (rnd() < 0.6) f.dueTo = b;
      if (rnd() < 0.3) f.department = pick(DEPARTMENTS);
      if (rnd() < 0.2) f.objectiveId = pick(["o1", "o2"]);
      if (rnd() < 0.3) f.status = pick(STATUSES);
      if (rnd() < 0.3) f.overdue = rnd() < 0.5;
      if (rnd() < 0.1) f.text = pick(["CRM", "解約", "changed"]);
      cases.push(f);
    }
    for (const { status, overdue, ...f } of cases) {
      const query = new URLSearchParams({ today: f.today });
      if (f.dueFrom) query.set("dueFrom", f.dueFrom);
      if (f.dueTo) query.set("dueTo", f.dueTo);
      if (f.department) query.set("department", f.department);
      if (f.objectiveId) query.set("objective", f.objectiveId);
      if (status) query.set("status", status);
      if (overdue !== undefined) query.set("overdue", String(overdue));
      if (f.text) query.set("q", f.text);
      const res = await t.app.inject({ method: "GET", url: `/api/dashboard/summary?${query}`, headers: { authorization: `Bearer ${pmo}` } });
      expect(res.statusCode).toBe(200);
      const summary = DashboardSummary.parse(res.json());
      expect({ ...summary, totals: TOTALS_NOT_COMPARED }, `filter ${query}`).toEqual(await summaryFromTable(t.db, f, filterParts(f, status, overdue)));
      // The charts and the strip's totals count exactly the rows the table lists under the same
      // filters, status and overdue included.
      const listed = await listAll(query);
      const charted = summary.byDepartment.reduce((n, d) => n + d.open + d.overdue + d.done + d.dropped, 0);
      expect(charted, `rows of ${query}`).toBe(listed.length);
      const scope = listed;
      const weekEnd = weekEndOf(f.today);
      expect(summary.totals, `totals of ${query}`).toEqual({
        open: scope.filter((c) => c.status === "open").length,
        overdue: scope.filter((c) => c.status === "open" && c.dueDate < f.today).length,
        dueThisWeek: scope.filter((c) => c.status === "open" && c.dueDate >= f.today && c.dueDate <= weekEnd).length,
        done: scope.filter((c) => c.status === "done").length,
        dropped: scope.filter((c) => c.status === "dropped").length,
      });
    }
  });

  it("moves the counts with a status change made through the API", async () => {
    const before = DashboardSummary.parse(
      (await t.app.inject({ method: "GET", url: "/api/dashboard/summary?today=2026-11-28", headers: { authorization: `Bearer ${pmo}` } })).json(),
    );
    const open = await t.db.selectFrom("commitments").selectAll().where("tenant_id", "=", DEMO_TENANT_ID).where("status", "=", "open").executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: "PATCH",
      url: `/api/commitments/${open.id}`,
      headers: { authorization: `Bearer ${pmo}`, "content-type": "application/json" },
      payload: { status: "done", note: "rollup check" },
    });
    expect(res.statusCode).toBe(200);
    const after = DashboardSummary.parse(
      (await t.app.inject({ method: "GET", url: "/api/dashboard/summary?today=2026-11-28", headers: { authorization: `Bearer ${pmo}` } })).json(),
    );
    const doneOf = (s: DashboardSummary) => s.byDepartment.find((d) => d.department === open.owner_department)?.done ?? 0;
    expect(doneOf(after)).toBe(doneOf(before) + 1);
    expect({ ...after, totals: TOTALS_NOT_COMPARED }).toEqual(await summaryFromTable(t.db, { today: "2026-11-28" }));
  });

  it("migration 302 takes the helped department off rows helping their own department, and the rollups follow exactly", async () => {
    const selfHelp = () =>
      t.db.selectFrom("commitments").select(["id", "version"]).where("tenant_id", "=", DEMO_TENANT_ID).whereRef("helps_department", "=", "owner_department").execute();
    const before = await selfHelp();
    expect(before.length, "the random rows include a department helping itself").toBeGreaterThan(0);
    await noSelfHelp.up(t.db);
    expect(await selfHelp()).toEqual([]);
    const after = await t.db.selectFrom("commitments").select(["id", "version", "helps_department"]).where("id", "in", before.map((r) => r.id)).execute();
    for (const row of after) {
      expect(row.helps_department).toBeNull();
      expect(Number(row.version)).toBe(Number(before.find((r) => r.id === row.id)!.version) + 1);
    }
    await expectRollupsMatchTable();
    const summary = DashboardSummary.parse(
      (await t.app.inject({ method: "GET", url: "/api/dashboard/summary?today=2026-11-28", headers: { authorization: `Bearer ${pmo}` } })).json(),
    );
    expect(summary.matrix.filter((c) => c.from === c.to)).toEqual([]);
    expect({ ...summary, totals: TOTALS_NOT_COMPARED }).toEqual(await summaryFromTable(t.db, { today: "2026-11-28" }));
  });
});
