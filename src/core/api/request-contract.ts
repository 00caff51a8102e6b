// Requests between departments (お願い): one department of a meeting asks another for help toward
// the meeting's objective, and the asked department answers — accept (a commitment follows),
// counter (something else is proposed; the asking department accepts it or answers back) or decline.
import { z } from "zod";
import { Email, Id, IsoDate, Lang } from "./primitives";
import { DepartmentRequest, RequestStatus } from "./request-view";

const department = z.string().trim().min(1).max(200);
const requestText = z.string().trim().min(1).max(2000);

export const RequestCreate = z
  .object({ fromDepartment: department, toDepartment: department, text: requestText, neededBy: IsoDate.nullable().default(null) })
  .strict();
export type RequestCreate = z.input<typeof RequestCreate>;

/** The asking department rewords its open request, moves its date, or withdraws it. */
export const RequestPatch = z
  .object({ text: requestText.optional(), neededBy: IsoDate.nullable().optional(), status: z.literal("withdrawn").optional() })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: "nothing to change" });
export type RequestPatch = z.input<typeof RequestPatch>;

export const REQUEST_ACTIONS = ["accept", "counter", "decline"] as const;
export const RequestAction = z.enum(REQUEST_ACTIONS);
export type RequestAction = z.infer<typeof RequestAction>;

/**
 * accept: `owner` (someone of the asked department) and `due` are required; `text` words the
 * commitment (default: what was asked, or the counter-offer). counter and decline: `text` is the
 * counter-offer or the reason, required. `agendaId`: the meeting it is answered in when that is a
 * later meeting on the same objective it was carried into (default: its own meeting); the rights,
 * the owner and the commitment are then that meeting's.
 */
export const RequestRespond = z
  .object({
    action: RequestAction,
    text: z.string().trim().max(2000).optional(),
    owner: Email.optional(),
    due: IsoDate.optional(),
    agendaId: Id.optional(),
  })
  .strict();
export type RequestRespond = z.input<typeof RequestRespond>;

/** The answer to POST /api/requests/:id/respond: the request, and the commitment an accept made. */
export const RequestRespondResult = z.object({
  request: DepartmentRequest,
  commitmentId: Id.nullable(),
});
export type RequestRespondResult = z.infer<typeof RequestRespondResult>;

/** A status, or "waiting": the requests that wait for an answer (open or countered). */
export const RequestStatusFilter = z.union([RequestStatus, z.literal("waiting")]);
export type RequestStatusFilter = z.infer<typeof RequestStatusFilter>;

export const RequestListQuery = z
  .object({
    department: department.optional(),
    /** incoming: asked of `department`; outgoing: asked by it; without: either. Needs `department`. */
    direction: z.enum(["incoming", "outgoing"]).optional(),
    /** The asking department. */
    from: department.optional(),
    /** The asked department. */
    to: department.optional(),
    status: RequestStatusFilter.optional(),
    /** true: still waiting for an answer after its needed-by date (`today`: the caller's day by default). */
    overdue: z.enum(["true", "false"]).optional(),
    today: IsoDate.optional(),
    objective: Id.optional(),
    agenda: Id.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type RequestListQuery = z.input<typeof RequestListQuery>;

export const RequestPage = z.object({ items: z.array(DepartmentRequest), nextCursor: z.string().nullable() });
export type RequestPage = z.infer<typeof RequestPage>;

/** One direction between two departments: how many were asked, and how each stands. */
export const RequestPairCount = z.object({
  from: z.string(),
  to: z.string(),
  asked: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
  countered: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  declined: z.number().int().nonnegative(),
  withdrawn: z.number().int().nonnegative(),
});
export type RequestPairCount = z.infer<typeof RequestPairCount>;

/** How an asked department answers: received, answered, still unanswered, median hours to a first answer. */
export const RequestDepartmentAnswers = z.object({
  department: z.string(),
  received: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  unanswered: z.number().int().nonnegative(),
  medianHoursToAnswer: z.number().nonnegative().nullable(),
});
export type RequestDepartmentAnswers = z.infer<typeof RequestDepartmentAnswers>;

/** GET /api/requests/summary (PMO): the department matrix of asks and answers. */
export const RequestSummary = z.object({ pairs: z.array(RequestPairCount), byDepartment: z.array(RequestDepartmentAnswers) });
export type RequestSummary = z.infer<typeof RequestSummary>;

export const RequestSummaryQuery = z.object({ objective: Id.optional() }).strict();
export type RequestSummaryQuery = z.input<typeof RequestSummaryQuery>;

/** GET /api/requests/export.csv (PMO): the list's filters, every page, with the header's language. */
export const RequestExportQuery = RequestListQuery.omit({ cursor: true, limit: true }).extend({ lang: Lang.default("ja") });
export type RequestExportQuery = z.input<typeof RequestExportQuery>;
