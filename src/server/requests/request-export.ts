// The PMO's exports of requests between departments: the list's filters, every page, streamed — as
// CSV (UTF-8 with BOM for Excel in Japan; direction controls left out and cells Excel would run as
// formulas neutralised, by formula-guard for every export) and as an Excel workbook (the same
// columns; real dates and date-times; text cells that look like formulas quote-prefixed). Times are
// in the organisation's time zone, named in the header, as in the commitment exports.
import type { Readable } from "node:stream";
import type { z } from "zod";
import type { Lang } from "../../core/api/primitives";
import type { RequestExportQuery } from "../../core/api/request-contract";
import type { RequestStatus } from "../../core/api/request-view";
import { zoneLabel } from "../../core/text/zoned-time";
import type { Principal } from "../auth/principal";
import { instantIn } from "../commitments/commitment-export";
import { UTF8_BOM, csvLine } from "../csv/csv-format";
import type { Db } from "../db/database";
import { HttpError } from "../http/http-error";
import { xlsxStream } from "../xlsx/xlsx-stream";
import type { XlsxCell } from "../xlsx/xlsx-xml";
import { requestFilterOf } from "./request-filter";
import { queryRequestRows } from "./request.repository";
import type { RequestCursor, RequestFilter, RequestRow } from "./request.table";

export const ONLY_PMO_REQUEST_EXPORT = "Only PMOs can export every request between departments";
const BATCH = 500;

type Value = { kind: "text" | "date" | "instant"; value: string | null };

interface Column {
  header: Record<Lang, string>;
  width: number;
  /** A time: the header names the zone. */
  zoned?: true;
  value(r: RequestRow, lang: Lang): Value;
}

const STATUS: Record<Lang, Record<RequestStatus, string>> = {
  ja: { open: "回答待ち", countered: "代案あり", accepted: "引き受け済み", declined: "お断り", withdrawn: "取り下げ" },
  en: { open: "Open", countered: "Counter-offer", accepted: "Accepted", declined: "Declined", withdrawn: "Withdrawn" },
};

const text = (value: string | null): Value => ({ kind: "text", value });

const COLUMNS: readonly Column[] = [
  { header: { ja: "お願いした日時", en: "Asked at" }, width: 18, zoned: true, value: (r) => ({ kind: "instant", value: r.created_at }) },
  { header: { ja: "お願いした部門", en: "Asking department" }, width: 16, value: (r) => text(r.from_department) },
  { header: { ja: "お願いされた部門", en: "Asked department" }, width: 16, value: (r) => text(r.to_department) },
  { header: { ja: "お願い", en: "Request" }, width: 60, value: (r) => text(r.text) },
  { header: { ja: "いつまでに", en: "Needed by" }, width: 12, value: (r) => ({ kind: "date", value: r.needed_by }) },
  { header: { ja: "状態", en: "Status" }, width: 14, value: (r, lang) => text(STATUS[lang][r.status as RequestStatus] ?? r.status) },
  { header: { ja: "代案・理由", en: "Counter-offer or reason" }, width: 40, value: (r) => text(r.response_text) },
  { header: { ja: "お願いした人", en: "Asked by" }, width: 18, value: (r) => text(r.asked_by_name || r.asked_by_email) },
  { header: { ja: "最後に回答した人", en: "Last answered by" }, width: 18, value: (r) => text(r.answered_by_name || r.answered_by_email) },
  { header: { ja: "最初の回答", en: "First answer at" }, width: 18, zoned: true, value: (r) => ({ kind: "instant", value: r.first_answered_at }) },
  { header: { ja: "コミットメントID", en: "Commitment id" }, width: 28, value: (r) => text(r.commitment_id) },
];

function headerOf(c: Column, lang: Lang, timeZone: string): string {
  const name = c.header[lang];
  if (!c.zoned) return name;
  const zone = zoneLabel(timeZone);
  return lang === "ja" ? `${name}（${zone}）` : `${name} (${zone})`;
}

export interface RequestExportOptions {
  lang: Lang;
  timeZone: string;
}

/** Checks rights and filters before the first byte. */
export function requestExportFilter(principal: Principal, query: z.output<typeof RequestExportQuery>, today: string): RequestFilter {
  if (!principal.isPmo) throw new HttpError("forbidden", ONLY_PMO_REQUEST_EXPORT);
  return requestFilterOf(query, today);
}

async function* rowBatches(db: Db, tenantId: string, filter: RequestFilter): AsyncGenerator<RequestRow[]> {
  let after: RequestCursor | null = null;
  for (;;) {
    const rows = await queryRequestRows(db, tenantId, filter, after, BATCH);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}

/** The CSV, line by line. */
export async function* requestsCsv(db: Db, tenantId: string, filter: RequestFilter, { lang, timeZone }: RequestExportOptions): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(COLUMNS.map((c) => headerOf(c, lang, timeZone)));
  for await (const rows of rowBatches(db, tenantId, filter)) {
    for (const r of rows) {
      yield csvLine(COLUMNS.map((c) => {
        const v = c.value(r, lang);
        return v.kind === "instant" ? instantIn(timeZone, v.value) : v.value;
      }));
    }
  }
}

function cellOf(v: Value, timeZone: string): XlsxCell {
  if (v.value === null || v.value === "") return { kind: "empty" };
  if (v.kind === "text") return { kind: "text", value: v.value };
  if (v.kind === "date") return { kind: "date", value: v.value };
  // The wall-clock time in the zone, stored as Excel stores times: a serial without a zone.
  const local = instantIn(timeZone, v.value);
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(local) ? { kind: "dateTime", value: `${local.replace(" ", "T")}:00Z` } : { kind: "text", value: local };
}

const SHEET_NAME: Record<Lang, string> = { ja: "お願い", en: "Requests" };

/** The workbook, deflated batch by batch. */
export function requestsXlsx(db: Db, tenantId: string, filter: RequestFilter, { lang, timeZone }: RequestExportOptions): Readable {
  async function* batches() {
    for await (const rows of rowBatches(db, tenantId, filter)) yield rows.map((r) => COLUMNS.map((c) => cellOf(c.value(r, lang), timeZone)));
  }
  return xlsxStream(SHEET_NAME[lang], COLUMNS.map((c) => ({ header: headerOf(c, lang, timeZone), width: c.width })), batches());
}
