// The request (お願い) as the agenda view and the lists carry it. Kept apart from the inputs
// (request-contract.ts) and free of imports from contract.ts, which embeds it in AgendaView.
import { z } from "zod";

const Id = z.string().min(1).max(64);
const IsoDate = z.iso.date();
const IsoDateTime = z.iso.datetime({ offset: true });

/**
 * open: the asked department's turn; countered: the asking department's turn (to accept the
 * counter-offer or answer back); accepted, declined and withdrawn are closed.
 */
export const REQUEST_STATUSES = ["open", "countered", "accepted", "declined", "withdrawn"] as const;
export const RequestStatus = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatus>;
export const CLOSED_REQUEST_STATUSES: readonly RequestStatus[] = ["accepted", "declined", "withdrawn"];
export const isRequestClosed = (status: RequestStatus): boolean => CLOSED_REQUEST_STATUSES.includes(status);

export const DepartmentRequest = z.object({
  id: Id,
  agendaId: Id,
  fromDepartment: z.string(),
  toDepartment: z.string(),
  /** What is asked (the asking department's latest wording, when it answered a counter-offer back). */
  text: z.string(),
  neededBy: IsoDate.nullable(),
  status: RequestStatus,
  askedByEmail: z.string(),
  askedByName: z.string(),
  /** The latest answer's words: the counter-offer or the reason for declining ("" before any answer). */
  responseText: z.string(),
  answeredByEmail: z.string().nullable(),
  answeredByName: z.string(),
  answeredAt: IsoDateTime.nullable(),
  /** When the asked department first answered (the PMO's time to answer). */
  firstAnsweredAt: IsoDateTime.nullable(),
  /** The commitment made when it was accepted. */
  commitmentId: Id.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Optimistic concurrency: +1 on every change; PATCH needs it back in `If-Match`. */
  version: z.number().int().positive(),
});
export type DepartmentRequest = z.infer<typeof DepartmentRequest>;

/**
 * A request of an EARLIER meeting on the same objective still waiting for an answer, carried into
 * the next meeting's view (like open commitments): answered in its own meeting.
 */
export const CarriedRequest = DepartmentRequest.extend({ meeting: z.object({ subject: z.string(), at: IsoDateTime }) });
export type CarriedRequest = z.infer<typeof CarriedRequest>;
export const CARRIED_REQUESTS_LIMIT = 50;
