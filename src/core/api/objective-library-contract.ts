// The objective library as a PMO keeps it: list with archived ones and usage, edit, archive or
// restore, merge one objective into another. Agendas keep the title they were written with.
import { z } from "zod";
import { OBJECTIVE_TITLE_MAX } from "./contract";
import { Id } from "./primitives";

/** GET /api/objectives: `active` (the picker's list, default) or `all` (archived too, with agendaCount). */
export const ObjectiveListQuery = z.object({ include: z.enum(["active", "all"]).default("active") }).strict();
export type ObjectiveListQuery = z.input<typeof ObjectiveListQuery>;

/** PATCH /api/objectives/:id (PMO, If-Match): a new title or description, or archived on/off. */
export const ObjectivePatch = z
  .object({
    title: z.string().trim().min(1).max(OBJECTIVE_TITLE_MAX).optional(),
    description: z.string().trim().max(4000).optional(),
    archived: z.boolean().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: "nothing to change" });
export type ObjectivePatch = z.input<typeof ObjectivePatch>;

/**
 * POST /api/objectives/:id/merge (PMO): every agenda and commitment of :id moves to `intoId`, and :id
 * is archived as merged. The answer is the objective merged into.
 */
export const ObjectiveMerge = z.object({ intoId: Id }).strict();
export type ObjectiveMerge = z.input<typeof ObjectiveMerge>;

/** POST/PATCH /api/agendas?return=view answers with the whole AgendaView instead of the Agenda. */
export const AgendaWriteQuery = z.object({ return: z.enum(["agenda", "view"]).default("agenda") }).strict();
export type AgendaWriteQuery = z.input<typeof AgendaWriteQuery>;
