// The config page when the meeting's chat names no agenda: (a) meetings around now, (b) paste a
// link (teams-config.dom.test.tsx), (c) create the agenda here — or a clear message for those who
// may not, and for a meeting whose agenda someone else already holds.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { TEAMS_THREAD_BOUND } from "../../../src/core/api/thread-binding-contract";
import { TeamsConfig } from "../../../src/features/teams-config/teams-config";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";
import { ApiError, type ApiClient, type TeamsContext } from "../../../src/platform/ports";

const CHAT = "19:meeting_NoAgendaYet01@thread.v2";
const BASE = "https://purpose.example";
const NOW = new Date("2026-12-01T01:30:00.000Z");

async function setup(opts: { kind?: TeamsContext["userHint"]["kind"]; lang?: "ja" | "en"; api?: (api: ApiClient) => ApiClient; chatId?: string | null } = {}) {
  const fake = createFakeApiClient(demoSeed());
  const soon = await fake.createAgenda({ objectiveTitle: DEMO_OBJECTIVE.title, subject: "CRM 定例", startsAt: "2026-12-01T02:00:00.000Z", endsAt: "2026-12-01T03:00:00.000Z" });
  const lastMonth = await fake.createAgenda({ objectiveTitle: "Long ago", startsAt: "2026-11-01T02:00:00.000Z" });
  const api = opts.api ? opts.api(fake) : fake;
  const teams = createFakeTeamsMeeting({
    chatId: opts.chatId === undefined ? CHAT : opts.chatId,
    frame: "settings",
    userHint: { email: null, name: null, tenantId: "t", ...(opts.kind ? { kind: opts.kind } : {}) },
  });
  const context = await teams.initialize();
  render(
    <AppShell lang={opts.lang ?? "en"}>
      <PortsProvider ports={{ api, teams }}>
        <TeamsConfig context={context} appBaseUrl={BASE} now={() => NOW} />
      </PortsProvider>
    </AppShell>,
  );
  return { fake, teams, soon, lastMonth };
}

describe("Teams config page without a matching agenda", () => {
  it("(a) offers my meetings around now with date, time and objective, and saves the one picked", async () => {
    const { teams, soon } = await setup();
    const list = await screen.findByTestId("config-nearby");
    const radios = list.querySelectorAll("input[type=radio]");
    expect(radios).toHaveLength(1); // last month's meeting is outside the window
    const label = screen.getByRole("radio", { name: /CRM 定例/ });
    expect(label.closest("span,div")?.textContent ?? "").toMatch(new RegExp(`${DEMO_OBJECTIVE.title}.*CRM 定例`));
    expect(list.textContent).toMatch(/Dec 1/);
    expect(teams.isConfigValid()).toBe(false);
    fireEvent.click(label);
    await waitFor(() => expect(teams.isConfigValid()).toBe(true));
    expect(await teams.triggerSave()).toEqual({ entityId: soon.id, contentUrl: `${BASE}/agenda/${soon.id}`, suggestedDisplayName: "Shared objective" });
  });

  it("(a) says so when none of my meetings is near", async () => {
    await setup({ api: (api) => ({ ...api, findAgendas: async (q) => ("from" in q && q.from ? [] : api.findAgendas(q)) }) });
    expect(await screen.findByTestId("config-nearby-empty")).toHaveTextContent("None of your meetings");
  });

  it("(a) shows a failed lookup as an error", async () => {
    const failing = (api: ApiClient): ApiClient => ({
      ...api,
      findAgendas: async (q) => {
        if (q.from) throw new ApiError(0, "network", "offline");
        return api.findAgendas(q);
      },
    });
    await setup({ api: failing });
    expect(await screen.findByTestId("config-nearby-error")).toHaveTextContent("Can't reach the server");
  });

  it("(c) creates the agenda bound to the meeting's thread from a library objective, then saves it", async () => {
    const { fake, teams } = await setup();
    await screen.findByTestId("config-create");
    await waitFor(() => expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo"));
    fireEvent.change(screen.getByTestId("config-create-outcome"), { target: { value: "Agree the first joint pilot" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "営業部" }));
    fireEvent.click(screen.getByTestId("config-create-submit"));
    expect(await screen.findByTestId("config-created")).toHaveTextContent("Press Save");
    await waitFor(() => expect(teams.isConfigValid()).toBe(true));
    const saved = await teams.triggerSave();
    const [created] = await fake.findAgendas({ teamsThreadId: CHAT });
    expect(saved.entityId).toBe(created?.id);
    expect(created).toMatchObject({ objectiveId: "obj_demo", objectiveTitle: DEMO_OBJECTIVE.title, desiredOutcome: "Agree the first joint pilot", teamsThreadId: CHAT, lang: "en" });
    expect(created?.departments.map((d) => d.name)).toEqual(["営業部"]);
    expect(created?.departments[0]?.mission).not.toBe("");
  });

  it("(c) a new objective must be named; over-long text is an inline error", async () => {
    const { fake } = await setup();
    await screen.findByTestId("config-create");
    await waitFor(() => expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo"));
    fireEvent.change(screen.getByTestId("config-create-objective"), { target: { value: "__new__" } });
    fireEvent.click(screen.getByTestId("config-create-submit"));
    expect(await screen.findByText("Enter the shared objective.")).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("config-create-outcome"), { target: { value: "x".repeat(2001) } });
    expect(await screen.findByText("At most 2000 characters.")).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("config-create-outcome"), { target: { value: "ok" } });
    fireEvent.change(screen.getByTestId("config-create-title"), { target: { value: "部門を越えて新規顧客を増やす" } });
    fireEvent.click(screen.getByTestId("config-create-submit"));
    await screen.findByTestId("config-created");
    expect((await fake.findAgendas({ teamsThreadId: CHAT }))[0]).toMatchObject({ objectiveId: null, objectiveTitle: "部門を越えて新規顧客を増やす" });
  });

  it.each([
    ["guest", "en", /You joined as a guest.*Ask the meeting's organizer/],
    ["anonymous", "en", /without signing in.*Ask the meeting's organizer/],
    ["guest", "ja", /ゲストとして参加.*開催者に/],
  ] as const)("a %s (%s) can't create one and is told whom to ask", async (kind, lang, text) => {
    const { teams } = await setup({ kind, lang });
    const notice = await screen.findByTestId("config-create-block");
    expect(notice).toHaveAttribute("data-block", kind);
    expect(notice.textContent).toMatch(text);
    expect(screen.queryByTestId("config-create")).toBeNull();
    expect(teams.isConfigValid()).toBe(false);
  });

  it("a 403 from the server is the same clear message, not a generic error", async () => {
    await setup({ api: (api) => ({ ...api, createAgenda: async () => Promise.reject(new ApiError(403, "forbidden", "no")) }) });
    await waitFor(() => expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo"));
    fireEvent.click(screen.getByTestId("config-create-submit"));
    expect(await screen.findByTestId("config-create-block")).toHaveTextContent("Your account isn't allowed to create agendas");
  });

  it("a thread bound to an agenda the user may not open (409) says to ask the meeting's organizer, without naming anyone", async () => {
    // The server names the organizer only to people on that agenda (thread-binding.ts).
    const conflict = { reason: TEAMS_THREAD_BOUND, organizerEmail: null, yours: false, agendaId: null };
    await setup({ api: (api) => ({ ...api, createAgenda: async () => Promise.reject(new ApiError(409, "conflict", "bound", "teamsThreadId", conflict)) }) });
    await waitFor(() => expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo"));
    fireEvent.click(screen.getByTestId("config-create-submit"));
    const notice = await screen.findByTestId("config-create-block");
    expect(notice.textContent).toMatch(/Someone already created the agenda for this meeting.*Ask the meeting's organizer to add you/);
    expect(notice.textContent).not.toContain("@");
    expect(screen.queryByTestId("config-use-bound")).toBeNull();
  });

  it("a thread already bound to my own agenda (409) offers to use it", async () => {
    let existing = "";
    const { teams } = await setup({
      api: (api) => ({
        ...api,
        createAgenda: async () => {
          const mine = await api.createAgenda({ objectiveTitle: "Mine already" });
          existing = mine.id;
          throw new ApiError(409, "conflict", "yours", "teamsThreadId", { reason: TEAMS_THREAD_BOUND, organizerEmail: mine.organizerEmail, yours: true, agendaId: mine.id });
        },
      }),
    });
    await waitFor(() => expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo"));
    fireEvent.click(screen.getByTestId("config-create-submit"));
    expect(await screen.findByTestId("config-create-block")).toHaveTextContent("You already created the agenda for this meeting");
    fireEvent.click(await screen.findByTestId("config-use-bound"));
    await waitFor(() => expect(teams.isConfigValid()).toBe(true));
    expect((await teams.triggerSave()).entityId).toBe(existing);
  });

  it("outside a meeting (no chat) there is nothing to create for", async () => {
    await setup({ chatId: null });
    expect(await screen.findByText(/isn't in a meeting/)).toBeInTheDocument();
    expect(screen.queryByTestId("config-create")).toBeNull();
  });
});
