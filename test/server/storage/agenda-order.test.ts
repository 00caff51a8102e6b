import { describe, expect, it } from "vitest";
import { listAgendaRowsForPerson } from "../../../src/server/agendas/agenda.repository";
import { describeStorage } from "./storage-targets";

const row = (id: string, startsAt: string | null) => ({
  id,
  tenant_id: "t",
  organizer_email: "o@example.com",
  organizer_oid: "oid-o",
  subject: "",
  objective_id: null,
  objective_title: "X",
  desired_outcome: "",
  departments_json: "[]",
  obstacles_json: "[]",
  lang: "ja",
  starts_at: startsAt,
  ends_at: null,
  outlook_item_id: null,
  ical_uid: null,
  teams_thread_id: "19:meeting_same@thread.v2",
  join_url: null,
  version: 1,
  revision: 1,
  created_at: "2026-11-01T00:00:00.000Z",
  updated_at: "2026-11-01T00:00:00.000Z",
});

describe("agenda order", () => {
  describeStorage("agendas sharing a thread id", (ctx) => {
    it("come scheduled first, unscheduled last, on every database", async () => {
      await ctx.db.insertInto("agendas").values([row("b-unscheduled", null), row("a-scheduled", "2026-12-01T01:00:00.000Z")]).execute();
      const rows = await listAgendaRowsForPerson(ctx.db, "t", "oid-o", { mode: "teamsThreadId", teamsThreadId: "19:meeting_same@thread.v2" });
      expect(rows.map((r) => r.id)).toEqual(["a-scheduled", "b-unscheduled"]);
    });
  });
});
