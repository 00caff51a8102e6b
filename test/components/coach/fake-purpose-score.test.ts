// The fake API (tests, /preview) scores agendas with the same core function as the server.
import { describe, expect, it } from "vitest";
import { scoreAgenda } from "../../../src/core/coach/score-agenda";
import { demoMe } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";

describe("fake API purpose score", () => {
  it("scores on create and recomputes on every contribution write", async () => {
    const me = demoMe("hanako.sato@contoso.example");
    const api = createFakeApiClient({ me });
    const agenda = await api.createAgenda({
      objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
      desiredOutcome: "提案先を決める",
      departments: [{ name: "営業部", mission: "" }],
      attendees: [],
    });
    expect(agenda.purposeScore).toBe(scoreAgenda({ agenda, contributions: [], commitments: [] }).score);
    await api.addContribution(agenda.id, { department: "営業部", text: "既存顧客への紹介を引き受けます" });
    const view = await api.getAgenda(agenda.id);
    expect(view.agenda.purposeScore).toBe(scoreAgenda(view).score);
    expect(view.agenda.purposeScore).toBeGreaterThan(agenda.purposeScore ?? 0);
  });
});
