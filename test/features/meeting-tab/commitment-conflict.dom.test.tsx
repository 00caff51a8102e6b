// A queued "mark done" that meets someone else's change to the commitment: 412, mine and theirs
// side by side (status, action, due), and nothing is overwritten until the user chooses.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createMemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? "online" : "offline"));
}
afterEach(() => setOnline(true));

/** Misaki marks her commitment done offline; meanwhile the organizer moves its due date. */
async function conflicted(lang: Lang = "en") {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
    ],
  });
  const misaki = organizer.as(demoMe(MISAKI));
  const c = await misaki.addCommitment(agenda.id, { ownerEmail: MISAKI, action: "要件をまとめる", dueDate: "2099-12-01" });
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api: misaki }}>
        <MeetingTab agendaId={agenda.id} store={createMemoryLocalStore()} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  setOnline(false);
  fireEvent.click(await screen.findByTestId("commitment-toggle"));
  await screen.findByTestId("commitment-pending");
  await act(async () => {
    await organizer.updateCommitment(c.id, { dueDate: "2099-12-24", action: "要件と予算をまとめる" });
  });
  await act(async () => setOnline(true));
  const conflict = await screen.findByTestId("conflict");
  const current = async () => (await organizer.getAgenda(agenda.id)).commitments.find((x) => x.id === c.id);
  const patches = () => misaki.calls.filter((x) => x.method === "updateCommitment");
  return { conflict, current, patches };
}

describe("meeting tab: commitment conflicts", () => {
  it("sends the queued mark done with the version it was based on, and shows mine vs theirs on 412", async () => {
    const { conflict, current, patches } = await conflicted();
    expect(patches()[0]?.args[2]).toMatchObject({ ifMatch: 1 });
    expect(within(conflict).getByTestId("conflict-mine")).toHaveTextContent("Status: Done");
    expect(within(conflict).getByTestId("conflict-mine")).toHaveTextContent("要件をまとめる");
    expect(within(conflict).getByTestId("conflict-theirs")).toHaveTextContent("Status: Open");
    expect(within(conflict).getByTestId("conflict-theirs")).toHaveTextContent("要件と予算をまとめる");
    expect(within(conflict).getByTestId("conflict-theirs")).toHaveTextContent("2099");
    expect(screen.getByTestId("pending-write")).toHaveAttribute("data-state", "conflict");
    // Nothing was overwritten: their change stands, mine is not applied.
    expect(await current()).toMatchObject({ status: "open", dueDate: "2099-12-24", version: 2 });
  });

  it("re-applies mine on top of their version", async () => {
    const { conflict, current, patches } = await conflicted();
    fireEvent.click(within(conflict).getByTestId("conflict-keep-mine"));
    await waitFor(() => expect(screen.queryByTestId("conflict")).not.toBeInTheDocument());
    await waitFor(async () => expect(await current()).toMatchObject({ status: "done", dueDate: "2099-12-24", action: "要件と予算をまとめる", version: 3 }));
    expect(patches().at(-1)?.args[2]).toMatchObject({ ifMatch: 2 });
    await waitFor(() => expect(screen.getByTestId("commitment")).toHaveAttribute("data-status", "done"));
  });

  it("take theirs drops my write and leaves their commitment as it is", async () => {
    const { conflict, current, patches } = await conflicted();
    const sent = patches().length;
    fireEvent.click(within(conflict).getByTestId("conflict-use-theirs"));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
    expect(patches()).toHaveLength(sent);
    expect(await current()).toMatchObject({ status: "open", version: 2 });
  });

  it("speaks Japanese in the commitment conflict view", async () => {
    const { conflict } = await conflicted("ja");
    expect(conflict).toHaveTextContent("あなたの変更が保存される前に、このコミットメントはほかの人によって変更されました");
    expect(within(conflict).getByTestId("conflict-mine")).toHaveTextContent("状態：完了");
    expect(within(conflict).getByRole("button", { name: "自分の変更をもう一度適用" })).toBeInTheDocument();
    expect(within(conflict).getByRole("button", { name: "相手の変更を採用" })).toBeInTheDocument();
  });
});
