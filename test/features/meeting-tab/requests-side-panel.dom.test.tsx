// Requests in the 280 px side panel: each is shown whole once (where the turn is) with a reference in
// the other card that leads to it; a counter-offer says whose reply it waits for; after every send
// focus stays somewhere meaningful, never <body>; an opened ask form survives the tab re-rendering from
// scratch (as when it binds to a newly inserted agenda).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { loadCoach } from "../../../src/components/coach/load-coach";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createMemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const SALES_ASK = "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい";

beforeAll(async () => {
  await loadCoach();
});

/** 営業部 asked 企画部 today; the tab as `viewer`, its store kept outside the tab (as the entries do). */
async function setup(viewer: string) {
  const organizer = createFakeApiClient(demoSeed());
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
  const asked = await organizer.as(demoMe(ICHIRO)).addRequest(view.agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: SALES_ASK });
  const api = organizer.as(demoMe(viewer));
  const store = createMemoryLocalStore();
  const tab = (binding: number) => (
    <AppShell lang="ja">
      <PortsProvider ports={{ api }}>
        <MeetingTab key={binding} agendaId={view.agenda.id} store={store} />
      </PortsProvider>
    </AppShell>
  );
  const { rerender } = render(tab(0));
  await screen.findByTestId("tab-objective-title");
  const card = (department: string) => screen.getAllByTestId("department-requests").find((g) => g.getAttribute("data-department") === department)!;
  const item = (department: string) => within(card(department)).getByTestId("request-item");
  /** The tab rendered from scratch, as when the panel binds to the agenda again. */
  const remount = async (binding: number) => {
    rerender(tab(binding));
    await screen.findByTestId("tab-objective-title");
  };
  return { organizer, asked, card, item, remount };
}

/** What a keyboard user does: focus the control, then activate it. */
function press(el: HTMLElement) {
  el.focus();
  fireEvent.click(el);
}

async function answer(item: HTMLElement, action: "accept" | "counter" | "decline", text: string, due?: string) {
  press(within(item).getByTestId(`request-${action}`));
  const form = within(item).getByTestId("request-answer-form");
  fireEvent.change(within(form).getByTestId("request-answer-text"), { target: { value: text } });
  if (due) fireEvent.change(within(form).getByTestId("request-due"), { target: { value: due } });
  press(within(form).getByTestId("request-answer-submit"));
}

describe("requests in the side panel", () => {
  it("shows a request whole once; the other card's one-line reference moves focus to it", async () => {
    const { card, item } = await setup(ICHIRO);
    expect(within(card("企画部")).getAllByTestId("request-text-shown")).toHaveLength(1);
    expect(within(card("営業部")).queryAllByTestId("request-text-shown")).toHaveLength(0);
    const ref = within(card("営業部")).getByTestId("request-ref");
    expect(ref).toHaveTextContent("→ 企画部へのお願い（回答待ち）");
    press(ref);
    expect(item("企画部")).toHaveFocus();
    expect(item("企画部")).not.toHaveAttribute("data-compact");
  });

  it("a counter-offer moves the whole request to the asking card, waiting for its reply since today; focus stays on the request", async () => {
    const { card, item } = await setup(MISAKI);
    await answer(item("企画部"), "counter", "まず1社で技術検証をする");
    await waitFor(() => expect(item("営業部")).toHaveAttribute("data-status", "countered"));
    const whole = item("営業部");
    expect(whole).not.toHaveAttribute("data-compact");
    expect(within(whole).getByTestId("request-open-for")).toHaveTextContent("代案への返事待ち（営業部）・今日から");
    expect(whole).not.toHaveTextContent("未回答");
    expect(within(card("企画部")).getByTestId("request-ref")).toHaveTextContent("← 営業部からのお願い（代案あり）");
    await waitFor(() => expect(item("企画部")).toHaveFocus());
  });

  it("after declining with a reason, focus is on the request and its new status", async () => {
    const { item } = await setup(MISAKI);
    await answer(item("企画部"), "decline", "今期は目的に沿う別案件を優先するため");
    await waitFor(() => expect(item("企画部")).toHaveAttribute("data-status", "declined"));
    await waitFor(() => expect(item("企画部")).toHaveFocus());
    expect(within(item("企画部")).getByTestId("request-status")).toHaveTextContent("お断り");
  });

  it("after accepting as a commitment, focus is on the request", async () => {
    const { item } = await setup(MISAKI);
    await answer(item("企画部"), "accept", "", "2099-05-31");
    await waitFor(() => expect(item("企画部")).toHaveAttribute("data-status", "accepted"));
    await waitFor(() => expect(item("企画部")).toHaveFocus());
  });

  it("after asking, focus returns to “+ お願いする”", async () => {
    const { card } = await setup(MISAKI);
    press(within(card("企画部")).getByTestId("request-ask"));
    fireEvent.change(within(card("企画部")).getByTestId("request-text"), { target: { value: "訪問先の業界別ニーズをまとめてほしい" } });
    press(within(card("企画部")).getByTestId("request-ask-submit"));
    await waitFor(() => expect(within(card("企画部")).getByTestId("request-ask")).toHaveFocus());
    expect(card("営業部")).toHaveTextContent("訪問先の業界別ニーズをまとめてほしい");
  });

  it("the ask form opened just before the tab re-renders from scratch stays open", async () => {
    const { card, remount } = await setup(MISAKI);
    press(within(card("企画部")).getByTestId("request-ask"));
    expect(within(card("企画部")).getByTestId("request-ask-form")).toBeInTheDocument();
    await remount(1);
    expect(within(card("企画部")).getByTestId("request-ask-form")).toBeInTheDocument();
    fireEvent.click(within(card("企画部")).getByTestId("request-ask-cancel"));
    await remount(2);
    expect(within(card("企画部")).queryByTestId("request-ask-form")).toBeNull();
  });
});
