// The task pane's attendees, departments and slots: attendees grouped by department (unknown ones too), a failed
// directory lookup that leaves the pane usable, the per-department "what can we do" slots, and
// Collect commitments (read back from the body, record once, never twice).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { AgendaEditor } from "../../../src/features/agenda-editor/agenda-editor";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeMeetingItem, type FakeMeetingInit, type FakeMeetingItem } from "../../../src/platform/fakes/fake-meeting-item";
import { outlookWebRewrite } from "../../../src/platform/fakes/outlook-rewrite";
import { ApiError } from "../../../src/platform/ports";

const OWA_BODY = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies/owa-teams-legacy-link.html"), "utf8");
const TEXT_BODY = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies/plain-text-teams.txt"), "utf8");

function meeting(init: FakeMeetingInit = {}): FakeMeetingItem {
  return createFakeMeetingItem({
    subject: "Enterprise CRM push",
    body: OWA_BODY,
    bodyFormat: "html",
    organizerEmail: "hanako.sato@contoso.example",
    attendees: [
      { email: "misaki.tanaka@contoso.example", name: "Misaki Tanaka", kind: "required" },
      { email: "ichiro.suzuki@contoso.example", name: "Ichiro Suzuki", kind: "required" },
      { email: "guest@fabrikam.example", name: "Guest", kind: "optional" },
    ],
    displayLanguage: "en",
    rewriteOnSet: outlookWebRewrite,
    ...init,
  });
}

function renderEditor(api: FakeApiClient, item: FakeMeetingItem) {
  return render(
    <AppShell lang="en">
      <PortsProvider ports={{ api, meetingItem: item }}>
        <AgendaEditor appBaseUrl="https://purpose.example" />
      </PortsProvider>
    </AppShell>,
  );
}

const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);
/** The meeting strip's details (attendees, departments, Teams) start folded. */
const openDetails = () => fireEvent.click(screen.getByTestId("meeting-strip-details"));

async function insert() {
  fireEvent.click(screen.getByRole("button", { name: /Insert agenda|Update agenda/ }));
  await waitFor(() => expect(screen.getByTestId("busy-indicator")).toHaveAttribute("data-busy", "false"));
  await screen.findByTestId("agenda-saved");
}

describe("task pane: attendees and departments", () => {
  it("groups attendees by department, with an unknown-department group", async () => {
    renderEditor(createFakeApiClient(demoSeed()), meeting());
    await screen.findByTestId("objective-input");
    openDetails();
    const groups = screen.getAllByTestId("attendee-group");
    expect(groups.map((g) => g.getAttribute("data-department"))).toEqual(["営業部", "企画部", ""]);
    expect(groups[2]).toHaveTextContent("Unknown department: Guest");
    expect(screen.queryByTestId("directory-failed")).toBeNull();
  });

  it("stays usable when the directory lookup fails: says so, and takes departments by hand", async () => {
    const api = createFakeApiClient(demoSeed());
    const directoryDown = async () => {
      throw new ApiError(503, "internal", "down");
    };
    Object.assign(api, { resolveDirectory: directoryDown });
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    expect(screen.getByTestId("directory-failed")).toHaveTextContent("could not be looked up (The server had a problem.");
    openDetails();
    expect(screen.getAllByTestId("attendee-group").map((g) => g.getAttribute("data-department"))).toEqual([""]);
    expect(screen.queryAllByTestId("department-card")).toHaveLength(0);
    fireEvent.change(screen.getByTestId("add-department-input"), { target: { value: "営業部" } });
    fireEvent.click(screen.getByTestId("add-department"));
    fireEvent.change(screen.getByTestId("add-department-input"), { target: { value: "企画部" } });
    fireEvent.click(screen.getByTestId("add-department"));
    await insert();
    const created = calls(api, "createAgendaView")[0]?.args[0] as { departments: Array<{ name: string }> };
    expect(created.departments.map((d) => d.name)).toEqual(["営業部", "企画部"]);
    expect(item.snapshot().body).toContain("━━ Common Purpose agenda ━━");
  });
});

describe("task pane: what each department can do", () => {
  it("saves a filled slot with the agenda as the organizer's proposal, keeps it in the field, never twice", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    const slots = screen.getAllByTestId("contribution-slot");
    expect(slots).toHaveLength(2);
    fireEvent.change(slots[1]!, { target: { value: "Build the CRM demo for the first three accounts" } });
    expect(screen.getByTestId("agenda-preview").getAttribute("srcdoc")).toContain("Build the CRM demo for the first three accounts");
    await insert();
    expect(calls(api, "addContribution")).toHaveLength(0);
    expect((calls(api, "createAgendaView")[0]?.args[0] as { slots: unknown }).slots).toEqual([
      { department: "企画部", text: "Build the CRM demo for the first three accounts" },
    ]);
    expect(item.snapshot().body).toContain("Build the CRM demo for the first three accounts");
    expect(item.snapshot().body).toContain("Proposed by 佐藤 花子 (organizer)");
    expect(screen.getAllByTestId("contribution-slot").map((s) => (s as HTMLTextAreaElement).value)).toEqual(["", "Build the CRM demo for the first three accounts"]);

    await insert();
    const view = await api.getAgenda(item.snapshot().agendaId!);
    expect(view.contributions.map((c) => [c.department, c.text, c.proposal?.status])).toEqual([
      ["企画部", "Build the CRM demo for the first three accounts", "proposed"],
    ]);
  });
});

describe("task pane: collect commitments", () => {
  const handRow = "<tr><td>鈴木 一郎</td><td>Introduce three enterprise accounts</td><td>2099-12-01</td><td>Gives the proposal its first customers</td></tr>";

  it("reads rows typed into the body's commitments table, records them on confirmation, never twice", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting();
    renderEditor(api, item);
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    await insert();
    const agendaId = item.snapshot().agendaId!;
    // Someone committed live in Teams; the body is updated, then the organizer types one more row.
    await api.addCommitment(agendaId, { ownerEmail: "misaki.tanaka@contoso.example", action: "Share the pricing sheet", dueDate: "2099-11-20" });
    await insert();
    const body = item.snapshot().body;
    item.setUserBody(body.replace(/<\/tr>(?![\s\S]*<\/tr>)/, `</tr>${handRow}<tr><td>Nobody Known</td><td>Something</td><td>2099-12-02</td><td></td></tr>`));

    const panel = within(screen.getByTestId("collect-commitments"));
    fireEvent.click(panel.getByTestId("collect-read"));
    await waitFor(() => expect(panel.getAllByTestId("collected-row")).toHaveLength(3));
    expect(panel.getAllByTestId("collected-row").map((r) => r.getAttribute("data-state"))).toEqual(["recorded", "new", "problem"]);
    expect(panel.getAllByTestId("collected-row")[2]).toHaveTextContent("not among the attendees");

    fireEvent.click(panel.getByTestId("collect-confirm"));
    expect(await panel.findByTestId("collect-recorded")).toHaveTextContent("Recorded 1.");
    fireEvent.click(panel.queryByTestId("collect-confirm") ?? document.body);
    const added = calls(api, "addCommitment").slice(1).map((c) => c.args[1]);
    expect(added).toEqual([
      {
        ownerEmail: "ichiro.suzuki@contoso.example",
        ownerName: "鈴木 一郎",
        action: "Introduce three enterprise accounts",
        dueDate: "2099-12-01",
        servesObjective: "Gives the proposal its first customers",
        helpsDepartment: null,
      },
    ]);

    // Reading the same body again finds nothing new to record.
    fireEvent.click(panel.getByTestId("collect-read"));
    await panel.findByTestId("collect-none");
    expect(panel.queryByTestId("collect-confirm")).toBeNull();
    expect(calls(api, "addCommitment")).toHaveLength(2);
  });

  it("reads a plain-text body too", async () => {
    const api = createFakeApiClient(demoSeed());
    const item = meeting({ body: TEXT_BODY, bodyFormat: "text", rewriteOnSet: undefined });
    renderEditor(api, item);
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    await insert();
    const body = item.snapshot().body;
    item.setUserBody(body.replace("(to be recorded during the meeting)", "(to be recorded during the meeting)\n   - misaki.tanaka@contoso.example | Share the pricing sheet | 2099/11/20"));
    const panel = within(screen.getByTestId("collect-commitments"));
    fireEvent.click(panel.getByTestId("collect-read"));
    fireEvent.click(await panel.findByTestId("collect-confirm"));
    await panel.findByTestId("collect-recorded");
    expect(calls(api, "addCommitment").map((c) => c.args[1])).toMatchObject([
      { ownerEmail: "misaki.tanaka@contoso.example", action: "Share the pricing sheet", dueDate: "2099-11-20" },
    ]);
  });
});

describe("task pane: linking the meeting", () => {
  const SHORT = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies/owa-teams-short-link.html"), "utf8");

  it("stores the join URL of a short /meet/ link even when the body has no thread id", async () => {
    const api = createFakeApiClient(demoSeed());
    const body = SHORT.replace(/<div[^>]*><span[^>]*>For organizers: <\/span><a href="https:\/\/teams\.microsoft\.com\/meetingOptions[^"]*"[^>]*>Meeting options<\/a><\/div>/, "");
    expect(body).not.toContain("threadId");
    renderEditor(api, meeting({ body }));
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    openDetails();
    expect(screen.getByTestId("teams-status")).toHaveTextContent("Teams meeting found");
    await insert();
    expect(calls(api, "createAgendaView")[0]?.args[0]).toMatchObject({
      teamsThreadId: null,
      joinUrl: "https://teams.microsoft.com/meet/29817364029841?p=Xk2ZqPw7mBv4HdT9aL",
    });
  });

  it("with the meeting-options link it stores both the thread id and the short join URL", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api, meeting({ body: SHORT }));
    fireEvent.change(await screen.findByTestId("objective-input"), { target: { value: DEMO_OBJECTIVE.title } });
    await insert();
    expect(calls(api, "createAgendaView")[0]?.args[0]).toMatchObject({
      teamsThreadId: "19:meeting_MmE3ZjhkNTQtOGI5Yy00YTFlLWJmMmQtNjc4OTBhYmNkZWYx@thread.v2",
      joinUrl: "https://teams.microsoft.com/meet/29817364029841?p=Xk2ZqPw7mBv4HdT9aL",
    });
  });
});
