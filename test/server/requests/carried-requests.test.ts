// Requests of an earlier meeting on the same objective that still wait for an answer come with the
// next meeting's view (and so its body and tab); answered or withdrawn ones, the meeting itself and
// later meetings do not. On SQLite and PGlite (PostgreSQL in CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgendaView } from "../../../src/core/api/contract";
import { storageTargets } from "../storage/storage-targets";
import { bearer, buildWorld, createAgenda, type World } from "../commitments/commitment-fixtures";
import { patchRequest, respond, salesAsks } from "./request-fixtures";

for (const { name, target } of storageTargets()) {
  describe(`carried-forward requests [${name}]`, () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(target);
    });
    afterAll(async () => w.t.close());

    const view = async (agendaId: string) =>
      (await w.t.app.inject({ method: "GET", url: `/api/agendas/${agendaId}`, headers: bearer(w.tokens.sales) })).json<AgendaView>();

    it("carries the earlier meeting's waiting requests, oldest first, with its subject", async () => {
      const open = await salesAsks(w, "まだ回答のないお願い");
      const countered = await salesAsks(w, "代案が出たお願い");
      await respond(w, w.tokens.planning, countered.id, { action: "counter", text: "代案" });
      const declined = await salesAsks(w, "断られたお願い");
      await respond(w, w.tokens.planning, declined.id, { action: "decline", text: "理由" });
      const withdrawn = await salesAsks(w, "取り下げたお願い");
      await patchRequest(w, w.tokens.sales, withdrawn.id, { status: "withdrawn" }, { "if-match": '"1"' });
      const next = await createAgenda(w.t, w.tokens.organizer, w.agenda.objectiveId);
      const carried = (await view(next.id)).carriedRequests ?? [];
      expect(carried.map((r) => [r.text, r.status])).toEqual([
        ["まだ回答のないお願い", "open"],
        ["代案が出たお願い", "countered"],
      ]);
      expect(carried[0]?.meeting.subject).toBe(w.agenda.subject);
      expect(carried[0]?.id).toBe(open.id);
      // Not into the meeting itself, nor back into earlier ones; not into meetings without the objective.
      expect((await view(w.agenda.id)).carriedRequests).toEqual([]);
      expect((await view((await createAgenda(w.t, w.tokens.organizer, null)).id)).carriedRequests).toEqual([]);
    });
  });
}
