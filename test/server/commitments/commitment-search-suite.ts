// The list's fast paths (department as two merged branches, search through the trigram index,
// search by probing rows in list order) must return exactly what the plain query returns: the
// original single statement with `owner_department = X or helps_department = X` and the LIKE.
// Random rows (seeded, so a failure repeats) with Japanese text, mixed case, `%`, `_` and `\`,
// walked page by page through the keyset cursor under several sorts and filters.
import { sql } from "kysely";
import { expect, it } from "vitest";
import type { CommitmentSort } from "../../../src/core/api/commitment-list-contract";
import { pageQuery, queryPage, type PageRequest } from "../../../src/server/commitments/commitment-page";
import { insertCommitmentRow, queryCommitmentRows, updateCommitmentRow } from "../../../src/server/commitments/commitment.repository";
import { likePattern, searchUsesIndex, textCandidates } from "../../../src/server/commitments/commitment-search";
import { isPostgres } from "../../../src/server/db/dialect";
import { sortOrder, sortValue } from "../../../src/server/commitments/commitment-sort";
import type { CommitmentFilter, CommitmentRow, SortCursor } from "../../../src/server/commitments/commitment.table";
import type { Db } from "../../../src/server/db/database";
import { describeStorage } from "../storage/storage-targets";

const TODAY = "2026-06-15";
const DEPARTMENTS = ["営業部", "企画部", "開発部"];
const WORDS = ["価格", "プラン", "Review", "REVIEW", "re_view", "100%", "a_b", "x\\y", "Straße", "İstanbul", "Éclair", "éclair", "顧客", "\"quoted\"", "社員 12", "社員 123", "abc", "ABC"];

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRows(rnd: () => number, tenant: string, agenda: string, count: number): CommitmentRow[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const text = () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(WORDS)).join(pick([" ", "", "・", "-"]));
  return Array.from({ length: count }, (_, i) => {
    const owner = pick(DEPARTMENTS);
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
    return {
      id: `${tenant}-c${String(i).padStart(4, "0")}`,
      tenant_id: tenant,
      agenda_id: agenda,
      objective_id: pick(["o1", "o2", null]),
      objective_title: pick(["大手企業向けのCRM", "Grow 100% CRM", "目的_A"]),
      owner_email: `${pick(["ken", "Mika", "a_b"])}${Math.floor(rnd() * 5)}@x.example`,
      owner_name: pick(["社員 1", "社員 12", "社員 123", "高橋 健", "Mika ÉCLAIR"]),
      owner_department: owner,
      helps_department: rnd() < 0.3 ? null : rnd() < 0.2 ? owner : pick(DEPARTMENTS),
      action: text(),
      due_date: `2026-0${1 + Math.floor(rnd() * 9)}-${day}`,
      serves_objective: rnd() < 0.5 ? "" : text(),
      status: pick(["open", "done", "dropped"]),
      contribution_id: null,
      created_by_email: "org@x.example",
      created_at: "2026-01-01T00:00:00.000Z",
      updated_at: `2026-0${1 + Math.floor(rnd() * 9)}-${day}T0${Math.floor(rnd() * 9)}:00:00.000Z`,
      version: 1,
    };
  });
}

async function agenda(db: Db, tenant: string, id: string): Promise<void> {
  await sql`insert into agendas (id, tenant_id, organizer_email, subject, objective_id, objective_title, desired_outcome,
      departments_json, obstacles_json, lang, version, revision, created_at, updated_at)
    values (${id}, ${tenant}, 'org@x.example', '', null, '', '', '[]', '[]', 'ja', 1, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(db);
}

/** The list query as it was before the fast paths: one statement, OR for the department. */
function reference(db: Db, p: PageRequest) {
  const { column, descending } = sortOrder(p.sort);
  const dir = descending ? "desc" : "asc";
  const f = p.filter;
  let q = db.selectFrom("commitments").selectAll().where("tenant_id", "=", p.tenantId);
  if (f.department !== undefined) {
    const d = f.department;
    q = q.where((eb) => eb.or([eb("owner_department", "=", d), eb("helps_department", "=", d)]));
  }
  if (f.status !== undefined) q = q.where("status", "=", f.status);
  if (f.text !== undefined) {
    const pattern = likePattern(f.text);
    const like = (c: string) => sql<boolean>`lower(${sql.ref(c)}) like ${pattern} escape '\\'`;
    q = q.where((eb) => eb.or(["action", "serves_objective", "owner_name", "objective_title"].map(like)));
  }
  if (p.after) {
    const a = p.after as SortCursor;
    q = q.where((eb) => eb(eb.refTuple(column, "id"), descending ? "<" : ">", eb.tuple(a.value, a.id)));
  }
  return q.orderBy(column, dir).orderBy("id", dir).limit(p.limit).execute();
}

type Reader = (p: PageRequest) => Promise<CommitmentRow[]>;

/** Every page's ids, each page read from the previous page's last row. */
async function walk(read: Reader, filter: CommitmentFilter, sort: CommitmentSort, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: SortCursor | null = null;
  for (let i = 0; i < 200; i++) {
    const rows = await read({ tenantId: "t-a", filter, after, limit, sort });
    pages.push(rows.map((r) => r.id));
    const last = rows[rows.length - 1];
    if (!last || rows.length < limit) return pages;
    after = { value: sortValue(last, sort), id: last.id };
  }
  throw new Error("too many pages");
}

/** Terms: fixed tricky ones, and random slices of the data with their case flipped at random. */
function terms(rnd: () => number, rows: readonly CommitmentRow[]): string[] {
  const fixed = ["%", "_", "\\", "100%", "a_b", "re_", "_vi", "价格", "価格プ", "ラン", "review", "rEvIeW", "STRASSE", "straße", "éclair", "ÉCLAIR", "İst", "istanbul", "\"quo", "社員 12", "社員 123", "x\\y", "@x.ex", "nothing like it"];
  const sliced = Array.from({ length: 16 }, () => {
    const r = rows[Math.floor(rnd() * rows.length)] as CommitmentRow;
    const chars = Array.from(`${r.action}`);
    const start = Math.floor(rnd() * chars.length);
    const piece = chars.slice(start, start + 3 + Math.floor(rnd() * 4)).join("");
    return Array.from(piece, (c) => (rnd() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join("");
  });
  return [...fixed, ...sliced].filter((t) => t !== "");
}

export function commitmentSearchSuite(): void {
  describeStorage("commitment search and department paths equal the plain query", (ctx) => {
    async function seed(): Promise<CommitmentRow[]> {
      await agenda(ctx.db, "t-a", "ag1");
      await agenda(ctx.db, "t-b", "agb");
      const rnd = random(7);
      const rows = [...makeRows(rnd, "t-a", "ag1", 260), ...makeRows(rnd, "t-b", "agb", 40)];
      for (const r of rows) await insertCommitmentRow(ctx.db, r);
      return rows;
    }

    it("returns the same pages for every term, filter, sort and cursor", async () => {
      const rows = await seed();
      const rnd = random(11);
      const sorts: CommitmentSort[] = ["due", "-updated", "owner", "-status"];
      const db = ctx.db;
      let nonEmpty = 0;
      let indexed = 0;
      for (const [i, text] of terms(rnd, rows).entries()) {
        const filter: CommitmentFilter = { today: TODAY, text, ...(i % 3 === 1 ? { department: "企画部" } : {}), ...(i % 4 === 2 ? { status: "open" } : {}) };
        const sort = sorts[i % sorts.length] as CommitmentSort;
        const limit = 1 + (i % 7) * 3;
        const expected = await walk((p) => reference(db, p), filter, sort, limit);
        if (expected.flat().length > 0) nonEmpty++;
        // Shorter terms never take the trigram path (queryPage reads them in list order).
        if (searchUsesIndex(text)) {
          indexed++;
          expect(await walk((p) => pageQuery(db, p, "indexed").execute(), filter, sort, limit), `indexed: ${text}`).toEqual(expected);
        }
        expect(await walk((p) => pageQuery(db, p, "like").execute(), filter, sort, limit), `like: ${text}`).toEqual(expected);
        expect(await walk((p) => queryPage(db, p), filter, sort, limit), `chosen: ${text}`).toEqual(expected);
      }
      // The comparison means something only if most terms find rows.
      expect(nonEmpty).toBeGreaterThan(25);
      expect(indexed).toBeGreaterThan(25);
    });

    it("reads the trigram index on the indexed path, with the same rows as the plain query", async () => {
      const rows = await seed();
      const db = ctx.db;
      const postgres = isPostgres(db);
      const trgm = postgres && Number((await sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname = 'commitments_search_trgm'`.execute(db)).rows[0]?.n) > 0;
      for (const text of terms(random(5), rows).filter(searchUsesIndex)) {
        const p: PageRequest = { tenantId: "t-a", filter: { today: TODAY, text }, after: null, limit: 500, sort: "due" };
        const expected = (await reference(db, p)).map((r) => r.id);
        // One connection, so PostgreSQL's planner setting holds for the EXPLAIN and the query.
        await db.transaction().execute(async (trx) => {
          if (postgres) await sql`set local enable_seqscan = off`.execute(trx);
          // The index's candidates alone (no other way to answer them with sequential scans off):
          // every row the LIKE finds must be among them.
          const candidates = trx.selectFrom("commitments").select("id").where(textCandidates(trx, text));
          const compiled = candidates.compile();
          const plan = JSON.stringify((await trx.executeQuery({ ...compiled, sql: `${postgres ? "explain" : "explain query plan"} ${compiled.sql}` })).rows);
          if (!postgres) expect(plan).toContain("commitment_search VIRTUAL TABLE");
          if (trgm) expect(plan).toContain("commitments_search_trgm");
          const found = new Set((await candidates.execute()).map((r) => r.id));
          expect(expected.filter((id) => !found.has(id)), `${text}: ${plan}`).toEqual([]);
          expect((await pageQuery(trx, p, "indexed").execute()).map((r) => r.id), text).toEqual(expected);
        });
      }
    });

    it("merges the department's two branches: each row once, in order, across pages", async () => {
      await seed();
      const db = ctx.db;
      for (const department of [...DEPARTMENTS, "無い部"]) {
        for (const sort of ["due", "-due", "owner", "-updated"] as CommitmentSort[]) {
          const filter: CommitmentFilter = { today: TODAY, department };
          const expected = await walk((p) => reference(db, p), filter, sort, 9);
          expect(await walk((p) => queryPage(db, p), filter, sort, 9)).toEqual(expected);
          const ids = expected.flat();
          expect(new Set(ids).size).toBe(ids.length);
        }
      }
    });

    it("keeps the index in step with inserts, text changes and deletes", async () => {
      await seed();
      const db = ctx.db;
      const find = async (text: string) =>
        (await pageQuery(db, { tenantId: "t-a", filter: { today: TODAY, text }, after: null, limit: 500, sort: "due" }, "indexed").execute()).map((r) => r.id);
      await updateCommitmentRow(db, "t-a", "t-a-c0001", { action: "Zebra crossing 横断歩道" });
      expect(await find("ZEBRA CROSS")).toEqual(["t-a-c0001"]);
      expect(await find("横断歩")).toEqual(["t-a-c0001"]);
      await updateCommitmentRow(db, "t-a", "t-a-c0001", { status: "done", action: "Quagga 123" });
      expect(await find("zebra")).toEqual([]);
      expect(await find("quagga")).toEqual(["t-a-c0001"]);
      await updateCommitmentRow(db, "t-a", "t-a-c0002", { owner_name: "Quagga Owner" });
      expect((await find("quagga")).sort()).toEqual(["t-a-c0001", "t-a-c0002"]);
      await db.deleteFrom("commitments").where("id", "=", "t-a-c0001").execute();
      expect(await find("quagga")).toEqual(["t-a-c0002"]);
      expect(await queryCommitmentRows(db, "t-a", { today: TODAY, text: "quagga o" }, null, 10).then((r) => r.map((x) => x.id))).toEqual(["t-a-c0002"]);
    });
  });
}
