import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { findAgendaBlocks } from "../../../src/core/agenda/merge-agenda";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { AgendaEditor } from "../../../src/features/agenda-editor/agenda-editor";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeMeetingItem, type FakeMeetingInit, type FakeMeetingItem } from "../../../src/platform/fakes/fake-meeting-item";
import { outlookWebRewrite } from "../../../src/platform/fakes/outlook-rewrite";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies", name), "utf8");
const OWA_BODY = fixture("owa-teams-legacy-link.html");
const TEXT_BODY = fixture("plain-text-teams.txt");
const TEAMS_BLOCK = OWA_BODY.slice(OWA_BODY.indexOf('<div style="width:100%">'), OWA_BODY.indexOf("</body>"));
const THREAD_ID = "19:meeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0@thread.v2";
const BASE = "https://purpose.example";

function meeting(init: FakeMeetingInit = {}): FakeMeetingItem {
  return createFakeMeetingItem({
    subject: "Enterprise CRM push",
    body: OWA_BODY,
    bodyFormat: "html",
    organizerEmail: "hanako.sato@contoso.example",
    attendees: [
      { email: "misaki.tanaka@contoso.example", name: "Misaki Tanaka", kind: "required" },
      { email: "ichiro.suzuki@contoso.example", name: "Ichiro Suzuki", kind: "required" },
    ],
    displayLanguage: "en",
    rewriteOnSet: outlookWebRewrite,
    ...init,
  });
}

function renderEditor(api: FakeApiClient, item: FakeMeetingItem, lang: Lang = "en") {
  return render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api, meetingItem: item }}>
        <AgendaEditor appBaseUrl={BASE} />
      </PortsProvider>
    </AppShell>,
  );
}

const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);
const objectiveInput = () => screen.findByTestId("objective-input");
/** The meeting strip's details (attendees, departments, Teams) start folded. */
const openDetails = () => fireEvent.click(screen.getByTestId("meeting-strip-details"));

async function insert(buttonName: RegExp = /Insert agenda|Update agenda/) {
  const before = screen.queryByTestId("agenda-saved");
  fireEvent.click(screen.getByRole("button", { name: buttonName }));
  await waitFor(() => expect(screen.getByTestId("busy-indicator")).toHaveAttribute("data-busy", "false"));
  return before;
}

describe("agenda editor (Outlook task pane)", () => {
  it("pre-fills the departments the attendees span, with their missions from the library", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting());
    await objectiveInput();
    openDetails();
    const names = screen.getAllByRole("textbox", { name: /Department name/ }).map((i) => (i as HTMLInputElement).value);
    expect(names).toEqual(["営業部", "企画部"]);
    expect(screen.getByRole("textbox", { name: "Mission of 営業部" })).toHaveValue(DEMO_DEPARTMENTS[0].mission);
    expect(screen.getByText(/spans 2 departments/)).toBeInTheDocument();
    expect(screen.getByTestId("teams-status")).toHaveTextContent("Teams meeting found");
  });

  it("inserts the agenda, then re-inserts it: one agenda, one block, the Teams block intact", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    fireEvent.change(screen.getByTestId("desired-outcome-input"), { target: { value: "Who drafts the proposal" } });
    await insert(/Insert agenda/);
    expect(await screen.findByTestId("agenda-saved")).toHaveTextContent("The agenda is in the meeting body.");

    const first = item.snapshot();
    expect(first.agendaId).toMatch(/^agd_/);
    expect(findAgendaBlocks(first.body, "html")).toHaveLength(1);
    expect(first.body).toContain(TEAMS_BLOCK);
    expect(first.body).toContain("Who drafts the proposal");
    expect(first.body).toContain(`${BASE}/agenda/${first.agendaId}`);
    const created = calls(api, "createAgendaView")[0]?.args[0] as Record<string, unknown>;
    // The existing library objective is reused, not duplicated; the Teams thread goes into the agenda.
    expect(calls(api, "createObjective")).toHaveLength(0);
    expect(created).not.toHaveProperty("addObjectiveToLibrary");
    expect(created).toMatchObject({ objectiveId: "obj_demo", teamsThreadId: THREAD_ID, lang: "en", subject: "Enterprise CRM push" });
    expect((created.attendees as Array<{ email: string; department: string }>).map((a) => a.department)).toEqual(["営業部", "企画部", "営業部"]);

    fireEvent.change(screen.getByTestId("desired-outcome-input"), { target: { value: "Who drafts it, by when" } });
    await insert(/Update agenda/);
    await waitFor(() => expect(screen.getByTestId("agenda-saved")).toHaveTextContent("replaced"));

    const second = item.snapshot();
    expect(calls(api, "createAgendaView")).toHaveLength(1);
    expect(calls(api, "patchAgendaView")).toHaveLength(1);
    expect(second.agendaId).toBe(first.agendaId);
    expect(findAgendaBlocks(second.body, "html")).toHaveLength(1);
    expect(second.body).toContain("Who drafts it, by when");
    expect(second.body).not.toContain("Who drafts the proposal");
    expect(second.body).toContain(TEAMS_BLOCK);
  });

  it("keeps the focus on the button through Insert (it becomes Update) and announces the result politely", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting());
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    const button = screen.getByRole("button", { name: "Insert agenda" });
    button.focus();
    fireEvent.click(button);
    // Busy: not a disabled button (the browser would drop its focus to the page), but one that says so.
    expect(screen.getByTestId("busy-indicator")).toHaveAttribute("data-busy", "true");
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId("busy-indicator")).toHaveAttribute("data-busy", "false"));
    expect(button).toHaveAccessibleName("Update agenda");
    expect(button).toHaveFocus();
    const status = screen.getByTestId("agenda-saved-status");
    expect(status).toHaveAttribute("role", "status");
    expect(status).toHaveAttribute("aria-live", "polite");
    expect(status).toHaveTextContent("The agenda is in the meeting body.");
  });

  it("reopening the pane loads the item's agenda and updates it instead of creating another", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    const first = renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    await insert(/Insert agenda/);
    await screen.findByTestId("agenda-saved");
    first.unmount();

    renderEditor(api, item);
    expect(await objectiveInput()).toHaveValue(DEMO_OBJECTIVE.title);
    expect(calls(api, "getAgenda").at(-1)?.args[0]).toBe(item.snapshot().agendaId);
    await insert(/Update agenda/);
    await screen.findByTestId("agenda-saved");
    expect(calls(api, "createAgendaView")).toHaveLength(1);
    expect(findAgendaBlocks(item.snapshot().body, "html")).toHaveLength(1);
  });

  it("uses a typed objective for this agenda only: the library is left as it was", async () => {
    const api = createFakeApiClient(demoSeed());
    const before = (await api.listObjectives()).map((o) => o.title);
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: "Win three enterprise accounts" } });
    expect(screen.getByTestId("objective-add-to-library")).not.toBeChecked();
    await insert(/Insert agenda/);
    await screen.findByTestId("agenda-saved");
    expect(calls(api, "createObjective")).toHaveLength(0);
    expect(calls(api, "createAgendaView")[0]?.args[0]).toMatchObject({ objectiveId: null, objectiveTitle: "Win three enterprise accounts" });
    expect(calls(api, "createAgendaView")[0]?.args[0]).not.toHaveProperty("addObjectiveToLibrary");
    expect((await api.listObjectives()).map((o) => o.title)).toEqual(before);
    expect(item.snapshot().body).toContain("Win three enterprise accounts");
  });

  it("asks for the objective instead of saving without one", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api, meeting());
    await objectiveInput();
    fireEvent.click(screen.getByRole("button", { name: "Insert agenda" }));
    expect(await screen.findByText("This field is required.")).toBeInTheDocument();
    expect(calls(api, "createAgenda")).toHaveLength(0);
  });

  it("Japanese breaks between phrases in the error summary's title and in the preview (the objective headline)", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting({ displayLanguage: "ja" }), "ja");
    await objectiveInput();
    fireEvent.click(screen.getByTestId("insert-agenda"));
    const title = await screen.findByTestId("insert-problems-title");
    expect(title).toHaveTextContent("挿入する前に、次の 1 件を直してください：");
    expect(title).toHaveAttribute("data-phrase-break");
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    await waitFor(() => expect(screen.getByTestId("agenda-preview").getAttribute("srcdoc")).toContain(DEMO_OBJECTIVE.title));
    expect(screen.getByTestId("agenda-preview").getAttribute("srcdoc")).toMatch(/<head>.*<style>body\{word-break:auto-phrase\}<\/style>.*<\/head>/s);
  });

  it("inserts a plain-text agenda into a plain-text body", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting({ body: TEXT_BODY, bodyFormat: "text", rewriteOnSet: undefined });
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    expect(screen.getByTestId("agenda-preview").tagName).toBe("PRE");
    await insert(/Insert agenda/);
    await screen.findByTestId("agenda-saved");
    const body = item.snapshot().body;
    expect(body).toContain("━━ Common Purpose agenda ━━");
    expect(body).toContain(TEXT_BODY.trim().split("\n").slice(2).join("\n"));
    expect(findAgendaBlocks(body, "text")).toHaveLength(1);
  });

  it("explains a body that would exceed Outlook's limit, and keeps the body as it was", async () => {
    const api = createFakeApiClient(demoSeed());
    const huge = OWA_BODY.replace("</body>", `<div>${"x".repeat(999_000)}</div></body>`);
    const item = meeting({ body: huge });
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    await insert(/Insert agenda/);
    expect(await screen.findByText(/limit of 1,000,000 characters/)).toBeInTheDocument();
    expect(item.snapshot().body).toBe(huge);
    expect(item.snapshot().setBodyCount).toBe(0);
  });

  it("on a concurrent change (412) keeps the draft and overwrites on the next save", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    await insert(/Insert agenda/);
    await screen.findByTestId("agenda-saved");
    const id = item.snapshot().agendaId!;
    await api.patchAgenda(id, 1, { desiredOutcome: "someone else's outcome" });

    fireEvent.change(screen.getByTestId("desired-outcome-input"), { target: { value: "my outcome" } });
    await insert(/Update agenda/);
    expect(await screen.findByText(/Someone else changed this agenda/)).toBeInTheDocument();
    expect(screen.getByTestId("desired-outcome-input")).toHaveValue("my outcome");

    await insert(/Update agenda/);
    await screen.findByTestId("agenda-saved");
    expect((await api.getAgenda(id)).agenda.desiredOutcome).toBe("my outcome");
    expect(item.snapshot().body).toContain("my outcome");
  });

  it("shows a network failure and inserts nothing", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    // The directory was asked when the pane opened; the save's one request is the agenda's.
    api.failNext("network");
    await insert(/Insert agenda/);
    expect((await screen.findAllByText(/Can't reach the server/)).length).toBeGreaterThan(0);
    expect(calls(api, "createAgendaView")).toHaveLength(1);
    expect(item.snapshot().setBodyCount).toBe(0);
    expect(item.snapshot().agendaId).toBeNull();
  });

  it("defaults to the Outlook display language; switching the agenda to English leaves the pane in Japanese", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting({ displayLanguage: "ja" });
    renderEditor(api, item, "ja");
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    expect(screen.getByRole("button", { name: "アジェンダを挿入" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect(screen.getByRole("button", { name: "アジェンダを挿入" })).toBeInTheDocument();
    expect(screen.getByTestId("agenda-editor")).toHaveAttribute("lang", "ja");
    await insert(/アジェンダを挿入/);
    await screen.findByTestId("agenda-saved");
    expect(item.snapshot().body).toContain("━━ Common Purpose agenda ━━");
    expect(calls(api, "createAgendaView")[0]?.args[0]).toMatchObject({ lang: "en" });
  });

  it("lets the organizer remove and add departments", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await objectiveInput(), { target: { value: DEMO_OBJECTIVE.title } });
    openDetails();
    fireEvent.click(screen.getByRole("button", { name: "Remove 企画部" }));
    fireEvent.change(screen.getByTestId("add-department-input"), { target: { value: "技術部" } });
    fireEvent.click(screen.getByTestId("add-department"));
    expect(screen.getByRole("textbox", { name: "Mission of 技術部" })).toHaveValue(DEMO_DEPARTMENTS[2].mission);
    await insert(/Insert agenda/);
    await screen.findByTestId("agenda-saved");
    const created = calls(api, "createAgendaView")[0]?.args[0] as { departments: Array<{ name: string }> };
    expect(created.departments.map((d) => d.name)).toEqual(["営業部", "技術部"]);
  });
});
