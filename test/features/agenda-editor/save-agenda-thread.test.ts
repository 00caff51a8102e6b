import { describe, expect, it } from "vitest";
import { TEAMS_THREAD_BOUND } from "../../../src/core/api/thread-binding-contract";
import { DEMO_DEPARTMENTS } from "../../../src/core/demo/demo-people";
import { createAgenda } from "../../../src/features/agenda-editor/api/save-agenda";
import type { EditorDraft, MeetingFacts } from "../../../src/features/agenda-editor/draft";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { ApiError, type ApiClient } from "../../../src/platform/ports";

const THREAD = "19:meeting_SaveAgendaThread01@thread.v2";

async function setUp() {
  const api = createFakeApiClient(demoSeed());
  const objective = demoSeed().objectives?.[0];
  if (!objective) throw new Error("the demo seed has an objective");
  const departments = DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ name: d.name, mission: d.mission }));
  const draft: EditorDraft = { objectiveId: objective.id, objectiveTitle: objective.title, addObjectiveToLibrary: false, desiredOutcome: "First outcome", departments, lang: "en" };
  const facts: MeetingFacts = {
    subject: "CRM push",
    attendees: [],
    organizerEmail: (await api.me()).email,
    startsAt: null,
    endsAt: null,
    teamsThreadId: THREAD,
    joinUrl: null,
  };
  return { api, draft, facts };
}

/** The API as the server answers a second create on a thread that is already bound. */
function boundThread(api: ApiClient, holder: { agendaId: string | null; yours: boolean; organizerEmail: string }): ApiClient {
  return Object.assign(Object.create(api) as ApiClient, {
    createAgendaView: async () => {
      throw new ApiError(409, "conflict", "This Teams meeting already has an agenda", "teamsThreadId", { reason: TEAMS_THREAD_BOUND, ...holder });
    },
  });
}

describe("createAgenda on a Teams thread that already has an agenda", () => {
  it("updates the organizer's own agenda instead of failing: one meeting, one agenda", async () => {
    const { api, draft, facts } = await setUp();
    const first = (await createAgenda(api, draft, facts)).agenda;
    const bound = boundThread(api, { agendaId: first.id, yours: true, organizerEmail: facts.organizerEmail });
    const again = (await createAgenda(bound, { ...draft, desiredOutcome: "Second outcome" }, facts)).agenda;
    expect(again.id).toBe(first.id);
    expect(again.desiredOutcome).toBe("Second outcome");
    expect(again.version).toBeGreaterThan(first.version);
  });

  it("leaves someone else's agenda alone and passes the 409 on", async () => {
    const { api, draft, facts } = await setUp();
    const first = (await createAgenda(api, draft, facts)).agenda;
    const bound = boundThread(api, { agendaId: first.id, yours: false, organizerEmail: "someone@example.com" });
    await expect(createAgenda(bound, draft, facts)).rejects.toMatchObject({ status: 409 });
    expect((await api.getAgenda(first.id)).agenda.desiredOutcome).toBe("First outcome");
  });
});
