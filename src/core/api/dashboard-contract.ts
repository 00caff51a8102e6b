// The PMO dashboard's aggregates (GET /api/dashboard/summary): counts the charts draw from.
import { z } from "zod";
import { CommitmentStatus } from "./contract";
import { Id, IsoDate } from "./primitives";

const text = (max: number) => z.string().trim().max(max);

const boolParam = z.enum(["true", "false"]).transform((v) => v === "true");

/** The commitments list's filters (but sort and paging), so the charts show what the table lists; unknown parameters are a 400. */
export const DashboardQuery = z
  .object({
    objective: Id.optional(),
    department: text(200).optional(),
    status: CommitmentStatus.optional(),
    /** true: open and due before `today`; false: everything else. */
    overdue: boolParam.optional(),
    /** The list's search text (action, how it serves, owner, objective): counted from the matching rows. */
    q: text(200).optional(),
    dueFrom: IsoDate.optional(),
    dueTo: IsoDate.optional(),
    /** The caller's local date, which "overdue" compares with; default: UTC today. */
    today: IsoDate.optional(),
  })
  .strict();
export type DashboardQuery = z.input<typeof DashboardQuery>;

const Count = z.number().int().min(0);

/** open: open and not yet due-passed; overdue: open and due before today (they stack to all open). */
export const DepartmentStatusCounts = z.object({
  department: z.string(),
  open: Count,
  overdue: Count,
  done: Count,
  dropped: Count,
});

/** from: the owner's department; to: the department the commitment helps. */
export const MatrixCell = z.object({ from: z.string(), to: z.string(), total: Count, done: Count });

/** week: the Monday (YYYY-MM-DD, UTC) of the week the commitments were created in. */
export const CompletionWeek = z.object({ week: IsoDate, created: Count, done: Count });

/** The mean purpose-first score of the week's scored meetings (by start, else creation). */
export const PurposeScoreWeek = z.object({ week: IsoDate, averageScore: z.number().min(0).max(100), meetings: Count });

export const ObjectiveSummary = z.object({
  objectiveId: z.string().nullable(),
  objectiveTitle: z.string(),
  total: Count,
  done: Count,
  departments: z.array(z.object({ department: z.string(), total: Count, done: Count })),
});

/**
 * The numbers that need action, over every filter except status and overdue (which they stand for):
 * open counts every open commitment (overdue ones too); dueThisWeek the open ones due from today to
 * Sunday; completion is done / (open + done).
 */
export const DashboardTotals = z.object({ open: Count, overdue: Count, dueThisWeek: Count, done: Count, dropped: Count });

export const DashboardSummary = z.object({
  totals: DashboardTotals,
  byDepartment: z.array(DepartmentStatusCounts),
  matrix: z.array(MatrixCell),
  completionOverTime: z.array(CompletionWeek),
  purposeScoreOverTime: z.array(PurposeScoreWeek),
  byObjective: z.array(ObjectiveSummary),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;
export type DashboardTotals = z.infer<typeof DashboardTotals>;
export type DepartmentStatusCounts = z.infer<typeof DepartmentStatusCounts>;
export type MatrixCell = z.infer<typeof MatrixCell>;
export type CompletionWeek = z.infer<typeof CompletionWeek>;
export type PurposeScoreWeek = z.infer<typeof PurposeScoreWeek>;
export type ObjectiveSummary = z.infer<typeof ObjectiveSummary>;
