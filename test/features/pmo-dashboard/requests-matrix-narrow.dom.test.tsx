// The matrix in a narrow panel: the direction header 「お願いした部門 → された部門」 and the
// departments break only at spaces, never inside a word (no lone 門 on a line); the table scrolls.
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { RequestsMatrix } from "../../../src/features/pmo-dashboard/requests-matrix";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";

describe("the PMO's request matrix in Japanese", () => {
  it("keeps words whole in the direction header and the rows, and lets the table scroll", async () => {
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
    expect(header).toHaveTextContent("お願いした部門 → された部門");
    // Words stay whole (breaks only at the spaces around →), and the table takes the width its
    // words need, scrolling sideways in a narrow panel, instead of a fixed share per column.
    expect(getComputedStyle(header).wordBreak).toBe("keep-all");
    expect(getComputedStyle(screen.getAllByTestId("pmo-requests-pair")[0]!.querySelector("td")!).wordBreak).toBe("keep-all");
    const table = screen.getByTestId("pmo-requests-matrix");
    expect(getComputedStyle(table).tableLayout).toBe("auto");
    expect(getComputedStyle(table.parentElement!).overflowX).toBe("auto");
  });
});
