// One SSE frame per event, whatever the number of viewers: the fan-out hands every stream the same
// event object, and formatting it again must not serialise the whole view again.
import { describe, expect, it } from "vitest";
import type { AgendaChangeEvent } from "../../../src/core/api/contract";
import { formatChangeEvent } from "../../../src/server/live/agenda-event-stream";

describe("formatChangeEvent", () => {
  it("serialises an event once and gives every caller the same frame", () => {
    let serialised = 0;
    const view = { toJSON: () => (serialised += 1, { agenda: { revision: 7 } }) };
    const event = { agendaId: "a1", revision: 7, kind: "commitment", view } as unknown as AgendaChangeEvent;
    const frames = Array.from({ length: 500 }, () => formatChangeEvent(event));
    expect(serialised).toBe(1);
    expect(new Set(frames).size).toBe(1);
    expect(frames[0]).toBe(`id: 7\nevent: change\ndata: {"agendaId":"a1","revision":7,"kind":"commitment","view":{"agenda":{"revision":7}}}\n\n`);
    // Another event (the next revision) is its own frame.
    const next = { ...event, revision: 8 };
    expect(formatChangeEvent(next)).toMatch(/^id: 8\n/);
    expect(serialised).toBe(2);
  });
});
