// The objective combobox under the keyboard and mouse: Space types, never picks a library objective
// the organizer did not choose, and the "use for this meeting" option is a real choice.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { DESIRED_OUTCOME_MAX } from "../../../src/core/api/contract";
import { PortsProvider } from "../../../src/components/ports-context";
import { AgendaEditor } from "../../../src/features/agenda-editor/agenda-editor";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeMeetingItem } from "../../../src/platform/fakes/fake-meeting-item";
import { outlookWebRewrite } from "../../../src/platform/fakes/outlook-rewrite";

const OWA_BODY = readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies/owa-teams-legacy-link.html"), "utf8");

function renderEditor(api: FakeApiClient) {
  const item = createFakeMeetingItem({
    subject: "Enterprise CRM push",
    body: OWA_BODY,
    bodyFormat: "html",
    organizerEmail: "hanako.sato@contoso.example",
    attendees: [{ email: "misaki.tanaka@contoso.example", name: "Misaki Tanaka", kind: "required" }],
    displayLanguage: "en",
    rewriteOnSet: outlookWebRewrite,
  });
  render(
    <AppShell lang="en">
      <PortsProvider ports={{ api, meetingItem: item }}>
        <AgendaEditor appBaseUrl="https://purpose.example" />
      </PortsProvider>
    </AppShell>,
  );
}

const creates = (api: FakeApiClient) => api.calls.filter((c) => c.method === "createAgendaView");

describe("objective combobox", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a chosen objective wider than the field is shown whole, wrapped, in the field itself; one that fits is not", async () => {
    // jsdom lays nothing out: the field is 200 px wide and its text 10 px a character.
    vi.spyOn(HTMLInputElement.prototype, "clientWidth", "get").mockReturnValue(200);
    vi.spyOn(HTMLInputElement.prototype, "scrollWidth", "get").mockImplementation(function (this: HTMLInputElement) {
      return Math.max(200, this.value.length * 10);
    });
    renderEditor(createFakeApiClient(demoSeed()));
    const input = await screen.findByTestId("objective-input");
    fireEvent.change(input, { target: { value: "Short aim" } });
    fireEvent.blur(input);
    expect(screen.queryByTestId("objective-full")).toBeNull();
    fireEvent.focus(input);
    fireEvent.click(input);
    const long = "Grow the CRM business with large enterprises across every region";
    fireEvent.change(input, { target: { value: long } });
    fireEvent.click(await screen.findByRole("option", { name: new RegExp(long) }));
    // While the organizer edits it, the field is a plain one-line input: no second copy.
    expect(screen.queryByTestId("objective-full")).toBeNull();
    fireEvent.blur(input);
    const full = await screen.findByTestId("objective-full");
    expect(full).toHaveTextContent(long);
    expect(full).toHaveAttribute("data-phrase-break");
    // In the field's own box (same parent as the combobox), not a line under it.
    expect(full.parentElement).toBe(input.closest(".fui-Combobox")?.parentElement);
    // The field keeps its label and its value for screen readers; the wrapped copy is for the eyes.
    expect(screen.getByRole("combobox", { name: /Shared objective/ })).toHaveValue(long);
    expect(full).toHaveAttribute("aria-hidden", "true");
    fireEvent.focus(input);
    await waitFor(() => expect(screen.queryByTestId("objective-full")).toBeNull());
  });

  it("the dropdown arrow is no Tab stop and hidden from screen readers: Tab goes from the field to the next one", async () => {
    renderEditor(createFakeApiClient(demoSeed()));
    const input = await screen.findByTestId("objective-input");
    const arrow = input.closest(".fui-Combobox")!.querySelector<HTMLElement>(".fui-Combobox__expandIcon")!;
    expect(arrow).toHaveAttribute("tabindex", "-1");
    expect(arrow).toHaveAttribute("aria-hidden", "true");
    // The tab order of the form: the objective, then straight to what to decide.
    const tabbable = [...screen.getByTestId("agenda-editor").querySelectorAll<HTMLElement>("input, textarea, select, button, [tabindex]")].filter(
      (el) => el.tabIndex >= 0 && !el.hasAttribute("disabled"),
    );
    const at = tabbable.indexOf(input);
    expect(tabbable[at + 1]).toBe(screen.getByTestId("desired-outcome-input"));
  });

  it("says how many problems stop the insert with the plural the count needs", async () => {
    renderEditor(createFakeApiClient(demoSeed()));
    await screen.findByTestId("objective-input");
    fireEvent.click(screen.getByTestId("insert-agenda"));
    expect(await screen.findByTestId("insert-problems-title")).toHaveTextContent(/^Before inserting, fix this:$/);
    fireEvent.change(screen.getByTestId("desired-outcome-input"), { target: { value: "x".repeat(DESIRED_OUTCOME_MAX + 1) } });
    await waitFor(() => expect(screen.getByTestId("insert-problems-title")).toHaveTextContent(/^Before inserting, fix these 2:$/));
  });

  it("Space in the empty field picks nothing: Insert still asks for the objective", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api);
    const input = await screen.findByTestId("objective-input");
    fireEvent.click(input);
    await screen.findByRole("listbox");
    // Arrow keys make an option active; Space must still type, not choose it.
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: " " });
    fireEvent.keyDown(input, { key: " " });
    expect(input).toHaveValue("");
    fireEvent.change(input, { target: { value: "  " } });
    fireEvent.keyDown(input, { key: " " });
    expect(input).toHaveValue("  ");

    fireEvent.click(screen.getByTestId("insert-agenda"));
    await waitFor(() => expect(screen.getByTestId("insert-problems")).toHaveTextContent("Enter the shared objective"));
    expect(creates(api)).toHaveLength(0);
  });

  it("the option to use a new objective for this meeting can be clicked and keeps the typed title", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api);
    const input = await screen.findByTestId("objective-input");
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: "Cut onboarding time in half" } });
    const option = await screen.findByRole("option", { name: /Use for this meeting/ });
    expect(option).not.toHaveAttribute("aria-disabled", "true");
    fireEvent.click(option);
    await waitFor(() => expect(screen.queryByRole("listbox")).toBeNull());
    expect(input).toHaveValue("Cut onboarding time in half");
    expect(screen.getByTestId("objective-add-to-library")).toBeInTheDocument();
  });

  it("offers the typed title for this meeting even while library objectives match part of it", async () => {
    const api = createFakeApiClient(demoSeed());
    renderEditor(api);
    const input = await screen.findByTestId("objective-input");
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: "CRM" } });
    const options = within(await screen.findByRole("listbox")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["大手企業向けのCRMビジネスを拡大する", "Use for this meeting: “CRM”"]);
  });
});
