// The tab's inline forms answer to the keys people expect from Teams and Outlook: Escape cancels,
// Ctrl+Enter sends, neither while a Japanese IME is composing; editing starts with the caret at the
// end; deleting asks first and leaves focus on the card's "+ Add".
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MISAKI, renderCrossDepartmentTab } from "./tab-fixture";

const MINE = "提案書のひな形を共有する";

async function setup() {
  const { api, agendaId, mount, card } = await renderCrossDepartmentTab(MISAKI, "en");
  await api.addContribution(agendaId, { department: "企画部", text: MINE });
  await mount();
  const entry = () => card("企画部").getAllByTestId("contribution").find((li) => within(li).queryByText(MINE))!;
  return { api, agendaId, card, entry };
}

async function openMenuItem(entry: HTMLElement, testId: string) {
  fireEvent.click(within(entry).getByTestId("contribution-actions"));
  fireEvent.click(await screen.findByTestId(testId));
}

describe("meeting tab: keys and delete", () => {
  it("Escape closes the “+ Add” form and hands focus back; Ctrl+Enter sends it", async () => {
    const { card } = await setup();
    fireEvent.click(card("企画部").getByTestId("contribution-add"));
    const input = await screen.findByTestId("contribution-input");
    fireEvent.change(input, { target: { value: "顧客の声を集める" } });
    fireEvent.keyDown(input, { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("contribution-form")).toBeNull());
    expect(card("企画部").getByTestId("contribution-add")).toHaveFocus();

    fireEvent.click(card("企画部").getByTestId("contribution-add"));
    const again = await screen.findByTestId("contribution-input");
    fireEvent.change(again, { target: { value: "顧客の声を集める" } });
    fireEvent.keyDown(again, { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(card("企画部").getByText("顧客の声を集める")).toBeInTheDocument());
    // The form closes once the write is answered, which may come after the live view shows it.
    await waitFor(() => expect(screen.queryByTestId("contribution-form")).toBeNull());
  });

  it("Escape or Enter that ends an IME composition leaves the form alone", async () => {
    const { card } = await setup();
    fireEvent.click(card("企画部").getByTestId("contribution-add"));
    const input = await screen.findByTestId("contribution-input");
    fireEvent.change(input, { target: { value: "こきゃく" } });
    fireEvent.keyDown(input, { key: "Escape", isComposing: true });
    fireEvent.keyDown(input, { key: "Enter", ctrlKey: true, keyCode: 229 });
    expect(screen.getByTestId("contribution-form")).toBeInTheDocument();
    expect(input).toHaveValue("こきゃく");
  });

  it("Edit puts the caret at the end; Escape cancels the edit, Ctrl+Enter saves it", async () => {
    const { entry } = await setup();
    await openMenuItem(entry(), "contribution-edit");
    const box = (await screen.findByTestId("contribution-edit-input")) as HTMLTextAreaElement;
    await waitFor(() => expect(box).toHaveFocus());
    expect([box.selectionStart, box.selectionEnd]).toEqual([MINE.length, MINE.length]);
    fireEvent.keyDown(box, { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("contribution-edit-input")).toBeNull());
    expect(within(entry()).getByText(MINE)).toBeInTheDocument();

    await openMenuItem(entry(), "contribution-edit");
    const again = await screen.findByTestId("contribution-edit-input");
    fireEvent.change(again, { target: { value: `${MINE}（来週まで）` } });
    fireEvent.keyDown(again, { key: "Enter", metaKey: true });
    await waitFor(() => expect(screen.getByText(`${MINE}（来週まで）`)).toBeInTheDocument());
  });

  it("Delete asks first: Cancel keeps the entry; Delete removes it and focus goes to “+ Add”", async () => {
    const { card, entry } = await setup();
    await openMenuItem(entry(), "contribution-delete");
    const ask = await within(entry()).findByTestId("contribution-delete-ask");
    expect(ask).toHaveTextContent("Delete this entry? It can't be undone.");
    await waitFor(() => expect(within(ask).getByTestId("contribution-delete-keep")).toHaveFocus());
    fireEvent.click(within(ask).getByTestId("contribution-delete-keep"));
    await waitFor(() => expect(within(entry()).queryByTestId("contribution-delete-ask")).toBeNull());
    expect(entry()).toHaveFocus();

    await openMenuItem(entry(), "contribution-delete");
    fireEvent.keyDown(await within(entry()).findByTestId("contribution-delete-ask"), { key: "Escape" });
    await waitFor(() => expect(within(entry()).queryByTestId("contribution-delete-ask")).toBeNull());

    await openMenuItem(entry(), "contribution-delete");
    fireEvent.click(await within(entry()).findByTestId("contribution-delete-confirm"));
    await waitFor(() => expect(card("企画部").queryByText(MINE)).toBeNull());
    expect(card("企画部").getByTestId("contribution-add")).toHaveFocus();
  });

  it("Escape closes the obstacle and commitment forms too", async () => {
    await setup();
    fireEvent.click(screen.getByTestId("obstacle-open"));
    fireEvent.keyDown(await screen.findByTestId("obstacle-input"), { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("obstacle-input")).toBeNull());
    expect(screen.getByTestId("obstacle-open")).toHaveFocus();

    fireEvent.click(screen.getByTestId("commitment-open"));
    fireEvent.keyDown(await screen.findByTestId("commitment-action"), { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("commitment-form")).toBeNull());
  });
});
