// The PMO's objective library: lists objectives with their use, edits in place, archives (gone from
// the organizers' picker, agendas keep theirs), restores, merges with what moves said first; a
// non-PMO is told it is for a PMO; another PMO's earlier change reloads instead of overwriting.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { ObjectiveLibrary } from "../../../src/features/objective-library/objective-library";
import { PmoViewsNav } from "../../../src/features/objective-library/pmo-views-nav";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const PMO = "satoshi.yamamoto@contoso.example";

async function setup(as = PMO) {
  const organizer = createFakeApiClient(demoSeed());
  const duplicate = await organizer.createObjective({ title: "CRM拡大" });
  const agenda = await organizer.createAgendaView({ objectiveId: duplicate.id, objectiveTitle: duplicate.title, departments: [{ name: "営業部" }] });
  await organizer.createAgendaView({ objectiveId: "obj_demo", objectiveTitle: DEMO_OBJECTIVE.title });
  const api = organizer.as(demoMe(as));
  render(
    <AppShell lang="en">
      <PortsProvider ports={{ api }}>
        <PmoViewsNav current="objectives" />
        <ObjectiveLibrary headingLevel={1} />
      </PortsProvider>
    </AppShell>,
  );
  return { organizer, api, duplicate, agendaId: agenda.agenda.id };
}

const row = (title: string) => screen.getAllByTestId("library-objective").find((r) => within(r).queryByText(title) !== null)!;

describe("objective library (PMO)", () => {
  it("lists the objectives with how many meetings use them, and is reachable from the PMO navigation", async () => {
    await setup();
    await screen.findByTestId("library-active");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Objective library");
    expect(screen.getByTestId("pmo-nav-objectives")).toHaveAttribute("aria-current", "page");
    expect(screen.getByTestId("pmo-nav-objectives")).toHaveAttribute("href", "/pmo?view=objectives");
    expect(within(row("CRM拡大")).getByTestId("library-usage")).toHaveTextContent("Meetings using it: 1");
    expect(within(row(DEMO_OBJECTIVE.title)).getByTestId("library-usage")).toHaveTextContent("Meetings using it: 1");
  });

  it("edits a title in place, refusing an empty one", async () => {
    const { organizer, duplicate } = await setup();
    await screen.findByTestId("library-active");
    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Edit “CRM拡大”" }));
    fireEvent.change(screen.getByTestId("library-edit-title"), { target: { value: "  " } });
    fireEvent.click(screen.getByTestId("library-save"));
    expect(screen.getByText("Enter the objective.")).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("library-edit-title"), { target: { value: "CRM を大手企業に広げる" } });
    fireEvent.click(screen.getByTestId("library-save"));
    expect(await screen.findByTestId("library-notice")).toHaveTextContent("Saved “CRM を大手企業に広げる”.");
    expect((await organizer.listObjectives()).find((o) => o.id === duplicate.id)?.title).toBe("CRM を大手企業に広げる");
  });

  it("archives: out of the organizers' picker, the agenda keeps it; restore brings it back", async () => {
    const { organizer, duplicate, agendaId } = await setup();
    await screen.findByTestId("library-active");
    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Archive “CRM拡大”" }));
    expect(await screen.findByTestId("library-notice")).toHaveTextContent("Archived “CRM拡大”. Earlier agendas keep it.");
    expect(within(screen.getByTestId("library-archived")).getByText("CRM拡大")).toBeInTheDocument();
    expect((await organizer.listObjectives()).map((o) => o.id)).not.toContain(duplicate.id);
    expect((await organizer.getAgenda(agendaId)).agenda).toMatchObject({ objectiveId: duplicate.id, objectiveTitle: "CRM拡大" });

    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Put “CRM拡大” back in use" }));
    await waitFor(() => expect(within(screen.getByTestId("library-active")).getByText("CRM拡大")).toBeInTheDocument());
    expect((await organizer.listObjectives()).map((o) => o.id)).toContain(duplicate.id);
  });

  it("merges a duplicate into another, saying first what moves", async () => {
    const { organizer, agendaId } = await setup();
    await screen.findByTestId("library-active");
    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Merge “CRM拡大” into another objective" }));
    const confirm = screen.getByTestId("library-merge-confirm");
    expect(confirm).toBeDisabled();
    fireEvent.change(screen.getByTestId("library-merge-into"), { target: { value: "obj_demo" } });
    expect(within(row("CRM拡大")).getByText(/The meetings using “CRM拡大” \(1\) and their commitments move/)).toBeInTheDocument();
    fireEvent.click(confirm);
    expect(await screen.findByTestId("library-notice")).toHaveTextContent(`Merged “CRM拡大” into “${DEMO_OBJECTIVE.title}”.`);
    expect(within(row("CRM拡大")).getByTestId("library-usage")).toHaveTextContent(`Merged into “${DEMO_OBJECTIVE.title}”`);
    expect(within(row("CRM拡大")).queryByTestId("library-restore")).toBeNull();
    expect((await organizer.getAgenda(agendaId)).agenda.objectiveId).toBe("obj_demo");
  });

  it("reloads instead of overwriting when another PMO changed it first", async () => {
    const { api, duplicate } = await setup();
    await screen.findByTestId("library-active");
    await (api as FakeApiClient).updateObjective(duplicate.id, 1, { description: "changed elsewhere" });
    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Archive “CRM拡大”" }));
    expect(await screen.findByTestId("library-notice")).toHaveTextContent("Another PMO changed this objective.");
    expect(within(row("CRM拡大")).getByText("changed elsewhere")).toBeInTheDocument();
    expect(screen.queryByTestId("library-archived")).toBeNull();
  });

  it("tells someone who is not a PMO that it is for a PMO", async () => {
    await setup("hanako.sato@contoso.example");
    expect(await screen.findByText("Only a PMO can manage the objective library.")).toBeInTheDocument();
    expect(screen.queryByTestId("library-active")).toBeNull();
  });
});
