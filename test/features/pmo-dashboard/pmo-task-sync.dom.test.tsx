// "Sync to To Do" on a PMO table row, against the fake API: progress while it runs (the row's button
// busy), success with the task's link, and failures in words that say what to do (en and ja) — the
// fake answers like a local-mode server (409, no Microsoft Graph) unless a test gives it To Do.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import type { CommitmentSyncResult } from "../../../src/core/api/reminders-contract";
import { DEMO_OBJECTIVE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { PmoDashboard } from "../../../src/features/pmo-dashboard/pmo-dashboard";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { FAKE_SYNC_NEEDS_GRAPH } from "../../../src/platform/fakes/fake-task-sync";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { ApiError, type ApiClient } from "../../../src/platform/ports";

const MISAKI = "misaki.tanaka@contoso.example";

async function seeded() {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    attendees: [{ email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" }],
  });
  const commitment = await organizer.addCommitment(agenda.id, { ownerEmail: MISAKI, action: "提案書を送る", dueDate: "2099-01-01" });
  return { pmo: organizer.as(demoMe(PREVIEW_CAST.pmo)), commitment };
}

/** The fake, with a To Do that answers when the test says so. */
function withTodo(api: ApiClient, answer: () => Promise<CommitmentSyncResult>) {
  const calls: Array<[string, unknown]> = [];
  const client = Object.assign(Object.create(api) as ApiClient, {
    syncCommitment: (id: string, request: unknown) => {
      calls.push([id, request]);
      return answer();
    },
  });
  return { client, calls };
}

/** The server said it can sync (client-config taskSync), unless a test says otherwise. */
function renderDashboard(api: ApiClient, lang: Lang = "en", taskSync = true) {
  return render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api }}>
        <PmoDashboard taskSync={taskSync} />
      </PortsProvider>
    </AppShell>,
  );
}

const RESULT: CommitmentSyncResult = {
  target: "todo",
  externalId: "AAMk1",
  webUrl: "https://to-do.office.com/tasks/id/AAMk1/details",
  created: true,
  syncedAt: "2026-11-28T15:00:00.000Z",
};

describe("PMO table: sync a commitment to To Do", () => {
  it("shows progress, then success with a link to the task", async () => {
    const { pmo, commitment } = await seeded();
    let finish: (r: CommitmentSyncResult) => void = () => undefined;
    const { client, calls } = withTodo(pmo, () => new Promise((resolve) => (finish = resolve)));
    renderDashboard(client);
    fireEvent.click(await screen.findByRole("button", { name: "Sync to To Do: 提案書を送る" }));

    const busy = await screen.findByRole("button", { name: "Syncing…: 提案書を送る" });
    expect(busy).toBeDisabled();
    expect(calls).toEqual([[commitment.id, { target: "todo" }]]);

    finish(RESULT);
    const done = await screen.findByTestId("pmo-sync-done");
    expect(done).toHaveTextContent("Synced “提案書を送る” to To Do");
    expect(done).toHaveTextContent("A task was added to your To Do list.");
    const link = within(done).getByRole("link", { name: "Open in To Do" });
    expect(link).toHaveAttribute("href", RESULT.webUrl);
    expect(link).toHaveAttribute("target", "_blank");
    expect(screen.getByRole("button", { name: "Sync again: 提案書を送る" })).toBeEnabled();

    fireEvent.click(within(done).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("pmo-sync-done")).not.toBeInTheDocument();
  });

  it("says an updated task has no link when To Do gives none", async () => {
    const { pmo } = await seeded();
    const { client } = withTodo(pmo, async () => ({ ...RESULT, webUrl: null, created: false }));
    renderDashboard(client);
    fireEvent.click(await screen.findByRole("button", { name: "Sync to To Do: 提案書を送る" }));
    const done = await screen.findByTestId("pmo-sync-done");
    expect(done).toHaveTextContent("The task made by the earlier sync was updated.");
    expect(within(done).queryByRole("link")).not.toBeInTheDocument();
  });

  it("is not offered at all when the server can't sync (client-config says so)", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo, "en", false);
    await screen.findByText("提案書を送る");
    expect(screen.queryByRole("button", { name: /Sync to To Do/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("columnheader", { name: "To Do" })).not.toBeInTheDocument();
  });

  it("a 409 (e.g. a sync already running) says what happened and to try again, in the user's words", async () => {
    const { pmo } = await seeded();
    renderDashboard(pmo);
    fireEvent.click(await screen.findByRole("button", { name: "Sync to To Do: 提案書を送る" }));
    const error = await screen.findByTestId("pmo-sync-error");
    expect(error).toHaveTextContent("Couldn't sync “提案書を送る” to To Do");
    expect(error).toHaveTextContent("Can't sync right now. Wait a moment, then try again.");
    expect(error).toHaveTextContent(FAKE_SYNC_NEEDS_GRAPH);
    expect(error.textContent).not.toMatch(/AUTH_MODE|ENTRA_/);
    // The row can be tried again.
    expect(screen.getByRole("button", { name: "Sync to To Do: 提案書を送る" })).toBeEnabled();
  });

  it("in Japanese, and for Graph refusing (403) or busy (429)", async () => {
    const { pmo } = await seeded();
    const answers = [new ApiError(403, "forbidden", "Insufficient privileges"), new ApiError(429, "rate_limited", "Too many requests")];
    const { client } = withTodo(pmo, () => Promise.reject(answers.shift()));
    renderDashboard(client, "ja");
    fireEvent.click(await screen.findByRole("button", { name: "To Do に同期：提案書を送る" }));
    const refused = await screen.findByTestId("pmo-sync-error");
    expect(refused).toHaveTextContent("「提案書を送る」を To Do に同期できませんでした");
    expect(refused).toHaveTextContent("同期できるのはコミットメントの担当者か PMO だけです");
    // Graph's own words are for the administrator's log, not the user.
    expect(refused).not.toHaveTextContent("Insufficient privileges");

    fireEvent.click(screen.getByRole("button", { name: "To Do に同期：提案書を送る" }));
    await waitFor(() => expect(screen.getByTestId("pmo-sync-error")).toHaveTextContent("Microsoft 365 が混み合っています"));
  });
});
