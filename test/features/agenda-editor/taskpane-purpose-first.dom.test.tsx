// The task pane as a first-time organizer meets it: the objective first and focused, the meeting's
// facts and score folded into one strip, validation where the user looks, a score that explains
// itself, one write per Insert with the department slots as proposals, the library only by choice,
// and the pane's language apart from the agenda's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { AgendaEditor } from "../../../src/features/agenda-editor/agenda-editor";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeMeetingItem, type FakeMeetingInit, type FakeMeetingItem } from "../../../src/platform/fakes/fake-meeting-item";
import { outlookWebRewrite } from "../../../src/platform/fakes/outlook-rewrite";

const OWA_BODY = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies/owa-teams-legacy-link.html"), "utf8");
const PLANNING_SLOT = "企画部で CRM デモを 3 社分つくる";

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
        <AgendaEditor appBaseUrl="https://purpose.example" />
      </PortsProvider>
    </AppShell>,
  );
}

const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);
const READS = new Set(["me", "listObjectives", "listDepartments", "getAgenda", "findAgendas", "resolveDirectory", "openCommitmentsForObjective", "subscribeAgenda"]);
const writes = (api: FakeApiClient) => api.calls.filter((c) => !READS.has(c.method)).map((c) => c.method);

async function clickInsert() {
  fireEvent.click(screen.getByTestId("insert-agenda"));
  await waitFor(() => expect(screen.getByTestId("busy-indicator")).toHaveAttribute("data-busy", "false"));
}

/** The form's controls in document order, by what they are. */
function formControls(): string[] {
  const editor = screen.getByTestId("agenda-editor");
  return [...editor.querySelectorAll<HTMLElement>("input, textarea, select, button")]
    .filter((el) => !el.closest('[data-testid="pane-ui-language"]') && el.getAttribute("data-testid") !== "pane-ui-language")
    .map((el) => el.getAttribute("data-testid") ?? el.getAttribute("data-field") ?? el.tagName.toLowerCase());
}

describe("task pane: the objective comes first", () => {
  it("starts with the objective, focused, then what to decide; the meeting's facts are one folded strip", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting());
    const objective = await screen.findByTestId("objective-input");
    await waitFor(() => expect(objective).toHaveFocus());
    expect(formControls().slice(0, 4)).toEqual(["objective-input", "desired-outcome-input", "meeting-strip-details", "meeting-strip-score"]);

    const details = screen.getByTestId("meeting-strip-details");
    expect(details).toHaveAttribute("aria-expanded", "false");
    expect(details).toHaveTextContent("3 attendees · 2 departments");
    expect(screen.getByTestId("strip-teams")).toHaveTextContent("Teams meeting");
    expect(screen.queryByTestId("attendee-groups")).toBeNull();
    expect(screen.queryByTestId("teams-status")).toBeNull();

    fireEvent.click(details);
    expect(details).toHaveAttribute("aria-expanded", "true");
    const panel = within(screen.getByTestId("meeting-strip-details-panel"));
    expect(panel.getByTestId("teams-status")).toHaveTextContent("Teams meeting found");
    expect(panel.getAllByTestId("attendee-group").map((g) => g.getAttribute("data-department"))).toEqual(["営業部", "企画部"]);
    expect(panel.getAllByRole("textbox", { name: /Department name/ })).toHaveLength(2);
  });

  it("says in the strip when there is no Teams meeting", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting({ body: "<html><body><p>Agenda to follow</p></body></html>" }));
    await screen.findByTestId("objective-input");
    expect(screen.getByTestId("strip-teams")).toHaveAttribute("data-teams", "no");
    expect(screen.getByTestId("strip-teams")).toHaveTextContent("No Teams meeting");
  });
});

describe("task pane: validation where the user looks", () => {
  it("treats a whitespace-only objective as empty: a summary next to Insert, focus on the objective, nothing written", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api, meeting());
    const objective = await screen.findByTestId("objective-input");
    fireEvent.change(objective, { target: { value: "   \u3000 " } });
    screen.getByTestId("desired-outcome-input").focus();
    await clickInsert();
    const summary = screen.getByTestId("insert-problems");
    expect(summary).toHaveAttribute("role", "alert");
    expect(summary).toHaveTextContent("Before inserting, fix this:");
    expect(summary).toHaveTextContent("Enter the shared objective");
    // Right after the Insert button, not somewhere above.
    expect(screen.getByTestId("insert-agenda").compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(objective).toHaveFocus());
    expect(writes(api)).toEqual([]);

    fireEvent.change(objective, { target: { value: DEMO_OBJECTIVE.title } });
    expect(screen.queryByTestId("insert-problems")).toBeNull();
  });

  it("opens the folded departments and focuses the one that needs fixing", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api, meeting());
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    fireEvent.click(screen.getByTestId("meeting-strip-details"));
    fireEvent.change(screen.getAllByRole("textbox", { name: /Department name/ })[1]!, { target: { value: " 営業部 " } });
    fireEvent.click(screen.getByTestId("meeting-strip-details"));
    expect(screen.queryAllByRole("textbox", { name: /Department name/ })).toHaveLength(0);

    await clickInsert();
    expect(screen.getByTestId("insert-problems")).toHaveTextContent("The department “営業部” is listed twice");
    await waitFor(() => expect(screen.getAllByRole("textbox", { name: /Department name/ })[1]).toHaveFocus());
    expect(writes(api)).toEqual([]);
  });

  it("each problem in the summary takes the organizer to its field", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting());
    await screen.findByTestId("objective-input");
    fireEvent.change(screen.getAllByTestId("contribution-slot")[1]!, { target: { value: "x".repeat(2001) } });
    await clickInsert();
    const links = screen.getAllByTestId("insert-problem");
    expect(links.map((l) => l.textContent)).toEqual(["Enter the shared objective", "What 企画部 can do is too long"]);
    fireEvent.click(links[1]!);
    await waitFor(() => expect(screen.getAllByTestId("contribution-slot")[1]).toHaveFocus());
    expect(screen.getByText("Use at most 2000 characters (now 2001).")).toBeInTheDocument();
  });
});

describe("task pane: the purpose-first score explains itself", () => {
  it("is neutral until there is an objective, then explains in place with tips that follow the typing", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting());
    await screen.findByTestId("objective-input");
    const toggle = screen.getByTestId("meeting-strip-score");
    expect(toggle.tagName).toBe("BUTTON");
    expect(toggle).not.toHaveAttribute("tabindex", "-1");
    expect(within(toggle).getByTestId("purpose-score")).toHaveAttribute("data-score", "");
    expect(toggle).toHaveTextContent("Purpose-first —");

    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByTestId("score-needs-objective")).toHaveTextContent("Enter the shared objective to start scoring.");

    fireEvent.change(screen.getByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    const first = Number(within(toggle).getByTestId("purpose-score").getAttribute("data-score"));
    expect(first).toBeGreaterThan(0);
    const tip = () => screen.getAllByTestId("score-tip").find((t) => t.getAttribute("data-tip") === "tip.offers");
    expect(tip()).toHaveTextContent("Write one thing each department can do: +13 each (still missing: 営業部, 企画部)");
    expect(screen.getAllByTestId("score-tip").map((t) => t.getAttribute("data-tip"))).toContain("tip.outcome");

    fireEvent.change(screen.getAllByTestId("contribution-slot")[1]!, { target: { value: PLANNING_SLOT } });
    expect(tip()).toHaveTextContent("(still missing: 営業部)");
    const second = Number(within(toggle).getByTestId("purpose-score").getAttribute("data-score"));
    expect(second).toBe(first + 13);
  });
});

describe("task pane: one Insert, one write", () => {
  it("sends the agenda and its slots in one request and renders the body from its answer", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    const slots = screen.getAllByTestId("contribution-slot");
    fireEvent.change(slots[0]!, { target: { value: "営業部で大手 3 社の紹介をとる" } });
    fireEvent.change(slots[1]!, { target: { value: PLANNING_SLOT } });
    const before = api.calls.length;
    await clickInsert();
    await screen.findByTestId("agenda-saved");
    // One write; the pane's requests then follow the agenda's live stream (a subscription, no read).
    expect(api.calls.slice(before).map((c) => c.method).filter((m) => m !== "subscribeAgenda")).toEqual(["createAgendaView"]);
    expect((calls(api, "createAgendaView")[0]?.args[0] as { slots: unknown }).slots).toEqual([
      { department: "営業部", text: "営業部で大手 3 社の紹介をとる" },
      { department: "企画部", text: PLANNING_SLOT },
    ]);
    // The organizer's own department is hers; the other one is her proposal until 企画部 confirms it.
    const body = item.snapshot().body;
    expect(body).toMatch(new RegExp(`${PLANNING_SLOT}[^<]*<span[^>]*>— Proposed by 佐藤 花子 \\(organizer\\)`));
    expect(body).toMatch(/営業部で大手 3 社の紹介をとる[^<]*<span[^>]*>— 佐藤 花子</);
    expect(screen.getAllByTestId("contribution-slot").map((s) => (s as HTMLTextAreaElement).value)).toEqual(["営業部で大手 3 社の紹介をとる", PLANNING_SLOT]);

    const again = api.calls.length;
    fireEvent.change(screen.getAllByTestId("contribution-slot")[1]!, { target: { value: `${PLANNING_SLOT}（2 週間で）` } });
    await clickInsert();
    await waitFor(() => expect(screen.getByTestId("agenda-saved")).toHaveTextContent("replaced"));
    expect(api.calls.slice(again).map((c) => c.method)).toEqual(["patchAgendaView"]);
    expect(item.snapshot().body).toContain(`${PLANNING_SLOT}（2 週間で）`);
  });

  it("shows a slot its department confirmed as theirs, and no longer sends it", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    fireEvent.change(screen.getAllByTestId("contribution-slot")[1]!, { target: { value: PLANNING_SLOT } });
    await clickInsert();
    const agendaId = item.snapshot().agendaId!;
    const misaki = api.as(demoMe("misaki.tanaka@contoso.example"));
    const slot = (await misaki.getAgenda(agendaId)).contributions.find((c) => c.department === "企画部")!;
    const confirmed = await misaki.updateContribution(slot.id, { text: slot.text }, { ifMatch: slot.version });
    expect(confirmed.proposal).toMatchObject({ status: "confirmed", confirmedByEmail: "misaki.tanaka@contoso.example", confirmedByName: "田中 美咲" });

    // The organizer reopens the pane: the department's text is shown, not a field to overwrite it.
    const reopened = renderEditor(api, item);
    const panes = screen.getAllByTestId("agenda-editor");
    const pane = within(panes[panes.length - 1]!);
    const theirs = await pane.findByTestId("slot-confirmed");
    expect(theirs).toHaveTextContent("Confirmed by 田中 美咲 (企画部):");
    expect(theirs).toHaveTextContent(PLANNING_SLOT);
    expect(pane.getAllByTestId("contribution-slot")).toHaveLength(1);
    await act(async () => {
      fireEvent.click(pane.getByTestId("insert-agenda"));
    });
    await waitFor(() => expect(calls(api, "patchAgendaView")).toHaveLength(1));
    expect((calls(api, "patchAgendaView")[0]?.args[2] as { slots: Array<{ department: string }> }).slots.map((s) => s.department)).toEqual(["営業部"]);
    await waitFor(() => expect(item.snapshot().body).toMatch(new RegExp(`${PLANNING_SLOT}[^<]*<span[^>]*>— 田中 美咲`)));
    reopened.unmount();
  });
});

describe("task pane: the objective library only by choice", () => {
  it("adds a typed objective to the library when the organizer ticks the box, in the same request", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api, meeting());
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: "Win three enterprise accounts" } });
    const box = screen.getByTestId("objective-add-to-library");
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    const before = api.calls.length;
    await clickInsert();
    await screen.findByTestId("agenda-saved");
    // One write; the pane's requests then follow the agenda's live stream (a subscription, no read).
    expect(api.calls.slice(before).map((c) => c.method).filter((m) => m !== "subscribeAgenda")).toEqual(["createAgendaView"]);
    expect(calls(api, "createAgendaView")[0]?.args[0]).toMatchObject({ objectiveId: null, addObjectiveToLibrary: true });
    const added = (await api.listObjectives()).find((o) => o.title === "Win three enterprise accounts");
    expect(added).toBeDefined();
    expect(screen.queryByTestId("objective-add-to-library")).toBeNull();
  });

  it("does not offer archived objectives", async () => {
    const seed = demoSeed();
    seed.objectives = [...(seed.objectives ?? []), { id: "obj_old", title: "Old objective from last year", description: "", createdAt: "2025-01-05T09:00:00.000Z", archivedAt: "2025-12-01T00:00:00.000Z" }];
    renderEditor(createFakeApiClient(seed), meeting());
    const objective = await screen.findByTestId("objective-input");
    fireEvent.click(objective);
    const options = within(await screen.findByRole("listbox")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([DEMO_OBJECTIVE.title]);
  });
});

describe("task pane: its language and the agenda's", () => {
  it("speaks the host's language and switches on its own; the agenda's language follows it until chosen", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting({ displayLanguage: "ja" });
    renderEditor(api, item, "ja");
    await screen.findByTestId("objective-input");
    expect(screen.getByTestId("agenda-editor")).toHaveAttribute("lang", "ja");
    expect(screen.getByRole("radio", { name: "日本語" })).toBeChecked();
    expect(screen.getByText("挿入するアジェンダの言語")).toBeInTheDocument();

    // Not chosen yet: the agenda's language goes with the pane's.
    fireEvent.change(screen.getByTestId("pane-ui-language"), { target: { value: "en" } });
    expect(screen.getByTestId("agenda-editor")).toHaveAttribute("lang", "en");
    expect(screen.getByRole("button", { name: "Insert agenda" })).toBeInTheDocument();
    expect(screen.getByText("Language of the inserted agenda")).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();

    // Chosen: it stays whatever the pane is switched to.
    fireEvent.click(screen.getByRole("radio", { name: "日本語" }));
    fireEvent.change(screen.getByTestId("pane-ui-language"), { target: { value: "ja" } });
    fireEvent.change(screen.getByTestId("pane-ui-language"), { target: { value: "en" } });
    expect(screen.getByRole("radio", { name: "日本語" })).toBeChecked();

    fireEvent.change(screen.getByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    await clickInsert();
    await screen.findByTestId("agenda-saved");
    expect(calls(api, "createAgendaView")[0]?.args[0]).toMatchObject({ lang: "ja" });
    expect(item.snapshot().body).toContain("━━ Common Purpose アジェンダ ━━");
  });

  it("follows the host's display language when it changes, and the agenda's language with it", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting({ displayLanguage: "en" });
    const { rerender } = renderEditor(api, item, "en");
    await screen.findByTestId("objective-input");
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    // On /preview the page's language stands for Office's display language.
    act(() => item.setDisplayLanguage("ja"));
    rerender(
      <AppShell lang="ja">
        <PortsProvider ports={{ api, meetingItem: item }}>
          <AgendaEditor appBaseUrl="https://purpose.example" />
        </PortsProvider>
      </AppShell>,
    );
    await waitFor(() => expect(screen.getByTestId("agenda-editor")).toHaveAttribute("lang", "ja"));
    expect(screen.getByTestId("pane-ui-language")).toHaveValue("ja");
    expect(screen.getByRole("radio", { name: "日本語" })).toBeChecked();
  });
});
