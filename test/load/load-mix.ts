// The request mix of the load script: mostly what open meeting tabs and the PMO dashboard read, and
// the writes people make in a meeting. Each client works in one meeting and moves to a new one after
// WRITES_PER_MEETING writes, so meetings stay meeting-sized however long the run.
import { auth, commitmentBody, createAgenda, type BenchWorld } from "../bench/support/bench-world";
import type { LoadRequest } from "../bench/support/http-load";

const WRITES_PER_MEETING = 40;

export interface Mix {
  next(worker: number, i: number): LoadRequest;
  /** Meetings created during the run (to keep each one small). */
  readonly meetingsCreated: number;
}

export function createMix(world: BenchWorld, writeShare: number): Mix {
  const agendaOf = new Map<number, string>();
  const writesOf = new Map<number, number>();
  const pending = new Set<number>();
  let created = 0;
  let n = 0;
  const organizer = auth(world.tokens.organizer);
  const sales = auth(world.tokens.sales);
  const planning = auth(world.tokens.planning);
  const pmo = auth(world.tokens.pmo);

  // A new meeting for a client, made out of band (it is setup, not part of the measured mix).
  const rotate = (worker: number) => {
    if (pending.has(worker)) return;
    pending.add(worker);
    createAgenda(world.baseUrl, world.tokens.organizer, `負荷テスト ${worker}-${created}`).then(
      (agenda) => {
        agendaOf.set(worker, agenda.id);
        writesOf.set(worker, 0);
        created++;
        pending.delete(worker);
      },
      () => pending.delete(worker),
    );
  };

  return {
    get meetingsCreated() {
      return created;
    },
    next(worker, i) {
      const agendaId = agendaOf.get(worker) ?? world.agenda.id;
      const r = ((worker * 7919 + i * 104729) % 1000) / 1000;
      if (r < writeShare) {
        const writes = (writesOf.get(worker) ?? 0) + 1;
        writesOf.set(worker, writes);
        if (writes >= WRITES_PER_MEETING) rotate(worker);
        if (r < writeShare * 0.6) {
          return { kind: "write", method: "POST", path: `/api/agendas/${agendaId}/commitments`, headers: worker % 2 ? organizer : sales, body: commitmentBody(n++) };
        }
        return {
          kind: "write",
          method: "POST",
          path: `/api/agendas/${agendaId}/contributions`,
          headers: planning,
          body: JSON.stringify({ department: "企画部", text: `大手企業の要件を一緒に整理できます (#${n++})` }),
        };
      }
      const read = (r - writeShare) / (1 - writeShare);
      if (read < 0.6) return { kind: "read", method: "GET", path: `/api/agendas/${agendaId}`, headers: sales };
      if (read < 0.75) return { kind: "read", method: "GET", path: `/api/agendas/${agendaId}/render?format=text`, headers: organizer };
      if (read < 0.9) return { kind: "read", method: "GET", path: "/api/commitments?limit=20", headers: pmo };
      return { kind: "read", method: "GET", path: "/api/me", headers: planning };
    },
  };
}
