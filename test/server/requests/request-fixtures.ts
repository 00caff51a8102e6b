// Shared setup of the request API tests: the commitment tests' meeting between 営業部 (SALES) and
// 企画部 (PLANNING), on every storage target, with helpers that ask, answer and count.
import type { AgendaView } from "../../../src/core/api/contract";
import type { RequestCreate, RequestRespond } from "../../../src/core/api/request-contract";
import type { DepartmentRequest } from "../../../src/core/api/request-view";
import { withRequestTables } from "../../../src/server/requests/request.table";
import { bearer, type World } from "../commitments/commitment-fixtures";

export const SALES_ASK = "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい";
export const PLANNING_ASK = "訪問先の業界別ニーズ（AIで何をしたいか）をまとめてほしい";

export const ask = (w: World, token: string, payload: Partial<RequestCreate> | Record<string, unknown>, headers: Record<string, string> = {}, agendaId = w.agenda.id) =>
  w.t.app.inject({ method: "POST", url: `/api/agendas/${agendaId}/requests`, headers: bearer(token, headers), payload: payload as object });

export const respond = (w: World, token: string, id: string, payload: Partial<RequestRespond> | Record<string, unknown>, headers: Record<string, string> = {}) =>
  w.t.app.inject({ method: "POST", url: `/api/requests/${id}/respond`, headers: bearer(token, headers), payload: payload as object });

export const patchRequest = (w: World, token: string, id: string, payload: unknown, headers: Record<string, string> = {}) =>
  w.t.app.inject({ method: "PATCH", url: `/api/requests/${id}`, headers: bearer(token, headers), payload: payload as object });

/** 営業部 asks 企画部 (as SALES), and the request as created. */
export async function salesAsks(w: World, text = SALES_ASK): Promise<DepartmentRequest> {
  const res = await ask(w, w.tokens.sales, { fromDepartment: "営業部", toDepartment: "企画部", text });
  if (res.statusCode !== 201) throw new Error(`request create failed: ${res.statusCode} ${res.body}`);
  return res.json<DepartmentRequest>();
}

export async function viewOf(w: World, token = w.tokens.organizer): Promise<AgendaView> {
  return (await w.t.app.inject({ method: "GET", url: `/api/agendas/${w.agenda.id}`, headers: bearer(token) })).json<AgendaView>();
}

export async function storedRequest(w: World, id: string) {
  return withRequestTables(w.t.db).selectFrom("department_requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function countCommitments(w: World): Promise<number> {
  return Number((await w.t.db.selectFrom("commitments").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
}

export async function revision(w: World): Promise<number> {
  return Number((await w.t.db.selectFrom("agendas").select("revision").where("id", "=", w.agenda.id).executeTakeFirstOrThrow()).revision);
}
