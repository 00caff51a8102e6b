import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { AgendaView, CarriedCommitment } from "../../../src/core/api/contract";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { CarriedForwardSection } from "../../../src/features/meeting-tab/carried-forward-section";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const HANAKO = "hanako.sato@contoso.example"; // organizer of both meetings
const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";
const PMO = "satoshi.yamamoto@contoso.example";

const attendees = [
  { email: HANAKO, name: "佐藤 花子", department: "営業部", role: "organizer" as const },
  { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" as const },
  { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" as const },
];

async function twoMeetings() {
  const organizer = createFakeApiClient(demoSeed());
  const meeting = (subject: string, startsAt: string) =>
    organizer.createAgenda({
      subject,
      objectiveId: "obj_demo",
      objectiveTitle: DEMO_OBJECTIVE.title,
      departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
      attendees,
      startsAt,
    });
  const past = await meeting("第1回 CRM 提案 <b>", "2026-11-01T01:00:00.000Z");
  await organizer.addCommitment(past.id, { ownerEmail: ICHIRO, ownerName: "鈴木 一郎", action: "要件ヒアリングの結果を共有する", dueDate: "2020-01-10", confirmPastDue: true });
  await organizer.addCommitment(past.id, { ownerEmail: MISAKI, ownerName: "田中 美咲", action: "導入事例を2件まとめる", dueDate: "2099-01-10" });
  const next = await meeting("第2回 CRM 提案", "2099-12-01T01:00:00.000Z");
  return { organizer, next };
}

function renderTab(api: FakeApiClient, agendaId: string, lang: Lang = "en") {
  return render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <MeetingTab agendaId={agendaId} />
      </PortsProvider>
    </AppShell>,
  );
}

describe("carried-forward section", () => {
  it("opens section 4 compactly (never above the objective) with owner, due date, overdue badge and the meeting each came from", async () => {
    const { organizer, next } = await twoMeetings();
    renderTab(organizer.as(demoMe(MISAKI)), next.id);
    const section = await screen.findByTestId("tab-carried-forward");
    expect(within(section).getByRole("heading", { name: "Carried forward: 2 (1 overdue)" })).toBeInTheDocument();
    const items = within(section).getAllByTestId("carried-commitment");
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining("要件ヒアリングの結果を共有する"),
      expect.stringContaining("導入事例を2件まとめる"),
    ]);
    expect(items[0]).toHaveTextContent("Overdue");
    expect(items[0]).toHaveTextContent("鈴木 一郎 (営業部)");
    expect(items[0]).toHaveTextContent("From: 第1回 CRM 提案 <b> (Nov 1, 2026)");
    expect(items[1]).not.toHaveTextContent("Overdue");
    // The first part of section 4, after the objective and the departments' contributions.
    const commitments = screen.getByTestId("tab-commitments");
    expect(commitments.contains(section)).toBe(true);
    expect(within(commitments).getAllByRole("heading")[1]).toHaveTextContent("Carried forward: 2 (1 overdue)");
    for (const before of [screen.getByTestId("tab-objective"), screen.getByTestId("tab-contributions")]) {
      expect(before.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it("lets the owner mark theirs done (existing PATCH), and only theirs", async () => {
    const { organizer, next } = await twoMeetings();
    const ichiro = organizer.as(demoMe(ICHIRO));
    renderTab(ichiro, next.id, "ja");
    const section = await screen.findByTestId("tab-carried-forward");
    const heading = within(section).getByRole("heading", { name: "前回からの持ち越し 2件（期限切れ 1）" });
    // In a narrow side panel it wraps between the parts, never inside 「2件」 or 「（期限切れ 1）」.
    const together = [...heading.querySelectorAll("span")].filter((s) => getComputedStyle(s).whiteSpace === "nowrap");
    expect(together.map((s) => s.textContent)).toEqual(["2件", "（期限切れ 1）"]);
    const [mine, theirs] = within(section).getAllByTestId("carried-commitment");
    expect(within(theirs!).queryByTestId("carried-toggle")).toBeNull();
    fireEvent.click(within(mine!).getByTestId("carried-toggle"));
    await waitFor(() => expect(mine).toHaveAttribute("data-status", "done"));
    expect(within(mine!).getByTestId("carried-toggle")).toHaveTextContent("未完了に戻す");
    const patch = ichiro.calls.find((c) => c.method === "updateCommitment");
    expect(patch?.args.slice(0, 2)).toEqual([mine!.getAttribute("data-commitment-id"), { status: "done" }]);
    // The server agrees: the next view no longer carries it.
    expect((await organizer.getAgenda(next.id)).carriedForward?.items.map((i) => i.action)).toEqual(["導入事例を2件まとめる"]);
  });

  it("gives the earlier meeting's organizer the button for every item", async () => {
    const { organizer, next } = await twoMeetings();
    renderTab(organizer, next.id);
    const section = await screen.findByTestId("tab-carried-forward");
    expect(within(section).getAllByTestId("carried-toggle")).toHaveLength(2);
  });

  it("shows nothing without carried-forward items, and says how many more there are", async () => {
    const base = await (async () => {
      const { organizer } = await twoMeetings();
      const first = (await organizer.findAgendas({ from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z" }))[0]!;
      return { organizer, view: await organizer.getAgenda(first.id) };
    })();
    expect(base.view.carriedForward).toEqual({ items: [], total: 0 });
    const me = demoMe(PMO);
    const item: CarriedCommitment = {
      id: "k1",
      agendaId: "a0",
      ownerEmail: MISAKI,
      ownerName: "",
      ownerDepartment: "",
      helpsDepartment: "営業部",
      action: "<script>x</script>",
      dueDate: "2099-01-01",
      servesObjective: "",
      status: "open",
      meeting: { subject: "", at: "2026-11-01T01:00:00.000Z", organizerEmail: HANAKO },
    };
    const view: AgendaView = { ...base.view, carriedForward: { items: [item], total: 7 } };
    const { container, rerender } = render(
      <AppShell lang="en">
        <PortsProvider ports={{ api: base.organizer }}>
          <CarriedForwardSection view={{ ...base.view }} me={me} />
        </PortsProvider>
      </AppShell>,
    );
    expect(screen.queryByTestId("tab-carried-forward")).toBeNull();
    rerender(
      <AppShell lang="en">
        <PortsProvider ports={{ api: base.organizer }}>
          <CarriedForwardSection view={view} me={me} />
        </PortsProvider>
      </AppShell>,
    );
    const section = screen.getByTestId("tab-carried-forward");
    expect(section).toHaveTextContent("6 more (showing the 1 due soonest)");
    expect(section).toHaveTextContent("From: an untitled meeting");
    expect(section).toHaveTextContent("Helps: 営業部");
    expect(section).toHaveTextContent(`${MISAKI} (Department unknown)`);
    // The PMO may mark anyone's done.
    expect(screen.getByTestId("carried-toggle")).toBeInTheDocument();
    expect(container.querySelector("script")).toBeNull();
    // A later view without the field (an older server's event) keeps what is shown.
    rerender(
      <AppShell lang="en">
        <PortsProvider ports={{ api: base.organizer }}>
          <CarriedForwardSection view={{ ...base.view, carriedForward: undefined }} me={me} />
        </PortsProvider>
      </AppShell>,
    );
    expect(screen.getByTestId("tab-carried-forward")).toBeInTheDocument();
  });
});
