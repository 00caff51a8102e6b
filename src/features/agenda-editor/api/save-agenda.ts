// Saves the draft: creates the objective when the organizer typed a new one, then creates the agenda
// the first time and patches it (with its version) afterwards. The caller stores a new id at once so
// a retry after a later failure patches instead of creating a duplicate.
import { Agenda, type Objective } from "../../../core/api/contract";
import { ThreadBoundConflict } from "../../../core/api/thread-binding-contract";
import { ApiError, type ApiClient } from "../../../platform/ports";
import { toCreate, toPatch, type EditorDraft, type MeetingFacts } from "../draft";

const sameTitle = (a: string, b: string) => a.normalize("NFKC").trim().toLowerCase() === b.normalize("NFKC").trim().toLowerCase();

/** The draft with an objective id: an existing one with the same title, or a newly created one. */
export async function ensureObjective(
  api: ApiClient,
  draft: EditorDraft,
  library: readonly Objective[],
): Promise<{ draft: EditorDraft; created: Objective | null }> {
  if (draft.objectiveId) return { draft, created: null };
  const existing = library.find((o) => sameTitle(o.title, draft.objectiveTitle));
  if (existing) return { draft: { ...draft, objectiveId: existing.id, objectiveTitle: existing.title }, created: null };
  const created = await api.createObjective({ title: draft.objectiveTitle.trim() });
  return { draft: { ...draft, objectiveId: created.id, objectiveTitle: created.title }, created };
}

/**
 * Creates the meeting's agenda. When the meeting's Teams thread already holds an agenda this
 * organizer made (saved from another device, or before the item kept its id), that one is updated
 * instead: one meeting, one agenda. Someone else's agenda on the thread stays a 409 for the user.
 */
export async function createAgenda(api: ApiClient, draft: EditorDraft, facts: MeetingFacts): Promise<Agenda> {
  try {
    return await api.createAgenda(toCreate(draft, facts));
  } catch (err) {
    const bound = err instanceof ApiError && err.status === 409 ? ThreadBoundConflict.safeParse(err.current) : null;
    if (!bound?.success || !bound.data.yours || !bound.data.agendaId) throw err;
    const existing = await api.getAgenda(bound.data.agendaId);
    return api.patchAgenda(existing.agenda.id, existing.agenda.version, toPatch(draft, facts, existing.agenda));
  }
}

/**
 * Patches with the version we last saw. On 412 the error carries the server's agenda; it is
 * returned as `current` so the caller can adopt its version (the user's draft stays untouched).
 */
export async function updateAgenda(
  api: ApiClient,
  saved: Agenda,
  draft: EditorDraft,
  facts: MeetingFacts,
): Promise<{ agenda: Agenda } | { conflict: ApiError; current: Agenda | null }> {
  try {
    return { agenda: await api.patchAgenda(saved.id, saved.version, toPatch(draft, facts, saved)) };
  } catch (err) {
    if (err instanceof ApiError && err.status === 412) {
      const parsed = Agenda.safeParse(err.current);
      return { conflict: err, current: parsed.success ? parsed.data : null };
    }
    throw err;
  }
}
