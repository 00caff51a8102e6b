// The commitments export as CSV: a header row in the reader's language, then one line per
// commitment (columns: commitments/commitment-export.ts), produced batch by batch from the database
// so memory stays flat whatever the tenant's size. Times are in the organisation's time zone.
import { Readable } from "node:stream";
import type { Lang } from "../../core/api/primitives";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { EXPORT_COLUMNS, exportHeader, exportRowBatches, instantIn, type ExportValue } from "../commitments/commitment-export";
import type { CommitmentFilter } from "../commitments/commitment.table";
import type { Db } from "../db/database";
import { UTF8_BOM, csvLine } from "./csv-format";

export const EXPORT_BATCH_SIZE = 500;

export interface CsvExportOptions {
  lang: Lang;
  /** IANA time zone of the times and of the headers' zone name. */
  timeZone: string;
  batchSize?: number;
  sort?: CommitmentSort;
}

export function commitmentsCsvHeader(lang: Lang, timeZone: string): string {
  return UTF8_BOM + csvLine(EXPORT_COLUMNS.map((c) => exportHeader(c, lang, timeZone)));
}

function cellText(v: ExportValue, timeZone: string): string | null {
  return v.kind === "instant" ? instantIn(timeZone, v.value) : v.value;
}

/** BOM + header first, then one chunk per database batch. */
export async function* commitmentsCsvChunks(db: Db, tenantId: string, filter: CommitmentFilter, options: CsvExportOptions): AsyncGenerator<Buffer> {
  const { lang, timeZone } = options;
  yield Buffer.from(commitmentsCsvHeader(lang, timeZone), "utf8");
  for await (const rows of exportRowBatches(db, tenantId, filter, options.batchSize ?? EXPORT_BATCH_SIZE, options.sort)) {
    yield Buffer.from(rows.map((r) => csvLine(EXPORT_COLUMNS.map((c) => cellText(c.value(r, lang), timeZone)))).join(""), "utf8");
  }
}

/** The export as a byte stream; destroying it (client gone) stops the database walk. */
export function commitmentsCsvStream(db: Db, tenantId: string, filter: CommitmentFilter, options: CsvExportOptions): Readable {
  return Readable.from(commitmentsCsvChunks(db, tenantId, filter, options), { objectMode: false });
}

/** commitments-YYYY-MM-DD.csv (the organisation's calendar day). */
export function exportFileName(day: string): string {
  return `commitments-${day}.csv`;
}
