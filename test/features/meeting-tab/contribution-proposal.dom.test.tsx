// In the Teams tab, a department slot the organizer filled shows as her proposal for that
// department; someone of the department confirms it (or rewrites it), and then it is theirs. Others
// see no confirm action.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ICHIRO, MISAKI, PROPOSAL, renderCrossDepartmentTab } from "./tab-fixture";

async function setup(viewer: string, lang: "ja" | "en" = "ja") {
  const { organizer, api, agendaId, mount, card } = await renderCrossDepartmentTab(viewer, lang);
  await mount();
  return { organizer, api, agendaId, item: () => card("企画部").getByTestId("contribution") };
}

describe("meeting tab: the organizer's proposals for a department", () => {
  it("shows it as proposed by the organizer; someone of the department confirms it and it becomes theirs", async () => {
    const { organizer, agendaId, item } = await setup(MISAKI);
    expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("提案：佐藤 花子（主催者）");
    const confirm = within(item()).getByTestId("contribution-confirm");
    expect(confirm).toHaveAccessibleName("企画部 として、佐藤 花子 さんの提案をこのまま確認する");
    fireEvent.click(confirm);
    await waitFor(() => expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("田中 美咲"));
    expect(within(item()).getByTestId("contribution-byline")).toHaveAttribute("data-proposal", "confirmed");
    expect(within(item()).queryByTestId("contribution-confirm")).toBeNull();
    const saved = (await organizer.getAgenda(agendaId)).contributions[0];
    expect(saved).toMatchObject({ text: PROPOSAL, proposal: { status: "confirmed", confirmedByEmail: MISAKI } });
  });

  it("lets the department rewrite it, which confirms it too", async () => {
    const { organizer, agendaId, item } = await setup(MISAKI, "en");
    // Edit is in the entry's "⋯" menu.
    fireEvent.click(within(item()).getByTestId("contribution-actions"));
    fireEvent.click(await screen.findByTestId("contribution-edit"));
    fireEvent.change(screen.getByTestId("contribution-edit-input"), { target: { value: "CRM デモを 5 社分つくる" } });
    fireEvent.click(screen.getByTestId("contribution-save"));
    await waitFor(async () => expect((await organizer.getAgenda(agendaId)).contributions[0]).toMatchObject({ text: "CRM デモを 5 社分つくる", proposal: { status: "confirmed" } }));
    await waitFor(() => expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("田中 美咲"));
  });

  it("offers no confirm (and no edit) to someone of another department", async () => {
    const { item } = await setup(ICHIRO, "en");
    expect(within(item()).getByTestId("contribution-byline")).toHaveTextContent("Proposed by 佐藤 花子 (organizer)");
    expect(within(item()).queryByTestId("contribution-confirm")).toBeNull();
    expect(within(item()).queryByTestId("contribution-actions")).toBeNull();
  });
});
