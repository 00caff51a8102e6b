// Who said an entry: a confirmed proposal names who proposed it and who confirmed it (the avatar is
// the confirmer's) and is not "edited" for being confirmed; an attendee writing under another
// department's card is shown with their own department.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { initialsOf } from "../../../src/core/text/initials";
import { MISAKI, renderCrossDepartmentTab } from "./tab-fixture";

async function setup(viewer: string, lang: "ja" | "en") {
  const { mount, card } = await renderCrossDepartmentTab(viewer, lang);
  await mount();
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
