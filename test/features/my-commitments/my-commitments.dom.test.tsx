import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MyCommitments } from "../../../src/features/my-commitments/my-commitments";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example";
const ICHIRO = "ichiro.suzuki@contoso.example";
const TODAY = "2026-06-01";

async function setup({ lang = "en" as Lang, pageSize = 50, ichiroCommitments = 2 } = {}) {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    desiredOutcome: "Decide who drafts the proposal",
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
  });
  const due = ["2099-12-01", "2026-01-10", "2099-01-15", "2098-05-05"];
  for (let i = 0; i < ichiroCommitments; i++) {
    await organizer.addCommitment(agenda.id, { ownerEmail: ICHIRO, action: `一郎の約束${i + 1}`, dueDate: due[i]!, confirmPastDue: true, helpsDepartment: "企画部" });
  }
  await organizer.addCommitment(agenda.id, { ownerEmail: MISAKI, action: "美咲の約束", dueDate: "2099-02-01" });
  const ichiro = organizer.as(demoMe(ICHIRO));
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api: ichiro }}>
        <MyCommitments pageSize={pageSize} today={TODAY} />
      </PortsProvider>
    </AppShell>,
  );
  return { organizer, ichiro, agendaId: agenda.id };
}

const items = () => screen.queryAllByTestId("my-commitment");
const callsOf = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);

describe("my commitments", () => {
  it("lists only my commitments, overdue first with a badge, each with its meeting's objective", async () => {
    const { ichiro } = await setup();
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(screen.queryByText("美咲の約束")).not.toBeInTheDocument();
    expect(callsOf(ichiro, "listCommitments")[0]?.args[0]).toMatchObject({ mine: "true", limit: 50 });

    const groups = screen.getAllByTestId("my-commitments-group").map((g) => g.dataset.group);
    expect(groups).toEqual(["overdue", "open"]);
    const [late, upcoming] = items();
    expect(late).toHaveTextContent("一郎の約束2");
    expect(late).toHaveAttribute("data-overdue", "true");
    expect(within(late!).getByTestId("my-commitment-overdue")).toHaveTextContent("Overdue");
    expect(upcoming).toHaveTextContent("一郎の約束1");
    expect(within(upcoming!).queryByTestId("my-commitment-overdue")).not.toBeInTheDocument();
    expect(late).toHaveTextContent(`For the shared objective: ${DEMO_OBJECTIVE.title}`);
    expect(late).toHaveTextContent("Due Jan 10, 2026");
    expect(screen.getByRole("heading", { name: "Overdue (1)" })).toBeInTheDocument();
  });

  it("marks one done (it moves to the closed group) and reopens it", async () => {
    const { ichiro, organizer, agendaId } = await setup();
    await waitFor(() => expect(items()).toHaveLength(2));
    const late = items()[0]!;
    fireEvent.click(within(late).getByRole("button", { name: "Mark done" }));
    await waitFor(() => expect(screen.getAllByTestId("my-commitments-group").map((g) => g.dataset.group)).toEqual(["open", "closed"]));
    const closed = screen.getAllByTestId("my-commitments-group").find((g) => g.dataset.group === "closed")!;
    const done = within(closed).getByTestId("my-commitment");
    expect(done).toHaveAttribute("data-status", "done");
    expect(done).toHaveAttribute("data-overdue", "false");
    expect(callsOf(ichiro, "updateCommitment")[0]?.args).toEqual([done.dataset.commitmentId, { status: "done" }, { ifMatch: 1 }]);
    // The server has it too: the organizer's list agrees.
    const stored = await organizer.getAgenda(agendaId);
    expect(stored.commitments.find((c) => c.id === done.dataset.commitmentId)?.status).toBe("done");

    fireEvent.click(within(done).getByRole("button", { name: "Reopen" }));
    await waitFor(() => expect(screen.getAllByTestId("my-commitments-group").map((g) => g.dataset.group)).toEqual(["overdue", "open"]));
  });

  it("on a 412 shows the reloaded commitment and applies my change again on top of it", async () => {
    const { ichiro, organizer, agendaId } = await setup({ ichiroCommitments: 1 });
    await waitFor(() => expect(items()).toHaveLength(1));
    const id = items()[0]!.dataset.commitmentId!;
    // Someone else changes it after my list loaded.
    await organizer.updateCommitment(id, { action: "主催者が書き直した約束" });
    fireEvent.click(within(items()[0]!).getByRole("button", { name: "Mark done" }));
    const conflict = await screen.findByTestId("my-commitment-conflict");
    expect(conflict).toHaveTextContent("Someone changed this commitment; reloaded — apply your change again?");
    // The fresh row is shown, and mine was not applied.
    expect(items()[0]).toHaveTextContent("主催者が書き直した約束");
    expect(items()[0]).toHaveAttribute("data-status", "open");
    const stored = () => organizer.getAgenda(agendaId).then((v) => v.commitments.find((c) => c.id === id));
    expect(await stored()).toMatchObject({ status: "open", version: 2 });

    fireEvent.click(within(conflict).getByTestId("my-commitment-reapply"));
    await waitFor(() => expect(items()[0]).toHaveAttribute("data-status", "done"));
    expect(screen.queryByTestId("my-commitment-conflict")).not.toBeInTheDocument();
    expect(callsOf(ichiro, "updateCommitment").map((c) => c.args[2])).toEqual([{ ifMatch: 1 }, { ifMatch: 2 }]);
    expect(await stored()).toMatchObject({ status: "done", action: "主催者が書き直した約束", version: 3 });
  });

  it("says so in Japanese on a 412", async () => {
    const { organizer } = await setup({ lang: "ja", ichiroCommitments: 1 });
    await waitFor(() => expect(items()).toHaveLength(1));
    await organizer.updateCommitment(items()[0]!.dataset.commitmentId!, { dueDate: "2099-06-30" });
    fireEvent.click(within(items()[0]!).getByTestId("my-commitment-toggle"));
    expect(await screen.findByTestId("my-commitment-conflict")).toHaveTextContent(
      "ほかの人がこのコミットメントを変更したため、再読み込みしました。変更をもう一度適用しますか？",
    );
  });

  it("pages with the cursor: load more appends the next page and disappears at the end", async () => {
    const { ichiro } = await setup({ pageSize: 2, ichiroCommitments: 3 });
    await waitFor(() => expect(items()).toHaveLength(2));
    const more = screen.getByTestId("my-commitments-load-more");
    fireEvent.click(more);
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(screen.queryByTestId("my-commitments-load-more")).not.toBeInTheDocument();
    const calls = callsOf(ichiro, "listCommitments");
    expect(calls).toHaveLength(2);
    expect(calls[1]?.args[0]).toMatchObject({ mine: "true", limit: 2, cursor: expect.any(String) });
    expect(screen.getByTestId("my-commitments-count")).toHaveTextContent("Showing 3");
    expect(new Set(items().map((i) => i.dataset.commitmentId)).size).toBe(3);
  });

  it("shows an empty state, in Japanese for a Japanese host", async () => {
    await setup({ lang: "ja", ichiroCommitments: 0 });
    expect(await screen.findByTestId("my-commitments-empty")).toHaveTextContent("まだコミットメントはありません");
    expect(screen.getByRole("heading", { name: "私のコミットメント" })).toBeInTheDocument();
    expect(items()).toHaveLength(0);
  });

  it("shows a failed load with a retry that works", async () => {
    const organizer = createFakeApiClient(demoSeed());
    const ichiro = organizer.as(demoMe(ICHIRO));
    ichiro.failNext("network");
    render(
      <AppShell lang="en">
        <PortsProvider ports={{ api: ichiro }}>
          <MyCommitments today={TODAY} />
        </PortsProvider>
      </AppShell>,
    );
    expect(await screen.findByText(/Can't reach the server/)).toBeInTheDocument();
    expect(screen.queryByTestId("my-commitments-empty")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByTestId("my-commitments-empty")).toBeInTheDocument();
  });
});
