// A commitment changed very often keeps its meeting usable: views, live events and lists carry
// only its latest changes with their count, and the number of changes one can have is bounded.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgendaView, Commitment } from "../../../src/core/api/contract";
import type { ApiErrorBody } from "../../../src/core/api/error-contract";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { HISTORY_SHOWN } from "../../../src/server/commitments/commitment.mapping";
import { insertHistoryRows } from "../../../src/server/commitments/commitment.repository";
import { MAX_HISTORY_ROWS } from "../../../src/server/commitments/commitment.service";
import { addCommitment, bearer, buildWorld, type World } from "./commitment-fixtures";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});
afterEach(async () => {
  await w.t.close();
});

const patch = (token: string, id: string, payload: object) =>
  w.t.app.inject({ method: "PATCH", url: `/api/commitments/${id}`, headers: bearer(token), payload });

/** `n` earlier changes written straight to the history, as if made over months. */
async function addEarlierChanges(c: Commitment, n: number): Promise<void> {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `h-${String(i).padStart(5, "0")}`,
    tenant_id: DEMO_TENANT_ID,
    commitment_id: c.id,
    at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    by_email: "ichiro.suzuki@contoso.example",
    field: "status",
    from_value: i % 2 ? "done" : "open",
    to_value: i % 2 ? "open" : "done",
    note: "メモ".repeat(400),
  }));
  for (let i = 0; i < rows.length; i += 200) await insertHistoryRows(w.t.db, rows.slice(i, i + 200));
}

describe("a commitment's history", () => {
  it("is carried as its latest changes and their count, in the agenda view, a PATCH answer and the list", async () => {
    const c = await addCommitment(w);
    await addEarlierChanges(c, 60);

    const changed = await patch(w.tokens.sales, c.id, { status: "done", note: "完了" });
    expect(changed.statusCode).toBe(200);
    const after = changed.json<Commitment>();
    expect(after.history).toHaveLength(HISTORY_SHOWN);
    expect(after.historyTotal).toBe(62); // created + 60 + this one
    expect(after.history.at(-1)).toMatchObject({ field: "status", to: "done", note: "完了" });

    const view = (await w.t.app.inject({ method: "GET", url: `/api/agendas/${w.agenda.id}`, headers: bearer(w.tokens.sales) })).json<AgendaView>();
    const inView = view.commitments.find((x) => x.id === c.id);
    expect(inView?.history).toHaveLength(HISTORY_SHOWN);
    expect(inView?.historyTotal).toBe(62);
    expect(inView?.history.at(-1)?.note).toBe("完了");

    const listed = (await w.t.app.inject({ method: "GET", url: "/api/commitments?limit=10", headers: bearer(w.tokens.pmo) })).json<{ items: Commitment[] }>();
    expect(listed.items.find((x) => x.id === c.id)?.history).toHaveLength(HISTORY_SHOWN);
  });

  it("refuses a change beyond the bound with a 409 that says what to do, and writes nothing", async () => {
    const c = await addCommitment(w);
    await addEarlierChanges(c, MAX_HISTORY_ROWS - 1); // with "created": exactly at the bound

    const refused = await patch(w.tokens.sales, c.id, { status: "done" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ApiErrorBody>().error.message).toMatch(/new commitment/);
    const view = (await w.t.app.inject({ method: "GET", url: `/api/agendas/${w.agenda.id}`, headers: bearer(w.tokens.sales) })).json<AgendaView>();
    const unchanged = view.commitments.find((x) => x.id === c.id);
    expect(unchanged?.status).toBe("open");
    expect(unchanged?.version).toBe(1);
    expect(unchanged?.historyTotal).toBe(MAX_HISTORY_ROWS);
  });
});
