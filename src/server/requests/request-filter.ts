// The list's query in domain terms, shared by the list and its exports: "waiting" is open or
// countered; "overdue" is waiting after the needed-by date, judged on the caller's calendar day.
import type { z } from "zod";
import type { RequestListQuery } from "../../core/api/request-contract";
import { badRequest } from "../http/http-error";
import type { RequestFilter } from "./request.table";

export const WAITING_STATUSES = ["open", "countered"] as const;

type Query = Omit<z.output<typeof RequestListQuery>, "cursor" | "limit">;

export function requestFilterOf(query: Query, today: string): RequestFilter {
  if (query.direction !== undefined && query.department === undefined) {
    throw badRequest("Invalid query: department — direction needs the department it is incoming to or outgoing from", "department");
  }
  const overdue = query.overdue === "true";
  if (overdue && query.status !== undefined && query.status !== "waiting" && query.status !== "open" && query.status !== "countered") {
    throw badRequest(`Invalid query: overdue — only requests waiting for an answer can be overdue, not ${query.status} ones`, "overdue");
  }
  const status = query.status === "waiting" || (overdue && query.status === undefined) ? WAITING_STATUSES : query.status;
  return {
    ...(query.department !== undefined ? { department: query.department } : {}),
    ...(query.direction !== undefined ? { direction: query.direction } : {}),
    ...(query.from !== undefined ? { fromDepartment: query.from } : {}),
    ...(query.to !== undefined ? { toDepartment: query.to } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(overdue ? { neededBefore: query.today ?? today } : {}),
    ...(query.objective !== undefined ? { objectiveId: query.objective } : {}),
    ...(query.agenda !== undefined ? { agendaId: query.agenda } : {}),
  };
}
