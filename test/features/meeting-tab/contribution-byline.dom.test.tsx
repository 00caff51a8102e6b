// Who said an entry: a confirmed proposal names who proposed it and who confirmed it (the avatar is
// the confirmer's) and is not "edited" for being confirmed; an attendee writing under another
// department's card is shown with their own department.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { initialsOf } from "../../../src/core/text/initials";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部

async function setup(viewer: string, lang: "ja" | "en") {
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
    slots: [{ department: "企画部", text: "CRM デモを 3 社分つくる" }],
  });
  const api = organizer.as(demoMe(viewer));
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <MeetingTab agendaId={view.agenda.id} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  const card = (department: string) => within(screen.getAllByTestId("contribution-group").find((g) => g.getAttribute("data-department") === department)!);
  return { card };
}

const avatarOf = (item: HTMLElement) => item.querySelector(".fui-Avatar")?.textContent;

describe("meeting tab: who an entry is from", () => {
  it("ja: confirming names the proposer and the confirmer, shows the confirmer's avatar, and is not an edit", async () => {
    const { card } = await setup(MISAKI, "ja");
    const item = () => card("企画部").getByTestId("contribution");
    fireEvent.click(within(item()).getByTestId("contribution-confirm"));
    await waitFor(() => expect(within(item()).getByTestId("contribution-byline")).toHaveAttribute("data-proposal", "confirmed"));
    expect(within(item()).getByTestId("contribution-author")).toHaveTextContent(/^佐藤 花子の提案・田中 美咲が確認$/);
    expect(within(item()).getByTestId("contribution-byline")).not.toHaveTextContent("編集済み");
    expect(avatarOf(item())).toBe(initialsOf("田中 美咲"));

    // Changing the text afterwards is an edit.
    fireEvent.click(within(item()).getByTestId("contribution-actions"));
    fireEvent.click(await screen.findByTestId("contribution-edit"));
    fireEvent.change(screen.getByTestId("contribution-edit-input"), { target: { value: "CRM デモを 5 社分つくる" } });
    await waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(item().querySelector("time")?.getAttribute("datetime") ?? "")));
    fireEvent.click(screen.getByTestId("contribution-save"));
    await waitFor(() => expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("（編集済み）"));
    expect(within(item()).getByTestId("contribution-author")).toHaveTextContent(/^佐藤 花子の提案・田中 美咲が確認$/);
  });

  it("en: the confirmed byline reads in English", async () => {
    const { card } = await setup(MISAKI, "en");
    const item = () => card("企画部").getByTestId("contribution");
    fireEvent.click(within(item()).getByTestId("contribution-confirm"));
    await waitFor(() => expect(within(item()).getByTestId("contribution-author")).toHaveTextContent(/^Proposed by 佐藤 花子, confirmed by 田中 美咲$/));
    expect(within(item()).getByTestId("contribution-byline")).not.toHaveTextContent("(edited)");
  });

  it("shows the author's own department when they write under another department's card", async () => {
    const { card } = await setup(MISAKI, "ja");
    fireEvent.click(card("営業部").getByRole("button", { name: "営業部のできることを追加" }));
    fireEvent.change(card("営業部").getByRole("textbox"), { target: { value: "営業部の提案書にデモ動画を付ける" } });
    fireEvent.click(card("営業部").getByRole("button", { name: "追加" }));
    await waitFor(() => expect(card("営業部").getByTestId("contribution-author")).toHaveTextContent(/^田中 美咲（企画部）$/));
  });
});
