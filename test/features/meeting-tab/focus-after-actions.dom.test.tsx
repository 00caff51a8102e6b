// Keyboard users keep their place in the tab: an action that removes or disables the focused control
// moves focus to what replaced it (or keeps it on the entry), never to <body>; a refused form puts
// focus on the first field to fix.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MISAKI, renderCrossDepartmentTab } from "./tab-fixture";

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? "online" : "offline"));
}
afterEach(() => setOnline(true));

async function setup() {
  const { api, agendaId, mount, card } = await renderCrossDepartmentTab(MISAKI, "en");
  await api.addCommitment(agendaId, { ownerEmail: MISAKI, action: "要件をまとめる", dueDate: "2099-12-01" });
  await mount();
  return { entry: () => card("企画部").getByTestId("contribution") };
}

/** What a keyboard user presses: focus the control, then activate it. */
function press(el: HTMLElement) {
  el.focus();
  fireEvent.click(el);
}

describe("meeting tab: focus after actions", () => {
  it("⋯ → Edit focuses the text box; Confirm and Save leave focus on the entry", async () => {
    const { entry } = await setup();
    press(within(entry()).getByTestId("contribution-confirm"));
    await waitFor(() => expect(within(entry()).getByTestId("contribution-byline")).toHaveAttribute("data-proposal", "confirmed"));
    await waitFor(() => expect(entry()).toHaveFocus());

    press(within(entry()).getByTestId("contribution-actions"));
    fireEvent.click(await screen.findByTestId("contribution-edit"));
    await waitFor(() => expect(screen.getByTestId("contribution-edit-input")).toHaveFocus());
    fireEvent.change(screen.getByTestId("contribution-edit-input"), { target: { value: "CRM デモを 5 社分つくる" } });
    press(screen.getByTestId("contribution-save"));
    await waitFor(() => expect(screen.queryByTestId("contribution-edit-input")).toBeNull());
    await waitFor(() => expect(entry()).toHaveFocus());
  });

  it("Confirm waiting offline keeps the focus; once sent, focus stays on the entry", async () => {
    const { entry } = await setup();
    setOnline(false);
    press(within(entry()).getByTestId("contribution-confirm"));
    await screen.findByTestId("contribution-pending-edit");
    expect(within(entry()).getByTestId("contribution-confirm")).not.toHaveAttribute("disabled");
    expect(within(entry()).getByTestId("contribution-confirm")).toHaveFocus();
    setOnline(true);
    await waitFor(() => expect(within(entry()).queryByTestId("contribution-confirm")).toBeNull());
    await waitFor(() => expect(entry()).toHaveFocus());
  });

  it("a refused commitment form focuses its first invalid field", async () => {
    await setup();
    press(screen.getByTestId("commitment-open"));
    press(await screen.findByTestId("commitment-submit"));
    await waitFor(() => expect(screen.getByTestId("commitment-action")).toHaveFocus());
    fireEvent.change(screen.getByTestId("commitment-action"), { target: { value: "見積もりを出す" } });
    press(screen.getByTestId("commitment-submit"));
    await waitFor(() => expect(screen.getByTestId("commitment-due")).toHaveFocus());
  });

  it("adding an obstacle hands focus back to “+ Add obstacle”", async () => {
    await setup();
    press(screen.getByTestId("obstacle-open"));
    fireEvent.change(await screen.findByTestId("obstacle-input"), { target: { value: "デモ環境が足りない" } });
    press(screen.getByTestId("obstacle-submit"));
    await waitFor(() => expect(screen.getByTestId("obstacle-open")).toHaveFocus());
  });

  it("Mark done / Reopen keeps focus on the button, also while the change waits offline", async () => {
    await setup();
    setOnline(false);
    const toggle = await screen.findByTestId("commitment-toggle");
    press(toggle);
    await screen.findByTestId("commitment-pending");
    // Not `disabled`, which would drop focus to <body>; it only ignores clicks while pending.
    expect(screen.getByTestId("commitment-toggle")).not.toHaveAttribute("disabled");
    expect(screen.getByTestId("commitment-toggle")).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByTestId("commitment-toggle")).toHaveFocus();
    setOnline(true);
    await waitFor(() => expect(screen.getByTestId("commitment")).toHaveAttribute("data-status", "done"));
    expect(screen.getByTestId("commitment-toggle")).toHaveFocus();
  });

  it("an inline form opened from the keyboard is scrolled into view whole, buttons included, once", async () => {
    // jsdom has no layout and no scrolling: record what is asked to show.
    const scrolled: { el: Element; options: unknown }[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = vi.fn(function (this: Element, options?: unknown) {
      scrolled.push({ el: this, options });
    });
    try {
      await setup();
      press(screen.getByTestId("obstacle-open"));
      const input = await screen.findByTestId("obstacle-input");
      await waitFor(() => expect(input).toHaveFocus());
      const form = input.closest("form")!;
      expect(scrolled).toEqual([{ el: form, options: { block: "nearest" } }]);
      expect(within(form).getByTestId("obstacle-submit")).toBeInTheDocument();
      // Moving on inside the same form scrolls nothing more.
      within(form).getByRole("button", { name: "Cancel" }).focus();
      expect(scrolled).toHaveLength(1);

      press(screen.getByTestId("commitment-open"));
      await waitFor(() => expect(scrolled.map((s) => s.el)).toContain(screen.getByTestId("commitment-action").closest("form")));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
