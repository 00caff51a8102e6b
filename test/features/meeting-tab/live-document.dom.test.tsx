// The tab as a live document: entries say who and when, long ones are collapsed, and a person who may
// not open the agenda is told whom to ask — once, without the page asking the server again.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { CONTRIBUTION_MAX } from "../../../src/core/api/contract";
import { type Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingStage } from "../../../src/features/meeting-stage/meeting-stage";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import type { ApiClient } from "../../../src/platform/ports";

const HANAKO = "hanako.sato@contoso.example"; // 営業部, organizer
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const NAOTO = "naoto.ito@contoso.example"; // 技術部, not invited

async function meeting() {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: HANAKO, name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
    ],
  });
  return { organizer, agendaId: agenda.id };
}

function show(api: ApiClient, agendaId: string, lang: Lang = "ja") {
  return render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <MeetingTab agendaId={agendaId} layout="narrow" />
      </PortsProvider>
    </AppShell>,
  );
}

describe("entries of the live document", () => {
  it("collapses a 2,000-character contribution behind 続きを表示 and expands it on request", async () => {
    const { organizer, agendaId } = await meeting();
    const misaki = organizer.as(demoMe(MISAKI));
    const long = "提案書のCRM部分を書く。".repeat(200).slice(0, CONTRIBUTION_MAX);
    await misaki.addContribution(agendaId, { department: "企画部", text: long });
    await misaki.addContribution(agendaId, { department: "企画部", text: "短い一言" });
    show(misaki, agendaId);
    const entries = await screen.findAllByTestId("contribution");
    const [longEntry, shortEntry] = entries;
    expect(within(longEntry!).getByTestId("contribution-text")).toHaveAttribute("data-collapsed", "true");
    expect(within(shortEntry!).getByTestId("contribution-text")).toHaveAttribute("data-collapsed", "false");
    expect(within(shortEntry!).queryByRole("button", { name: "続きを表示" })).not.toBeInTheDocument();

    const more = within(longEntry!).getByRole("button", { name: "続きを表示" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(more);
    expect(within(longEntry!).getByTestId("contribution-text")).toHaveAttribute("data-collapsed", "false");
    expect(within(longEntry!).getByRole("button", { name: "折りたたむ" })).toHaveAttribute("aria-expanded", "true");
  });

  it("shows each entry's author with initials and how long ago, and one term (できること) for contributions", async () => {
    const { organizer, agendaId } = await meeting();
    const misaki = organizer.as(demoMe(MISAKI));
    await misaki.addContribution(agendaId, { department: "企画部", text: "デモ環境を用意する" });
    show(misaki, agendaId);
    const entry = await screen.findByTestId("contribution");
    expect(within(entry).getByTestId("contribution-author")).toHaveTextContent("田中 美咲");
    expect(within(entry).getByText("田中")).toBeInTheDocument(); // the avatar's initials
    expect(entry.querySelector("time")).toHaveTextContent("たった今");
    expect(within(entry).getByRole("button", { name: "田中 美咲 さんのできることの操作" })).toBeInTheDocument();
    // The cards offer "+ 追加" named for the department; no ja string says 貢献 or 書き込み.
    expect(screen.getByRole("button", { name: "企画部のできることを追加" })).toHaveTextContent("+ 追加");
    expect(document.body.textContent).not.toMatch(/貢献|書き込み/);
  });
});

describe("editing an entry while others write", () => {
  it("keeps the entry, its open ⋯ menu and then its edit form through live changes, and says when the entry changed", async () => {
    const { organizer, agendaId } = await meeting();
    const misaki = organizer.as(demoMe(MISAKI));
    const mine = await misaki.addContribution(agendaId, { department: "企画部", text: "デモ環境を用意する" });
    show(misaki, agendaId);
    const entry = await screen.findByTestId("contribution");
    fireEvent.click(within(entry).getByTestId("contribution-actions"));
    const edit = await screen.findByTestId("contribution-edit");
    // Between opening the menu and choosing Edit: someone adds an entry, and the organizer changes this one.
    await act(async () => {
      await organizer.addContribution(agendaId, { department: "営業部", text: "大手3社の紹介をとる" });
      await organizer.updateContribution(mine.id, { text: "デモ環境を来週までに用意する" });
    });
    await screen.findByText("デモ環境を来週までに用意する");
    // The same entry and menu, not new ones: the Edit a user is pointing at still works.
    expect(screen.getAllByTestId("contribution").find((e) => e.dataset.contributionId === mine.id)).toBe(entry);
    expect(edit.isConnected).toBe(true);
    fireEvent.click(edit);
    const input = await within(entry).findByTestId("contribution-edit-input");
    expect(input).toHaveValue("デモ環境を来週までに用意する");
    fireEvent.change(input, { target: { value: "デモ環境を今週中に用意する" } });
    // Changed again while being edited: the form stays, with what was typed, and says what changed.
    await act(async () => {
      await organizer.updateContribution(mine.id, { text: "デモ環境を明日までに用意する" });
    });
    expect(await within(entry).findByTestId("contribution-changed-meanwhile")).toHaveTextContent("デモ環境を明日までに用意する");
    expect(within(entry).getByTestId("contribution-edit-input")).toHaveValue("デモ環境を今週中に用意する");
  });
});

describe("someone who may not open the agenda", () => {
  it("is told who organizes the meeting and how to be added, and nothing asks the server again", async () => {
    // Timers the test can move past any retry delay (and that still run on their own for the waits below).
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"], shouldAdvanceTime: true });
    onTestFinished(() => void vi.useRealTimers());
    const { organizer, agendaId } = await meeting();
    const naoto = organizer.as(demoMe(NAOTO));
    show(naoto, agendaId);
    const refused = await screen.findByTestId("access-refused");
    expect(refused).toHaveTextContent("このアジェンダは会議の出席者だけが開けます");
    expect(refused).toHaveTextContent("この会議の主催者は 佐藤 花子 さんです。佐藤 花子 さんに、あなたを会議の出席者に追加するよう依頼してください。");
    expect(refused).toHaveTextContent("追加されたら、このページを再読み込みしてください。");
    // Each sentence on its own lines under the title, and the organizer's name never split across two.
    const organizerLine = screen.getByTestId("access-refused-organizer");
    expect(getComputedStyle(organizerLine).display).toBe("block");
    const names = [...organizerLine.querySelectorAll("span")].filter((s) => s.textContent === "佐藤 花子");
    expect(names.map((s) => getComputedStyle(s).display)).toEqual(["inline-block", "inline-block"]);
    expect(screen.queryByText("うまくいきませんでした")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "もう一度試す" })).not.toBeInTheDocument();
    // One load and one subscription, which the server refused: no retries while the page stays open
    // (two minutes of it).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(120_000);
    });
    expect(naoto.calls.filter((c) => c.method === "getAgenda")).toHaveLength(1);
    expect(naoto.calls.filter((c) => c.method === "subscribeAgenda")).toHaveLength(1);
    expect(organizer.subscriberCount(agendaId)).toBe(0);
  });

  it("gets the same answer on the stage, with nothing to press but reload", async () => {
    const { organizer, agendaId } = await meeting();
    const naoto = organizer.as(demoMe(NAOTO));
    render(
      <AppShell lang="en">
        <PortsProvider ports={{ api: naoto }}>
          <MeetingStage agendaId={agendaId} />
        </PortsProvider>
      </AppShell>,
    );
    const refused = await screen.findByTestId("access-refused");
    expect(refused).toHaveTextContent("佐藤 花子 organizes this meeting. Ask 佐藤 花子 to add you to the meeting's attendees.");
    expect(screen.queryByRole("button", { name: "Try again" })).not.toBeInTheDocument();
  });

  it("says the agenda was not found for an unknown id", async () => {
    const { organizer } = await meeting();
    show(organizer, "agd_missing", "en");
    const refused = await screen.findByTestId("access-refused");
    expect(refused).toHaveTextContent("Agenda not found");
    await waitFor(() => expect(organizer.calls.filter((c) => c.method === "getAgenda")).toHaveLength(1));
  });
});
