// The PMO's CSV of requests between departments: the list's filters, every page, streamed (UTF-8
// with BOM for Excel in Japan; cells Excel would run as formulas neutralised by csv-format).
import type { z } from "zod";
import type { Lang } from "../../core/api/contract";
import type { RequestExportQuery } from "../../core/api/request-contract";
import type { RequestStatus } from "../../core/api/request-view";
import type { Principal } from "../auth/principal";
import { UTF8_BOM, csvLine } from "../csv/csv-format";
import type { Db } from "../db/database";
import { HttpError, badRequest } from "../http/http-error";
import { queryRequestRows } from "./request.repository";
import type { RequestCursor, RequestFilter } from "./request.table";

export const ONLY_PMO_REQUEST_EXPORT = "Only PMOs can export every request between departments";
const BATCH = 500;

const HEADERS: Record<Lang, readonly string[]> = {
  ja: ["お願いした日時", "お願いした部門", "お願いされた部門", "お願い", "いつまでに", "状態", "代案・理由", "お願いした人", "最後に回答した人", "最初の回答", "コミットメントID"],
  en: ["Asked at", "Asking department", "Asked department", "Request", "Needed by", "Status", "Counter-offer or reason", "Asked by", "Last answered by", "First answer at", "Commitment id"],
};
const STATUS: Record<Lang, Record<RequestStatus, string>> = {
  ja: { open: "回答待ち", countered: "代案あり", accepted: "引き受け済み", declined: "お断り", withdrawn: "取り下げ" },
  en: { open: "Open", countered: "Counter-offer", accepted: "Accepted", declined: "Declined", withdrawn: "Withdrawn" },
};

/** Checks rights and filters before the first byte, then yields the file line by line. */
export function requestsCsv(db: Db, principal: Principal, query: z.output<typeof RequestExportQuery>): AsyncGenerator<string> {
  if (!principal.isPmo) throw new HttpError("forbidden", ONLY_PMO_REQUEST_EXPORT);
  if (query.direction !== undefined && query.department === undefined) {
    throw badRequest("Invalid query: department — direction needs the department it is incoming to or outgoing from", "department");
  }
  const filter: RequestFilter = {
    ...(query.department !== undefined ? { department: query.department } : {}),
    ...(query.direction !== undefined ? { direction: query.direction } : {}),
    ...(query.status !== undefined ? { status: query.status } : {}),
    ...(query.objective !== undefined ? { objectiveId: query.objective } : {}),
    ...(query.agenda !== undefined ? { agendaId: query.agenda } : {}),
  };
  return lines(db, principal.tenantId, filter, query.lang);
}

async function* lines(db: Db, tenantId: string, filter: RequestFilter, lang: Lang): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(HEADERS[lang]);
  let after: RequestCursor | null = null;
  for (;;) {
    const rows = await queryRequestRows(db, tenantId, filter, after, BATCH);
    for (const r of rows) {
      yield csvLine([
        r.created_at,
        r.from_department,
        r.to_department,
        r.text,
        r.needed_by,
        STATUS[lang][r.status as RequestStatus] ?? r.status,
        r.response_text,
        r.asked_by_name || r.asked_by_email,
        r.answered_by_name || r.answered_by_email,
        r.first_answered_at,
        r.commitment_id,
      ]);
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < BATCH) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}
