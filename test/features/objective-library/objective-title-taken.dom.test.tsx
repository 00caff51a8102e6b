// Renaming an objective to another active objective's title is refused next to the title field, in
// the PMO's language, pointing at merging — whether the page sees the twin or only the server does;
// restoring an archived objective whose title is in use again is refused next to its Restore button.
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { ObjectiveLibrary } from "../../../src/features/objective-library/objective-library";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

async function setup(lang: Lang) {
  const organizer = createFakeApiClient(demoSeed());
  const duplicate = await organizer.createObjective({ title: "CRM拡大" });
  const api = organizer.as(demoMe("satoshi.yamamoto@contoso.example"));
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <ObjectiveLibrary headingLevel={1} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("library-active");
  return { organizer, duplicate };
}

const row = (title: string) => screen.getAllByTestId("library-objective").find((r) => within(r).queryByText(title) !== null)!;

async function rename(from: string, editName: RegExp, to: string) {
  fireEvent.click(within(row(from)).getByRole("button", { name: editName }));
  fireEvent.change(screen.getByTestId("library-edit-title"), { target: { value: to } });
  fireEvent.click(screen.getByTestId("library-save"));
}

describe("objective library: a title another objective has", () => {
  it("en: restoring an archived objective whose title is in use again says so and keeps it archived", async () => {
    const { organizer } = await setup("en");
    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Archive “CRM拡大”" }));
    await screen.findByTestId("library-archived");
    await organizer.createObjective({ title: "ＣＲＭ拡大" });
    fireEvent.click(within(row("CRM拡大")).getByRole("button", { name: "Put “CRM拡大” back in use" }));
    expect(await screen.findByTestId("library-restore-refused")).toHaveTextContent("“ＣＲＭ拡大” is already in use in the library, so this one stays archived: organizers can pick that one.");
    expect((await organizer.listObjectives()).map((o) => o.title)).not.toContain("CRM拡大");
  });

  it("en: refuses the twin title next to the field and suggests merging; nothing is saved", async () => {
    const { organizer, duplicate } = await setup("en");
    await rename("CRM拡大", /^Edit/, ` ${DEMO_OBJECTIVE.title.replace("CRM", "ＣＲＭ")} `);
    const field = screen.getByTestId("library-edit-title");
    const message = await screen.findByText(/is already in the library/);
    expect(message).toHaveTextContent(`“${DEMO_OBJECTIVE.title}” is already in the library. Instead of giving this one the same title, use “Merge…” to merge it into “${DEMO_OBJECTIVE.title}”.`);
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByTestId("library-notice")).toBeNull();
    expect((await organizer.listObjectives()).find((o) => o.id === duplicate.id)?.title).toBe("CRM拡大");
  });

  it("ja: the server's refusal (the twin was added after the list loaded) shows next to the field", async () => {
    const { organizer, duplicate } = await setup("ja");
    await organizer.createObjective({ title: "採用を強化する" });
    await rename("CRM拡大", /を編集$/, "採用を強化する");
    expect(await screen.findByText("「採用を強化する」はすでにライブラリにあります。名前を同じにするのではなく、「統合…」でこの目的を「採用を強化する」にまとめてください。")).toBeInTheDocument();
    expect(screen.getByTestId("library-edit-title")).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("alert", { name: /conflict/i })).toBeNull();
    expect((await organizer.listObjectives()).find((o) => o.id === duplicate.id)?.title).toBe("CRM拡大");
  });
});
