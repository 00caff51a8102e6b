// Seeds one database with the bench tenants (1,000,000 commitments in the big one) and returns how
// long each step took. Statements run one by one so a failure names its table.
import { sql } from "kysely";
import type { Db } from "../../../src/server/db/database";
import { agendasSql, commitmentsSql, departmentsSql, objectivesSql, type SeedDialect, type TenantShape } from "./seed-sql";

export const BIG: TenantShape = {
  tenantId: "bench-big",
  prefix: "b",
  commitments: Number(process.env.BENCH_ROWS ?? 1_000_000),
  meetings: 10_000,
  departments: 50,
  objectives: 200,
  owners: 5_000,
};

export const SMALL: TenantShape = {
  tenantId: "bench-small",
  prefix: "s",
  commitments: 20_000,
  meetings: 200,
  departments: 8,
  objectives: 10,
  owners: 100,
};

export async function seed(db: Db, dialect: SeedDialect): Promise<number> {
  const start = performance.now();
  if (dialect === "sqlite") {
    // Seeding only: a large page cache; the data is regenerated on every run anyway.
    await sql`pragma cache_size = -400000`.execute(db);
    await sql`pragma synchronous = off`.execute(db);
  }
  for (const shape of [BIG, SMALL]) {
    for (const statement of [objectivesSql, departmentsSql, agendasSql, commitmentsSql]) {
      await sql.raw(statement(dialect, shape)).execute(db);
    }
  }
  if (dialect === "sqlite") await sql`pragma synchronous = normal`.execute(db);
  await sql`analyze`.execute(db);
  return performance.now() - start;
}
