// The matrix's direction header 「お願いした部門 → された部門」 breaks between phrases only: in a
// narrow panel its last 門 never stands alone on a line. Engines that break phrases themselves get
// the header marked for `word-break: auto-phrase`; the others (jsdom here, like WebKit) get BudouX's
// phrase boundaries as <wbr>.
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { RequestsMatrix } from "../../../src/features/pmo-dashboard/requests-matrix";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";

describe("the PMO's request matrix in Japanese", () => {
  it("breaks the direction header between phrases, never inside 部門", async () => {
    const organizer = createFakeApiClient(demoSeed());
    const agenda = await organizer.createAgenda({
      objectiveId: "obj_demo",
      objectiveTitle: DEMO_OBJECTIVE.title,
      attendees: [
        { email: "misaki.tanaka@contoso.example", name: "田中 美咲", department: "企画部", role: "required" },
        { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎", department: "営業部", role: "required" },
      ],
    });
    await organizer.as(demoMe("ichiro.suzuki@contoso.example")).addRequest(agenda.id, { fromDepartment: "営業部", toDepartment: "企画部", text: "技術検討を始めてほしい" });
    render(
      <AppShell lang="ja">
        <PortsProvider ports={{ api: organizer.as(demoMe(PREVIEW_CAST.pmo)) }}>
          <div style={{ width: 280 }}>
            <RequestsMatrix level={2} />
          </div>
        </PortsProvider>
      </AppShell>,
    );
    const header = await screen.findByTestId("pmo-requests-direction");
    expect(header).toHaveAttribute("data-phrase-break");
    await waitFor(() => expect(header.querySelector("wbr")).not.toBeNull(), { timeout: 15_000 });
    expect(header.textContent).toBe("お願いした部門 → された部門");
    const runs = [...header.querySelector('[data-phrases="budoux"]')!.childNodes].map((n) => (n.nodeName === "WBR" ? "|" : n.textContent)).join("");
    // Every break opportunity is between phrases: none splits 部門.
    expect(runs).not.toMatch(/部\|門/);
    expect(runs.split("|").at(-1)).toMatch(/部門$/);
  });
});
