// A request carried into the next meeting on the same objective is answered there, in that
// meeting's tab, by its attendees of the department whose turn it is; the earlier meeting's tab
// sees the answer live, and the commitment belongs to the meeting it was agreed in.
import { fireEvent, render, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const ORGANIZER = "hanako.sato@contoso.example";
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部, the first meeting only
const KEN = "ken.takahashi@contoso.example"; // 企画部, the second meeting only
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部, both
const ASK = "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい";
const DAY = 86_400_000;

async function twoMeetings() {
  let clock = Date.now() - 7 * DAY;
  const organizer = createFakeApiClient({ ...demoSeed(), now: () => new Date(clock) });
  const meeting = (subject: string, planner: string) =>
    organizer.createAgendaView({
      subject,
      objectiveId: "obj_demo",
      objectiveTitle: DEMO_OBJECTIVE.title,
      departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
      attendees: [
        { email: ORGANIZER, name: "佐藤 花子", department: "営業部", role: "organizer" },
        { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
        { email: planner, name: planner === KEN ? "高橋 健" : "田中 美咲", department: "企画部", role: "required" },
      ],
    });
  const first = await meeting("第1回 合同会議", MISAKI);
  const asked = await organizer.as(demoMe(ICHIRO)).addRequest(first.agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: ASK });
  clock = Date.now();
  const second = await meeting("第2回 合同会議", KEN);
  return { organizer, first: first.agenda.id, second: second.agenda.id, asked };
}

function renderTab(api: ReturnType<typeof createFakeApiClient>, agendaId: string) {
  const { container } = render(
    <AppShell lang="ja">
      <PortsProvider ports={{ api }}>
        <MeetingTab agendaId={agendaId} />
      </PortsProvider>
    </AppShell>,
  );
  const tab = within(container as HTMLElement);
  const item = (department: string) => {
    const card = tab.getAllByTestId("department-requests").find((g) => g.getAttribute("data-department") === department);
    return card ? within(card).queryByTestId("request-item") : null;
  };
  return { tab, item };
}

describe("a carried request answered in the later meeting", () => {
  it("someone of the asked department accepts it there; the first meeting's tab shows it accepted live", async () => {
    const { organizer, first, second, asked } = await twoMeetings();
    const earlier = renderTab(organizer.as(demoMe(ICHIRO)), first);
    const later = renderTab(organizer.as(demoMe(KEN)), second);
    await waitFor(() => expect(later.item("企画部")).toHaveAttribute("data-carried", "true"));
    const item = later.item("企画部")!;
    expect(within(item).getByTestId("request-carried-from")).toHaveTextContent("第1回 合同会議");
    fireEvent.click(within(item).getByTestId("request-accept"));
    const form = within(within(item).getByTestId("request-answer-form"));
    // The owner is one of this meeting's 企画部 attendees.
    expect(form.getByTestId("request-owner")).toHaveValue(KEN);
    fireEvent.change(form.getByTestId("request-due"), { target: { value: "2099-05-31" } });
    fireEvent.click(form.getByTestId("request-answer-submit"));
    // Accepted, it is no longer carried: it lives on as this meeting's commitment.
    await waitFor(() => expect(later.item("企画部")).toBeNull());
    expect(await within(later.tab.getByTestId("tab-commitments")).findByText(ASK)).toBeInTheDocument();
    await waitFor(() => expect(earlier.item("企画部")).toHaveAttribute("data-status", "accepted"));
    const sent = (await organizer.getAgenda(second)).commitments.find((c) => c.requestId === asked.id);
    expect(sent).toMatchObject({ ownerEmail: KEN, dueDate: "2099-05-31", helpsDepartment: "営業部" });
    expect((await organizer.getAgenda(first)).requests?.[0]).toMatchObject({ status: "accepted", answeredByEmail: KEN });
  });

  it("a counter-offer made there hands the turn to the asking department in both meetings; no answers for the other side", async () => {
    const { organizer, first, second, asked } = await twoMeetings();
    const ken = organizer.as(demoMe(KEN));
    const later = renderTab(organizer.as(demoMe(ICHIRO)), second);
    await waitFor(() => expect(later.item("営業部")).toHaveAttribute("data-carried", "true"));
    expect(within(later.item("営業部")!).queryByTestId("request-accept")).toBeNull();
    await ken.respondToRequest(asked.id, { action: "counter", text: "まず1社で技術検証をする", agendaId: second });
    await waitFor(() => expect(later.item("営業部")).toHaveAttribute("data-status", "countered"));
    expect(within(later.item("営業部")!).getByTestId("request-accept")).toBeInTheDocument();
    expect((await organizer.getAgenda(first)).requests?.[0]?.status).toBe("countered");
    // Misaki attends only the first meeting: she cannot answer in the second one.
    await expect(organizer.as(demoMe(MISAKI)).respondToRequest(asked.id, { action: "decline", text: "x", agendaId: second })).rejects.toMatchObject({ status: 403 });
  });
});
