// The query of GET /api/commitments and its exports: filters, sort and cursor (PMO dashboard, My commitments).
import { z } from "zod";
import { CommitmentStatus } from "./contract";
import { Email, Id, IsoDate } from "./primitives";

const boolParam = z.enum(["true", "false"]).transform((v) => v === "true");
/** List order: a column, ascending; with a leading "-" descending. Ties are broken by id. */
export const COMMITMENT_SORT_KEYS = ["due", "owner", "department", "status", "updated"] as const;
export type CommitmentSortKey = (typeof COMMITMENT_SORT_KEYS)[number];
export const COMMITMENT_SORTS = ["due", "-due", "owner", "-owner", "department", "-department", "status", "-status", "updated", "-updated"] as const;
export const CommitmentSort = z.enum(COMMITMENT_SORTS);
export type CommitmentSort = z.infer<typeof CommitmentSort>;
export const CommitmentListQuery = z
  .object({
    objective: Id.optional(),
    department: z.string().trim().max(200).optional(),
    owner: Email.optional(),
    status: CommitmentStatus.optional(),
    overdue: boolParam.optional(),
    dueFrom: IsoDate.optional(),
    dueTo: IsoDate.optional(),
    /** The caller's local date, which `overdue` compares with (due dates have no time zone); default: UTC today. */
    today: IsoDate.optional(),
    agenda: Id.optional(),
    q: z.string().trim().max(200).optional(),
    /** Only my own commitments (any user); without it the whole tenant (PMO only). */
    mine: boolParam.optional(),
    /** Default "due" (due date ascending); a cursor only continues the sort it was made for. */
    sort: CommitmentSort.optional(),
    /** Up to 2000: a cursor of the owner or department sort carries a name of up to 200 characters. */
    cursor: z.string().max(2000).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type CommitmentListQuery = z.input<typeof CommitmentListQuery>;
