// Section 2 in the organizer's task pane: per department what is asked of it and what it asks, how
// many wait and for how long; the organizer adds a request between two of the meeting's departments
// (refused for the same department, before anything is sent). The counts follow the attendees' asks
// and answers live, and the days waited follow the clock while the pane stays open.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { PaneRequests } from "../../../src/features/agenda-editor/pane-requests";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const ORGANIZER = "hanako.sato@contoso.example";
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const DAY = 86_400_000;

async function setup() {
  let clock = Date.now() - 3 * DAY;
  const root = createFakeApiClient({ ...demoSeed(), now: () => new Date(clock) });
  const organizer = root.as(demoMe(ORGANIZER));
  const view = await organizer.createAgendaView({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: ORGANIZER, name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  await root.as(demoMe(ICHIRO)).addRequest(view.agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "技術検討を始めてほしい" });
  clock = Date.now();
  const saved = await organizer.getAgenda(view.agenda.id);
  render(
    <AppShell lang="ja">
      <PortsProvider ports={{ api: organizer }}>
        <div style={{ width: 320 }}>
          <PaneRequests departments={["営業部", "企画部"]} view={saved} />
        </div>
      </PortsProvider>
    </AppShell>,
  );
  const row = (department: string) => screen.getAllByTestId("pane-requests-department").find((li) => li.getAttribute("data-department") === department)!;
  return { root, organizer, agendaId: view.agenda.id, row, asked: saved.requests![0]! };
}

describe("requests in the organizer's task pane", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("counts per department what is asked of it and by it, and how long the waiting ones have waited", async () => {
    const { row } = await setup();
    await screen.findAllByTestId("pane-requests-department");
    expect(within(row("企画部")).getByTestId("pane-requests-counts")).toHaveTextContent("受けたお願い 1件・したお願い 0件");
    expect(within(row("企画部")).getByTestId("pane-requests-waiting")).toHaveTextContent("回答待ち 1件（最長 3日）");
    expect(within(row("営業部")).getByTestId("pane-requests-counts")).toHaveTextContent("受けたお願い 0件・したお願い 1件");
    expect(within(row("営業部")).queryByTestId("pane-requests-waiting")).toBeNull();
  });

  it("the organizer adds a request between two departments; the same department is refused before sending", async () => {
    const { organizer, agendaId, row } = await setup();
    await screen.findAllByTestId("pane-requests-department");
    fireEvent.click(screen.getByTestId("pane-requests-add"));
    const form = within(screen.getByTestId("pane-requests-form"));
    fireEvent.change(form.getByTestId("pane-requests-from"), { target: { value: "企画部" } });
    fireEvent.change(form.getByTestId("pane-requests-to"), { target: { value: "企画部" } });
    fireEvent.change(form.getByTestId("pane-requests-text"), { target: { value: "訪問先の業界別ニーズ（AIで何をしたいか）をまとめてほしい" } });
    fireEvent.click(form.getByTestId("pane-requests-submit"));
    expect(await form.findByText("お願いする部門とは別の部門を選んでください。")).toBeInTheDocument();
    expect(organizer.calls.some((c) => c.method === "addRequest")).toBe(false);
    fireEvent.change(form.getByTestId("pane-requests-to"), { target: { value: "営業部" } });
    fireEvent.click(form.getByTestId("pane-requests-submit"));
    expect(await screen.findByTestId("pane-requests-added")).toHaveTextContent("お願いを追加しました。");
    await waitFor(() => expect(within(row("営業部")).getByTestId("pane-requests-counts")).toHaveTextContent("受けたお願い 1件・したお願い 1件"));
    const asked = (await organizer.listRequests({ agenda: agendaId })).items.find((r) => r.fromDepartment === "企画部");
    expect(asked).toMatchObject({ toDepartment: "営業部", status: "open", askedByEmail: ORGANIZER });
  });

  it("follows the attendees' asks and answers live, without reading the agenda again", async () => {
    const { root, organizer, agendaId, row, asked } = await setup();
    await screen.findAllByTestId("pane-requests-department");
    const misaki = root.as(demoMe(MISAKI));
    await act(async () => {
      await misaki.addRequest(agendaId, { fromDepartment: "企画部", toDepartment: "営業部", text: "訪問先の業界別ニーズをまとめてほしい" });
    });
    await waitFor(() => expect(within(row("営業部")).getByTestId("pane-requests-counts")).toHaveTextContent("受けたお願い 1件・したお願い 1件"));
    expect(within(row("営業部")).getByTestId("pane-requests-waiting")).toHaveTextContent("回答待ち 1件（最長 0日）");
    await act(async () => {
      await misaki.respondToRequest(asked.id, { action: "decline", text: "今期は人手が足りません" });
    });
    await waitFor(() => expect(within(row("企画部")).queryByTestId("pane-requests-waiting")).toBeNull());
    expect(within(row("企画部")).getByTestId("pane-requests-counts")).toHaveTextContent("受けたお願い 1件・したお願い 1件");
    expect(organizer.calls.filter((c) => c.method === "getAgenda")).toHaveLength(1); // the setup's read
  });

  it("counts the days waited from the current time, while the pane stays open", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    const { row } = await setup();
    await screen.findAllByTestId("pane-requests-department");
    expect(within(row("企画部")).getByTestId("pane-requests-waiting")).toHaveTextContent("回答待ち 1件（最長 3日）");
    act(() => {
      vi.advanceTimersByTime(DAY);
    });
    expect(within(row("企画部")).getByTestId("pane-requests-waiting")).toHaveTextContent("回答待ち 1件（最長 4日）");
  });
});
