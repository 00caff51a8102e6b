// The per-instance fan-out used by both the in-process and the LISTEN/NOTIFY live events: a change
// noticed several times (own write, catch-up after a reconnect) reaches each viewer once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgendaChangeEvent } from "../../../src/core/api/contract";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { createLocalFanout } from "../../../src/server/live/live-events";
import { buildWorld, type World } from "../commitments/commitment-fixtures";

describe("local fan-out", () => {
  let w: World;
  beforeEach(async () => {
    w = await buildWorld();
  });
  afterEach(async () => {
    await w.t.close();
  });

  it("delivers a notified revision once, and lists what is watched", async () => {
    const fanout = createLocalFanout(w.t.db);
    const seen: AgendaChangeEvent[] = [];
    const stop = fanout.subscribe(DEMO_TENANT_ID, w.agenda.id, (e) => seen.push(e));
    expect(fanout.watched()).toEqual([{ tenantId: DEMO_TENANT_ID, agendaId: w.agenda.id }]);
    const revision = Number(w.agenda.revision);

    await fanout.deliver(DEMO_TENANT_ID, w.agenda.id, "agenda", revision);
    await fanout.deliver(DEMO_TENANT_ID, w.agenda.id, "agenda", revision);
    expect(seen.map((e) => e.revision)).toEqual([revision]);
    // Without a revision (in-process writes, catch-up) it always sends the current view.
    await fanout.deliver(DEMO_TENANT_ID, w.agenda.id, "agenda");
    expect(seen).toHaveLength(2);

    stop();
    expect(fanout.watched()).toEqual([]);
    await fanout.deliver(DEMO_TENANT_ID, w.agenda.id, "agenda");
    expect(seen).toHaveLength(2);
  });

  it("sends nothing for an agenda nobody on this instance watches, or after close", async () => {
    const fanout = createLocalFanout(w.t.db);
    const seen: AgendaChangeEvent[] = [];
    await fanout.deliver(DEMO_TENANT_ID, w.agenda.id, "agenda");
    fanout.subscribe(DEMO_TENANT_ID, w.agenda.id, (e) => seen.push(e));
    await fanout.close();
    await fanout.deliver(DEMO_TENANT_ID, w.agenda.id, "agenda");
    expect(seen).toEqual([]);
  });
});
