// The fake Teams host drives app caching and theme changes in tests and /preview like Teams does.
import { describe, expect, it } from "vitest";
import { createFakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";

describe("fake Teams host: app caching", () => {
  it("runs before-unload work to completion, then re-binds subscribers to the new context", async () => {
    const teams = createFakeTeamsMeeting({ chatId: "19:meeting_A@thread.v2", entityId: "agd_a" });
    const events: string[] = [];
    teams.onBeforeUnload(async () => {
      await new Promise((r) => setTimeout(r, 5));
      events.push("flushed");
    });
    const off = teams.onContextChange((c) => events.push(`bound ${c.entityId} ${c.chatId}`));
    const next = await teams.cacheAndReload({ chatId: "19:meeting_B@thread.v2", entityId: "agd_b" });
    expect(next.entityId).toBe("agd_b");
    expect(events).toEqual(["flushed", "bound agd_b 19:meeting_B@thread.v2"]);
    expect((await teams.initialize()).chatId).toBe("19:meeting_B@thread.v2");
    off();
    await teams.cacheAndReload({ entityId: "agd_c" });
    expect(events).toEqual(["flushed", "bound agd_b 19:meeting_B@thread.v2", "flushed"]);
  });

  it("keeps the user hint when only part of it changes", async () => {
    const teams = createFakeTeamsMeeting({ userHint: { email: "a@x.example", name: "A", tenantId: "t" } });
    const next = await teams.cacheAndReload({ userHint: { email: "a@x.example", name: "A", tenantId: "t", kind: "guest" } });
    expect(next.userHint).toEqual({ email: "a@x.example", name: "A", tenantId: "t", kind: "guest" });
  });
});
