// Everything one tenant has, as JSON lines: a first line describing the export, then one line per
// row ({"table": …, "row": {…}}), table by table in TENANT_TABLES order. Rows are read in pages by
// each table's key (keyset, not offset), so memory stays flat and the stream starts at once however
// large the tenant. The commitments' CSV and XLSX views come from the existing exports.
import { Readable } from "node:stream";
import { sql } from "kysely";
import type { Db } from "../db/database";
import { TENANT_TABLES, type TenantTable } from "./tenant-data-map";

export const EXPORT_FORMAT = "common-purpose-tenant-export";
export const EXPORT_VERSION = 1;
const PAGE = 500;

type Row = Record<string, unknown>;

async function* tableRows(db: Db, tenantId: string, table: TenantTable, pageSize: number): AsyncGenerator<Row[]> {
  const keys = table.key.map((k) => sql.ref(k));
  const order = sql.join(keys);
  let after: unknown[] | null = null;
  for (;;) {
    const seek: ReturnType<typeof sql> = after === null ? sql`` : sql`and (${order}) > (${sql.join(after)})`;
    const result = await sql<Row>`select * from ${sql.table(table.table)} where tenant_id = ${tenantId} ${seek} order by ${order} limit ${pageSize}`.execute(db);
    if (result.rows.length === 0) return;
    yield result.rows;
    if (result.rows.length < pageSize) return;
    const last = result.rows[result.rows.length - 1]!;
    after = table.key.map((k) => last[k]);
  }
}

export interface ExportCounts {
  [table: string]: number;
}

/** The JSON lines, each ending in "\n". `counts` fills in as rows go out. */
export async function* tenantJsonLines(db: Db, tenantId: string, options: { at?: Date; counts?: ExportCounts; pageSize?: number } = {}): AsyncGenerator<string> {
  const at = options.at ?? new Date();
  yield `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, tenantId, exportedAt: at.toISOString(), tables: TENANT_TABLES.map((t) => t.table) })}\n`;
  for (const table of TENANT_TABLES) {
    let n = 0;
    for await (const rows of tableRows(db, tenantId, table, options.pageSize ?? PAGE)) {
      n += rows.length;
      yield rows.map((row) => `${JSON.stringify({ table: table.table, row })}\n`).join("");
    }
    if (options.counts) options.counts[table.table] = n;
  }
}

export function tenantJsonLinesStream(db: Db, tenantId: string, options: { at?: Date; counts?: ExportCounts } = {}): Readable {
  return Readable.from(tenantJsonLines(db, tenantId, options), { objectMode: false });
}

/** common-purpose-<tenant>-YYYY-MM-DD.jsonl */
export const exportFileName = (tenantId: string, at: Date = new Date()) =>
  `common-purpose-${tenantId.replace(/[^A-Za-z0-9-]/g, "_")}-${at.toISOString().slice(0, 10)}.jsonl`;
