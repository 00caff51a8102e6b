// The state behind the fake API — one "server" shared by every user's client — and what each
// request handler needs: the caller, the clock, ids, and the live-event fan-out.
import { withCarriedForward } from "./fake-carry-forward";
import type { AgendaChangeEvent, AgendaView, Department, DirectoryEntry, Objective } from "../../core/api/contract";
import type { Me } from "../../core/api/me-contract";
import { scoreAgenda } from "../../core/coach/score-agenda";
import type { LiveHandlers } from "../ports";
import type { AgendaRenderer } from "./fake-render";

export interface FakeStore {
  objectives: Objective[];
  departments: Department[];
  directory: DirectoryEntry[];
  views: Map<string, AgendaView>;
  listeners: Map<string, Set<LiveHandlers>>;
  seq: number;
  render: AgendaRenderer;
  latencyMs: number;
  now: () => Date;
  origin: string;
}

export interface FakeRequest {
  store: FakeStore;
  me: Me;
  nowIso(): string;
  newId(prefix: string): string;
  /** Bumps the agenda's revision and tells subscribers, after a microtask, like a server push. */
  changed(view: AgendaView, kind: AgendaChangeEvent["kind"]): void;
}

export function fakeRequest(store: FakeStore, me: Me): FakeRequest {
  return {
    store,
    me,
    nowIso: () => store.now().toISOString(),
    newId: (prefix) => `${prefix}_${(++store.seq).toString(36).padStart(4, "0")}`,
    changed(view, kind) {
      view.agenda.purposeScore = scoreAgenda(view).score;
      view.agenda.revision += 1;
      view.agenda.updatedAt = store.now().toISOString();
      // The view as a read would give it, with what it carries from earlier meetings.
      const event: AgendaChangeEvent = { agendaId: view.agenda.id, revision: view.agenda.revision, kind, view: structuredClone(withCarriedForward(store, view)) };
      const handlers = [...(store.listeners.get(view.agenda.id) ?? [])];
      queueMicrotask(() => handlers.forEach((h) => h.onChange(structuredClone(event))));
    },
  };
}
