// The task pane and carry-forward: choosing a library objective fetches the open
// commitments of earlier meetings on it; the preview shows them as the first part of section 4
// (after the shared objective, never above it) and Insert puts them there.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { AGENDA_START_MARKER } from "../../../src/core/agenda/agenda-markers";
import { AGENDA_STRINGS, carriedHeadingText } from "../../../src/core/agenda/agenda-strings";
import { findAgendaBlocks } from "../../../src/core/agenda/merge-agenda";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { AgendaEditor } from "../../../src/features/agenda-editor/agenda-editor";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeMeetingItem, type FakeMeetingItem } from "../../../src/platform/fakes/fake-meeting-item";

const OWA_BODY = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies", "owa-teams-legacy-link.html"), "utf8");
const HANAKO = "hanako.sato@contoso.example";
const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";
const START = new Date("2099-12-01T01:00:00.000Z");
const en = AGENDA_STRINGS.en;
/** One of the two is overdue (due 2020), the other not (2099). */
const CARRIED_HEADING = carriedHeadingText("en", { total: 2, overdue: 1 });
const CARRIED_WORDS = "Carried over from earlier meetings";

async function withPastMeeting(): Promise<FakeApiClient> {
  const api = createFakeApiClient(demoSeed());
  const past = await api.createAgenda({
    subject: "First CRM sync",
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
    startsAt: "2026-11-01T01:00:00.000Z",
  });
  await api.addCommitment(past.id, { ownerEmail: ICHIRO, ownerName: "鈴木 一郎", action: "Share the hearing notes", dueDate: "2020-01-10", confirmPastDue: true });
  await api.addCommitment(past.id, { ownerEmail: MISAKI, ownerName: "田中 美咲", action: "Write up two case studies", dueDate: "2099-01-10" });
  return api;
}

function meeting(): FakeMeetingItem {
  return createFakeMeetingItem({
    subject: "Second CRM sync",
    body: OWA_BODY,
    bodyFormat: "html",
    organizerEmail: HANAKO,
    attendees: [{ email: MISAKI, name: "Misaki Tanaka", kind: "required" }],
    start: START,
    end: new Date(START.getTime() + 3_600_000),
    displayLanguage: "en",
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

async function chooseDemoObjective() {
  const input = await screen.findByTestId("objective-input");
  fireEvent.click(input);
  fireEvent.click(await screen.findByRole("option", { name: DEMO_OBJECTIVE.title }));
}

const previewHtml = () => screen.getByTestId("agenda-preview").getAttribute("srcdoc") ?? "";

describe("agenda editor: carry-forward", () => {
  it("choosing the objective shows the earlier meeting's open commitments in the preview, first in section 4", async () => {
    const api = await withPastMeeting();
    renderEditor(api, meeting());
    await screen.findByTestId("objective-input");
    expect(previewHtml()).not.toContain(CARRIED_WORDS);

    await chooseDemoObjective();
    expect(await screen.findByTestId("carried-forward-notice")).toHaveTextContent("2 open commitments from earlier meetings");
    await waitFor(() => expect(previewHtml()).toContain(CARRIED_HEADING));
    const html = previewHtml();
    const at = [AGENDA_START_MARKER.en, `1. ${en.objectiveHeading}`, `4. ${en.commitmentsHeading}`, CARRIED_HEADING, "Share the hearing notes", "First CRM sync", "Write up two case studies", `5. ${en.appendixHeading}`].map((s) => html.indexOf(s));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const fetches = api.calls.filter((c) => c.method === "openCommitmentsForObjective");
    expect(fetches.map((c) => c.args)).toEqual([["obj_demo", START.toISOString()]]);
  });

  it("inserts them as the first part of section 4; the Teams block stays", async () => {
    const api = await withPastMeeting();
    const item = meeting();
    renderEditor(api, item);
    await chooseDemoObjective();
    await screen.findByTestId("carried-forward-notice");
    fireEvent.click(screen.getByRole("button", { name: /Insert agenda/ }));
    await screen.findByTestId("agenda-saved");
    const body = item.snapshot().body;
    expect(findAgendaBlocks(body, "html")).toHaveLength(1);
    const block = body.slice(findAgendaBlocks(body, "html")[0]!.start);
    expect(block.indexOf(CARRIED_HEADING)).toBeGreaterThan(block.indexOf(`4. ${en.commitmentsHeading}`));
    expect(block.indexOf(`1. ${en.objectiveHeading}`)).toBeLessThan(block.indexOf(`2. ${en.contributionsHeading}`));
    expect(block).toContain("Share the hearing notes");
    expect(body).toContain("meetup-join");
    // The saved agenda's own view carries the same two (the server's answer, not the pane's guess).
    const saved = await api.getAgenda(item.snapshot().agendaId!);
    expect(saved.carriedForward?.items.map((i) => i.action)).toEqual(["Share the hearing notes", "Write up two case studies"]);

    // Updating the existing agenda re-inserts them: still one block, still in section 4.
    fireEvent.click(screen.getByRole("button", { name: /Update agenda/ }));
    await waitFor(() => expect(screen.getByTestId("agenda-saved").closest("[data-notice]")).toHaveAttribute("data-notice", "updated"));
    const again = item.snapshot().body;
    expect(findAgendaBlocks(again, "html")).toHaveLength(1);
    expect(again.split(CARRIED_WORDS)).toHaveLength(2);
    expect(again).toContain("Share the hearing notes");
  });

  it("says so when they cannot be loaded, and still works", async () => {
    const api = await withPastMeeting();
    renderEditor(api, meeting());
    await screen.findByTestId("objective-input");
    await waitFor(() => expect(screen.getByTestId("busy-indicator")).toHaveAttribute("data-busy", "false"));
    api.failNext("network");
    await chooseDemoObjective();
    expect(await screen.findByTestId("carried-forward-failed")).toBeInTheDocument();
    expect(previewHtml()).not.toContain(CARRIED_WORDS);
  });
});
