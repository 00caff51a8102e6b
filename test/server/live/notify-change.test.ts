// A write does not wait for its live delivery: notifyAgendaChanged returns once the delivery is
// queued, deliveries of one agenda run one after another in write order, and a failed delivery is
// logged, never thrown at the writer.
import type { FastifyBaseLogger } from "fastify";
import { describe, expect, it, vi } from "vitest";
import { liveDeliveriesSettled, notifyAgendaChanged } from "../../../src/server/live/notify-change";
import type { ChangeKind, LiveEvents } from "../../../src/server/routes/route-deps";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function fakeLive(onChange: (agendaId: string, kind: ChangeKind) => Promise<void>): LiveEvents {
  return { agendaChanged: (_t, agendaId, kind) => onChange(agendaId, kind), subscribe: () => () => {}, close: async () => {} };
}

const errors: unknown[] = [];
const log = { error: (...args: unknown[]) => errors.push(args) } as unknown as FastifyBaseLogger;

describe("notifyAgendaChanged", () => {
  it("returns before the delivery ends and keeps each agenda's deliveries in order", async () => {
    const gate = deferred();
    const log2: string[] = [];
    const live = fakeLive(async (agendaId, kind) => {
      log2.push(`start ${agendaId} ${kind}`);
      if (agendaId === "a" && kind === "agenda") await gate.promise;
      log2.push(`end ${agendaId} ${kind}`);
    });
    await notifyAgendaChanged(live, log, "t", "a", "agenda");
    await notifyAgendaChanged(live, log, "t", "a", "commitment");
    await notifyAgendaChanged(live, log, "t", "b", "contribution");
    await vi.waitFor(() => expect(log2).toContain("end b contribution"));
    // The first delivery of "a" is stuck: the writer already has its answer, the second "a" waits,
    // and another agenda is not held up.
    expect(log2).toEqual(["start a agenda", "start b contribution", "end b contribution"]);
    gate.resolve();
    await liveDeliveriesSettled();
    expect(log2).toEqual(["start a agenda", "start b contribution", "end b contribution", "end a agenda", "start a commitment", "end a commitment"]);
  });

  it("logs a failed delivery and goes on with the next", async () => {
    errors.length = 0;
    const seen: string[] = [];
    const live = fakeLive(async (_agendaId, kind) => {
      if (kind === "agenda") throw new Error("view could not load");
      seen.push(kind);
    });
    await expect(notifyAgendaChanged(live, log, "t", "c", "agenda")).resolves.toBeUndefined();
    await notifyAgendaChanged(live, log, "t", "c", "commitment");
    await liveDeliveriesSettled();
    expect(seen).toEqual(["commitment"]);
    expect(errors).toHaveLength(1);
  });
});
