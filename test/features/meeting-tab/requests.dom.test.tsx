// Requests between departments in the Teams tab (section 2): a request is shown whole in the card of
// the department whose turn it is (a one-line reference in the other card), with whose answer it waits
// for since when, and the answers for that department; a decline's reason gets the purpose coach's advice; accept makes a commitment.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { loadCoach } from "../../../src/components/coach/load-coach";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const SALES_ASK = "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい";
const DAY = 86_400_000;

beforeAll(async () => {
  await loadCoach();
});

/** A meeting of 営業部 and 企画部 where 営業部 asked 企画部 three days ago; the tab as `viewer`. */
async function setup(viewer: string, lang: "ja" | "en" = "ja") {
  let clock = Date.now() - 3 * DAY;
  const organizer = createFakeApiClient({ ...demoSeed(), now: () => new Date(clock) });
  const view = await organizer.createAgendaView({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const sales = organizer.as(demoMe(ICHIRO));
  const asked = await sales.addRequest(view.agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: SALES_ASK });
  clock = Date.now();
  const api = organizer.as(demoMe(viewer));
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <MeetingTab agendaId={view.agenda.id} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  const card = (department: string) => screen.getAllByTestId("department-requests").find((g) => g.getAttribute("data-department") === department)!;
  const item = (department: string) => within(card(department)).getByTestId("request-item");
  return { organizer, sales, api, agendaId: view.agenda.id, asked, card, item };
}

describe("requests in the tab", () => {
  it("shows the ask whole in the asked department's card, whose answer it waits for since when, and a reference in the asking one's", async () => {
    const { item } = await setup(MISAKI);
    const incoming = item("企画部");
    expect(incoming).toHaveAttribute("data-direction", "incoming");
    expect(incoming).toHaveTextContent(SALES_ASK);
    expect(within(incoming).getByTestId("request-open-for")).toHaveTextContent("企画部の回答待ち・3日前から");
    for (const action of ["accept", "counter", "decline"]) expect(within(incoming).getByTestId(`request-${action}`)).toBeInTheDocument();
    const outgoing = item("営業部");
    expect(outgoing).toHaveAttribute("data-direction", "outgoing");
    expect(outgoing).toHaveAttribute("data-compact");
    expect(outgoing).toHaveTextContent("→ 企画部へのお願い（回答待ち）");
    expect(outgoing).not.toHaveTextContent(SALES_ASK);
    expect(within(outgoing).queryByTestId("request-accept")).toBeNull();
  });

  it("a decline's role-centred reason gets the coach's objective-centred advice, and is sent as written", async () => {
    const { item, organizer, agendaId } = await setup(MISAKI);
    fireEvent.click(within(item("企画部")).getByTestId("request-decline"));
    const form = within(item("企画部")).getByTestId("request-answer-form");
    fireEvent.change(within(form).getByTestId("request-answer-text"), { target: { value: "今月は手一杯なのでお受けできません" } });
    expect(await within(form).findByTestId("request-decline-coach", {}, { timeout: 4000 })).toHaveTextContent("営業部");
    fireEvent.click(within(form).getByTestId("request-answer-submit"));
    await waitFor(() => expect(item("企画部")).toHaveAttribute("data-status", "declined"));
    expect(within(item("企画部")).getByTestId("request-response")).toHaveTextContent("今月は手一杯なのでお受けできません");
    expect((await organizer.getAgenda(agendaId)).requests?.[0]?.status).toBe("declined");
  });

  it("a counter-offer hands the turn over live; the asking department accepts it as a commitment with an owner and a due date", async () => {
    const { item, sales, organizer, agendaId, asked } = await setup(ICHIRO);
    expect(within(item("営業部")).queryByTestId("request-accept")).toBeNull();
    await organizer.as(demoMe(MISAKI)).respondToRequest(asked.id, { action: "counter", text: "まず1社で技術検証をする" });
    await waitFor(() => expect(item("営業部")).toHaveAttribute("data-status", "countered"));
    expect(within(item("営業部")).getByTestId("request-response")).toHaveTextContent("代案：まず1社で技術検証をする");
    fireEvent.click(within(item("営業部")).getByTestId("request-accept"));
    const form = within(item("営業部")).getByTestId("request-answer-form");
    expect(within(form).getByTestId("request-owner")).toHaveValue(MISAKI);
    fireEvent.click(within(form).getByTestId("request-answer-submit"));
    expect(await within(form).findByText("必須項目です。")).toBeInTheDocument();
    expect(sales.calls.some((c) => c.method === "respondToRequest")).toBe(false);
    fireEvent.change(within(form).getByTestId("request-due"), { target: { value: "2099-05-31" } });
    fireEvent.click(within(form).getByTestId("request-answer-submit"));
    await waitFor(() => expect(item("営業部")).toHaveAttribute("data-status", "accepted"));
    const commitments = within(screen.getByTestId("tab-commitments"));
    expect(await commitments.findByText("まず1社で技術検証をする")).toBeInTheDocument();
    expect((await organizer.getAgenda(agendaId)).commitments.find((c) => c.requestId === asked.id)).toMatchObject({ ownerEmail: MISAKI, dueDate: "2099-05-31" });
  });

  it("someone of a department asks another from its card; the ask appears in both cards", async () => {
    const { card, api } = await setup(MISAKI, "en");
    const mine = within(card("企画部"));
    fireEvent.click(mine.getByTestId("request-ask"));
    const form = within(mine.getByTestId("request-ask-form"));
    expect(form.getByTestId("request-to")).toHaveValue("営業部");
    fireEvent.change(form.getByTestId("request-text"), { target: { value: "訪問先の業界別ニーズをまとめてほしい" } });
    fireEvent.click(form.getByTestId("request-ask-submit"));
    await waitFor(() => expect(within(card("営業部")).getAllByTestId("request-item")).toHaveLength(2));
    const incoming = within(card("営業部")).getAllByTestId("request-item").find((r) => r.textContent?.includes("業界別ニーズ"))!;
    expect(incoming).toHaveAttribute("data-direction", "incoming");
    expect(within(incoming).getByTestId("request-open-for")).toHaveTextContent("Waiting for 営業部 to answer · since today");
    // The asking card keeps a one-line reference to it (and the whole of what 営業部 asked of 企画部).
    expect(within(card("企画部")).getAllByTestId("request-ref").map((r) => r.textContent)).toEqual(["→ Request to 営業部 (Waiting for an answer)"]);
    expect(api.calls.filter((c) => c.method === "addRequest")).toHaveLength(1);
    // Someone of 企画部 has no ask button on 営業部's card.
    expect(within(card("営業部")).queryByTestId("request-ask")).toBeNull();
  });

  it("the next ask starts without the last one's date; Escape closes the form", async () => {
    const { card } = await setup(MISAKI, "en");
    const mine = within(card("企画部"));
    fireEvent.click(mine.getByTestId("request-ask"));
    let form = within(mine.getByTestId("request-ask-form"));
    fireEvent.change(form.getByTestId("request-text"), { target: { value: "業界別ニーズをまとめてほしい" } });
    fireEvent.change(form.getByTestId("request-needed-by"), { target: { value: "2099-12-15" } });
    fireEvent.click(form.getByTestId("request-ask-submit"));
    await waitFor(() => expect(mine.queryByTestId("request-ask-form")).toBeNull());
    fireEvent.click(mine.getByTestId("request-ask"));
    form = within(mine.getByTestId("request-ask-form"));
    expect(form.getByTestId("request-needed-by")).toHaveValue("");
    fireEvent.keyDown(form.getByTestId("request-text"), { key: "Escape" });
    await waitFor(() => expect(mine.queryByTestId("request-ask-form")).toBeNull());
    expect(mine.getByTestId("request-ask")).toHaveFocus();
  });

  it("shows a request carried over from an earlier meeting, with where it comes from and the answers (it can be answered here)", async () => {
    const seed = createFakeApiClient(demoSeed());
    const base = await seed.createAgendaView({
      objectiveId: "obj_demo",
      objectiveTitle: DEMO_OBJECTIVE.title,
      departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
      attendees: [{ email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" }],
    });
    const earlier = await seed.addRequest(base.agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "前回のお願い" });
    const view = { ...base, requests: [], carriedRequests: [{ ...earlier, agendaId: "ag_earlier", meeting: { subject: "前回の合同会議", at: earlier.createdAt } }] };
    const api = createFakeApiClient({ ...demoSeed(), agendas: [view] }).as(demoMe(MISAKI));
    render(
      <AppShell lang="ja">
        <PortsProvider ports={{ api }}>
          <MeetingTab agendaId={view.agenda.id} />
        </PortsProvider>
      </AppShell>,
    );
    const card = await screen.findAllByTestId("department-requests");
    const item = within(card.find((c) => c.getAttribute("data-department") === "企画部")!).getByTestId("request-item");
    expect(item).toHaveAttribute("data-carried", "true");
    expect(within(item).getByTestId("request-carried-from")).toHaveTextContent("前回の会議「前回の合同会議」から持ち越し");
    expect(within(item).getByTestId("request-accept")).toBeInTheDocument();
  });
});
