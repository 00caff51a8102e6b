// Carry-forward through both ApiClients — the in-memory fake (/preview tests, feature tests) and the
// real HTTP client against the real server — with the same cases, so the fake cannot drift.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDevTokenAuth } from "../../src/platform/auth/dev-token-auth";
import { createFakeApiClient } from "../../src/platform/fakes/fake-api-client";
import { demoMe } from "../../src/platform/fakes/fake-demo-seed";
import { createHttpApiClient } from "../../src/platform/http/api-client";
import { ApiError, type ApiClient } from "../../src/platform/ports";
import { buildTestApp, type TestApp } from "../server/api-helper";

const HANAKO = { email: "hanako.sato@contoso.example", name: "佐藤 花子" };
const ICHIRO = "ichiro.suzuki@contoso.example";
const OUTSIDER = { email: "yumi.watanabe@contoso.example", name: "渡辺 由美" };

let server: TestApp;
let baseUrl = "";
beforeAll(async () => {
  server = await buildTestApp({ env: { AUTH_MODE: "local" } });
  baseUrl = await server.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await server.close();
});

const http = (p: { email: string; name: string }): ApiClient =>
  createHttpApiClient({ baseUrl, auth: createDevTokenAuth({ baseUrl, ...p }), retry: { attempts: 1, baseDelayMs: 10 } });

const subjects: Record<string, () => { organizer: ApiClient; outsider: ApiClient }> = {
  fake: () => {
    const organizer = createFakeApiClient({ me: demoMe(HANAKO.email) });
    return { organizer, outsider: organizer.as(demoMe(OUTSIDER.email)) };
  },
  http: () => ({ organizer: http(HANAKO), outsider: http(OUTSIDER) }),
};

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error("expected a rejection");
}

for (const [name, make] of Object.entries(subjects)) {
  describe(`carry-forward via the ${name} ApiClient`, () => {
    it("lists the earlier meeting's open commitments by objective and in the next agenda's view", async () => {
      const { organizer, outsider } = make();
      const objective = await organizer.createObjective({ title: `CRM ${Math.random().toString(36).slice(2)}` });
      const meeting = (subject: string, startsAt: string) =>
        organizer.createAgenda({
          subject,
          objectiveId: objective.id,
          objectiveTitle: objective.title,
          attendees: [{ email: ICHIRO, name: "鈴木 一郎", department: "営業部" }],
          startsAt,
        });
      const past = await meeting("第1回", "2026-11-01T10:00:00+09:00");
      await organizer.addCommitment(past.id, { ownerEmail: ICHIRO, action: "後の約束", dueDate: "2099-02-01" });
      await organizer.addCommitment(past.id, { ownerEmail: ICHIRO, action: "先の約束", dueDate: "2020-02-01", confirmPastDue: true });
      const done = await organizer.addCommitment(past.id, { ownerEmail: ICHIRO, action: "済んだ約束", dueDate: "2020-01-01", confirmPastDue: true });
      await organizer.updateCommitment(done.id, { status: "done" });
      const next = await meeting("第2回", "2099-12-01T10:00:00+09:00");
      await organizer.addCommitment(next.id, { ownerEmail: ICHIRO, action: "今回の約束", dueDate: "2099-12-20" });

      const byObjective = await outsider.openCommitmentsForObjective(objective.id, "2099-12-01T01:00:00.000Z");
      expect(byObjective.items.map((i) => i.action)).toEqual(["先の約束", "後の約束"]);
      expect(byObjective.total).toBe(2);
      expect(byObjective.items[0]?.meeting).toEqual({ subject: "第1回", at: "2026-11-01T01:00:00.000Z", organizerEmail: HANAKO.email });

      const view = await organizer.getAgenda(next.id);
      expect(view.carriedForward).toEqual(byObjective);
      expect((await organizer.getAgenda(past.id)).carriedForward).toEqual({ items: [], total: 0 });
      expect((await organizer.openCommitmentsForObjective(objective.id, "2026-11-01T01:00:00Z")).total).toBe(0);
    });

    it("answers 404 for an unknown objective and 400 naming `before`", async () => {
      const { organizer } = make();
      expect((await rejection(organizer.openCommitmentsForObjective("no_such_objective"))).status).toBe(404);
      const objective = await organizer.createObjective({ title: `CRM ${Math.random().toString(36).slice(2)}` });
      const bad = await rejection(organizer.openCommitmentsForObjective(objective.id, "next week"));
      expect([bad.status, bad.field]).toEqual([400, "before"]);
    });
  });
}
