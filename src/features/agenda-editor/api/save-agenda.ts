// Saves the draft in ONE write: the agenda with its department slots (and, when the organizer chose
// so, a typed objective added to the library), answered with the whole view the body is rendered
// from. Created the first time, patched (with its version) afterwards; the caller stores a new id at
// once so a retry after a later failure patches instead of creating a duplicate.
import { Agenda, type AgendaSlot, type AgendaView, type Objective } from "../../../core/api/contract";
import { ThreadBoundConflict } from "../../../core/api/thread-binding-contract";
import { ApiError, type ApiClient } from "../../../platform/ports";
import { toCreate, toPatch, type EditorDraft, type MeetingFacts } from "../draft";

const sameTitle = (a: string, b: string) => a.normalize("NFKC").trim().toLowerCase() === b.normalize("NFKC").trim().toLowerCase();

/** A typed title that is already in the library is that objective (no request, no duplicate). */
export function withLibraryObjective(draft: EditorDraft, library: readonly Objective[]): EditorDraft {
  if (draft.objectiveId) return draft;
  const existing = library.find((o) => sameTitle(o.title, draft.objectiveTitle));
  return existing ? { ...draft, objectiveId: existing.id, objectiveTitle: existing.title } : draft;
}

/**
 * Creates the meeting's agenda. When the meeting's Teams thread already holds an agenda this
 * organizer made (saved from another device, or before the item kept its id), that one is updated
 * instead: one meeting, one agenda. Someone else's agenda on the thread stays a 409 for the user.
 */
export async function createAgenda(api: ApiClient, draft: EditorDraft, facts: MeetingFacts, slots: AgendaSlot[] = []): Promise<AgendaView> {
  try {
    return await api.createAgendaView(toCreate(draft, facts, slots));
  } catch (err) {
    const bound = err instanceof ApiError && err.status === 409 ? ThreadBoundConflict.safeParse(err.current) : null;
    if (!bound?.success || !bound.data.yours || !bound.data.agendaId) throw err;
    const existing = await api.getAgenda(bound.data.agendaId);
    return api.patchAgendaView(existing.agenda.id, existing.agenda.version, toPatch(draft, facts, existing.agenda, slots));
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
  slots: AgendaSlot[] = [],
): Promise<{ view: AgendaView } | { conflict: ApiError; current: Agenda | null }> {
  try {
    return { view: await api.patchAgendaView(saved.id, saved.version, toPatch(draft, facts, saved, slots)) };
  } catch (err) {
    if (err instanceof ApiError && err.status === 412) {
      const parsed = Agenda.safeParse(err.current);
      return { conflict: err, current: parsed.success ? parsed.data : null };
    }
    throw err;
  }
}
