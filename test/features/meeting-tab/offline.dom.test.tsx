// The meeting tab under flaky conditions: drafts across reloads, the offline queue, conflicts shown
// side by side, and "sign in again" — against the fake API (same rules as the server).
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import type { ApiClient } from "../../../src/platform/ports";
import { createMemoryLocalStore, type MemoryLocalStore } from "../../../src/platform/storage/memory-local-store";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? "online" : "offline"));
}
afterEach(() => setOnline(true));

async function setup(lang: Lang = "en") {
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
  const store = createMemoryLocalStore();
  const mount = async (api: ApiClient = misaki, s: MemoryLocalStore = store) => {
    const view = render(
      <AppShell lang={lang}>
        <PortsProvider ports={{ api }}>
          <MeetingTab agendaId={agenda.id} store={s} />
        </PortsProvider>
      </AppShell>,
    );
    await screen.findByTestId("tab-objective-title");
    return view;
  };
  /** A reload: the page goes away and comes back with the same local storage. */
  const reload = async () => {
    cleanup();
    return mount();
  };
  const contributions = async () => (await organizer.getAgenda(agenda.id)).contributions;
  return { organizer, misaki, agendaId: agenda.id, store, mount, reload, contributions };
}

const calls = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
/** "+ Add" in my department's card opens its form (closed until asked for). */
const openContributionForm = () => {
  const mine = screen.getAllByTestId("contribution-group").find((g) => g.dataset.department === "企画部")!;
  fireEvent.click(within(mine).getByTestId("contribution-add"));
};
/** Edit is in the entry's "⋯" menu. */
const startEdit = async () => {
  fireEvent.click(await screen.findByTestId("contribution-actions"));
  fireEvent.click(await screen.findByTestId("contribution-edit"));
};

describe("meeting tab drafts", () => {
  it("restores the contribution and commitment forms after a reload, and clears them once saved", async () => {
    const { mount, reload, store, contributions } = await setup();
    await mount();
    openContributionForm();
    type("contribution-input", "書きかけの貢献");
    fireEvent.click(screen.getByTestId("commitment-open"));
    type("commitment-action", "書きかけの約束");
    type("commitment-due", "2099-12-01");
    fireEvent.click(screen.getByTestId("obstacle-open"));
    type("obstacle-input", "書きかけの障害");
    expect([...store.entries.keys()].filter((k) => k.includes(":draft:"))).toHaveLength(3);

    await reload();
    expect(screen.getByTestId("contribution-input")).toHaveValue("書きかけの貢献");
    expect(screen.getByTestId("commitment-action")).toHaveValue("書きかけの約束");
    expect(screen.getByTestId("commitment-due")).toHaveValue("2099-12-01");
    expect(screen.getByTestId("obstacle-input")).toHaveValue("書きかけの障害");

    fireEvent.click(screen.getByTestId("contribution-submit"));
    // Saved: the draft is gone and the form closed; after a reload it stays closed.
    await waitFor(() => expect(screen.queryByTestId("contribution-input")).not.toBeInTheDocument());
    expect((await contributions()).map((c) => c.text)).toEqual(["書きかけの貢献"]);
    expect([...store.entries.keys()].some((k) => k.includes(":draft:contribution"))).toBe(false);
    await reload();
    expect(screen.queryByTestId("contribution-input")).not.toBeInTheDocument();
    expect(screen.getByTestId("commitment-action")).toHaveValue("書きかけの約束");
  });

  it("reopens an edit in progress after a reload", async () => {
    const { misaki, agendaId, mount, reload } = await setup();
    await misaki.addContribution(agendaId, { department: "企画部", text: "元の文" });
    await mount();
    await startEdit();
    type("contribution-edit-input", "直している途中");
    await reload();
    expect(await screen.findByTestId("contribution-edit-input")).toHaveValue("直している途中");
  });
});

describe("meeting tab offline queue", () => {
  it("queues writes made offline, keeps them across a reload, and sends each once on reconnect", async () => {
    const { misaki, agendaId, mount, reload, contributions } = await setup();
    const done = await misaki.addCommitment(agendaId, { ownerEmail: MISAKI, action: "要件をまとめる", dueDate: "2099-12-01" });
    await mount();
    setOnline(false);
    // Offline with nothing pending: the banner and the live badge agree, and there is no "Pending (0)".
    await screen.findByText(/^You are offline\. The agenda updates when the connection is back/);
    expect(screen.getByTestId("live-status")).toHaveAttribute("data-status", "offline");
    expect(screen.getByTestId("live-status")).toHaveTextContent("Offline");
    expect(screen.queryByTestId("pending-count")).not.toBeInTheDocument();
    openContributionForm();
    type("contribution-input", "オフラインで書いた");
    fireEvent.click(screen.getByTestId("contribution-submit"));
    fireEvent.click(await screen.findByTestId("commitment-toggle"));
    const pending = await screen.findByTestId("pending-writes");
    await waitFor(() => expect(within(pending).getByTestId("pending-count")).toHaveTextContent("Pending (2)"));
    expect(within(pending).getByText("オフラインで書いた")).toBeInTheDocument();
    expect(screen.getByTestId("commitment-pending")).toBeInTheDocument();
    expect(calls(misaki, "addContribution")).toHaveLength(0);

    await screen.findByText("You are offline. Your changes are kept and will be sent when you reconnect.");
    await reload();
    expect(screen.getByTestId("pending-count")).toHaveTextContent("Pending (2)");
    expect(screen.getByTestId("live-status")).toHaveAttribute("data-status", "offline");
    expect(screen.queryByTestId("contribution-input")).not.toBeInTheDocument();

    await act(async () => setOnline(true));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
    expect((await contributions()).map((c) => c.text)).toEqual(["オフラインで書いた"]);
    expect((await misaki.getAgenda(agendaId)).commitments.find((c) => c.id === done.id)?.status).toBe("done");
    await waitFor(() => expect(screen.getByText("オフラインで書いた")).toBeInTheDocument());
    expect(calls(misaki, "addContribution")).toHaveLength(1);
  });

  it("queues an obstacle added offline like every other write, and adds it on reconnect on top of others' changes", async () => {
    const { organizer, misaki, agendaId, mount, reload } = await setup();
    await mount();
    setOnline(false);
    fireEvent.click(screen.getByTestId("obstacle-open"));
    type("obstacle-input", "オフラインで書いた課題");
    fireEvent.click(screen.getByTestId("obstacle-submit"));
    // Kept in the queue, the form closed — not a spinner for as long as the network is down.
    const pending = await screen.findByTestId("pending-writes");
    await waitFor(() => expect(within(pending).getByTestId("pending-count")).toHaveTextContent("Pending (1)"));
    expect(within(pending).getByTestId("pending-write")).toHaveAttribute("data-kind", "addObstacle");
    expect(within(pending).getByText("New obstacle")).toBeInTheDocument();
    expect(within(pending).getByText("オフラインで書いた課題")).toBeInTheDocument();
    expect(screen.queryByTestId("obstacle-input")).not.toBeInTheDocument();
    expect(screen.queryByText("Working…")).not.toBeInTheDocument();
    expect(calls(misaki, "patchAgenda")).toHaveLength(0);

    // Meanwhile the organizer adds one: mine goes on top of theirs, nothing is lost.
    const agenda = (await organizer.getAgenda(agendaId)).agenda;
    await organizer.patchAgenda(agendaId, agenda.version, { obstacles: ["主催者の課題"] });
    await reload();
    expect(screen.getByTestId("pending-count")).toHaveTextContent("Pending (1)");

    await act(async () => setOnline(true));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
    expect((await organizer.getAgenda(agendaId)).agenda.obstacles).toEqual(["主催者の課題", "オフラインで書いた課題"]);
    await waitFor(() => expect(within(screen.getByTestId("tab-obstacles")).getByText("オフラインで書いた課題")).toBeInTheDocument());
  });

  it("adds a queued obstacle once when the answer to its first send was lost", async () => {
    const { organizer, misaki, agendaId, mount } = await setup();
    await mount();
    misaki.failNext("lost");
    fireEvent.click(screen.getByTestId("obstacle-open"));
    type("obstacle-input", "一度だけの課題");
    fireEvent.click(screen.getByTestId("obstacle-submit"));
    await screen.findByTestId("pending-writes");
    await act(async () => setOnline(true));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
    expect((await organizer.getAgenda(agendaId)).agenda.obstacles).toEqual(["一度だけの課題"]);
  });

  it("shows a queued write the server later refuses as failed, with the reason and the text", async () => {
    const { misaki, mount } = await setup();
    await mount();
    setOnline(false);
    openContributionForm();
    type("contribution-input", "拒否される文");
    fireEvent.click(screen.getByTestId("contribution-submit"));
    await screen.findByTestId("pending-writes");
    misaki.failNext(403);
    await act(async () => setOnline(true));
    const row = await screen.findByTestId("pending-write");
    await waitFor(() => expect(row).toHaveAttribute("data-state", "failed"));
    expect(row).toHaveTextContent("Not saved: Simulated failure (HTTP 403)");
    expect(row).toHaveTextContent("拒否される文");
    fireEvent.click(within(row).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
  });
});

describe("meeting tab conflicts", () => {
  async function conflicted() {
    const ctx = await setup();
    const mine = await ctx.misaki.addContribution(ctx.agendaId, { department: "企画部", text: "元の文" });
    await ctx.mount();
    await startEdit();
    type("contribution-edit-input", "美咲の文");
    // Someone else saves first.
    await act(async () => {
      await ctx.organizer.updateContribution(mine.id, { text: "主催者の文" });
    });
    // Told while still typing, with the typed text untouched.
    expect(await screen.findByTestId("contribution-changed-meanwhile")).toHaveTextContent("主催者の文");
    expect(screen.getByTestId("contribution-edit-input")).toHaveValue("美咲の文");
    fireEvent.click(screen.getByTestId("contribution-save"));
    const conflict = await screen.findByTestId("conflict");
    return { ...ctx, conflict, id: mine.id };
  }

  it("shows mine and theirs side by side, and overwrites nothing until the user chooses", async () => {
    const { conflict, contributions } = await conflicted();
    expect(within(conflict).getByTestId("conflict-mine")).toHaveTextContent("美咲の文");
    expect(within(conflict).getByTestId("conflict-theirs")).toHaveTextContent("主催者の文");
    expect(within(conflict).getByTestId("conflict-theirs")).toHaveTextContent("Current version (saved on the server by someone else)");
    expect((await contributions())[0]?.text).toBe("主催者の文");
    expect(screen.getByTestId("pending-count")).toHaveTextContent("Pending (1)");
  });

  it("keep mine re-sends on their version (and survives a scrollIntoView that returns a promise, as in Chromium)", async () => {
    const proto = Element.prototype as unknown as { scrollIntoView?: unknown };
    proto.scrollIntoView = () => Promise.resolve();
    try {
      const { conflict, contributions } = await conflicted();
      fireEvent.click(within(conflict).getByTestId("conflict-keep-mine"));
      await waitFor(() => expect(screen.queryByTestId("conflict")).not.toBeInTheDocument());
      expect((await contributions())[0]?.text).toBe("美咲の文");
      await waitFor(() => expect(screen.getByText("美咲の文")).toBeInTheDocument());
      expect(screen.getByTestId("meeting-tab")).toBeInTheDocument();
    } finally {
      delete proto.scrollIntoView;
    }
  });

  it("use theirs drops mine; a combined text saves both", async () => {
    const first = await conflicted();
    fireEvent.click(within(first.conflict).getByTestId("conflict-use-theirs"));
    await waitFor(() => expect(screen.queryByTestId("conflict")).not.toBeInTheDocument());
    expect((await first.contributions())[0]?.text).toBe("主催者の文");
    cleanup();

    const second = await conflicted();
    expect(within(second.conflict).getByTestId("conflict-merged")).toHaveValue("主催者の文\n美咲の文");
    fireEvent.click(within(second.conflict).getByTestId("conflict-save-merged"));
    await waitFor(() => expect(screen.queryByTestId("conflict")).not.toBeInTheDocument());
    expect((await second.contributions())[0]?.text).toBe("主催者の文\n美咲の文");
  });

  it("speaks Japanese in the conflict view", async () => {
    const ctx = await setup("ja");
    const mine = await ctx.misaki.addContribution(ctx.agendaId, { department: "企画部", text: "元" });
    await ctx.mount();
    await startEdit();
    type("contribution-edit-input", "私の");
    await act(async () => {
      await ctx.organizer.updateContribution(mine.id, { text: "相手の" });
    });
    fireEvent.click(screen.getByTestId("contribution-save"));
    const conflict = await screen.findByTestId("conflict");
    expect(conflict).toHaveTextContent("あなたの版（未保存）");
    expect(within(conflict).getByRole("button", { name: "自分の版を残す" })).toBeInTheDocument();
  });
});

describe("meeting tab sign-in", () => {
  it("asks to sign in again when the token cannot be renewed, and runs the interactive sign-in", async () => {
    const { misaki, agendaId } = await setup();
    let signIns = 0;
    const api: ApiClient = Object.assign(Object.create(null) as object, misaki, {
      signInAgain: async () => {
        signIns++;
      },
    });
    misaki.failNext(401);
    render(
      <AppShell lang="en">
        <PortsProvider ports={{ api }}>
          <MeetingTab agendaId={agendaId} />
        </PortsProvider>
      </AppShell>,
    );
    const prompt = await screen.findByTestId("sign-in-again");
    expect(prompt).toHaveTextContent("Your sign-in has expired");
    fireEvent.click(within(prompt).getByRole("button", { name: "Sign in again" }));
    await screen.findByTestId("tab-objective-title");
    expect(signIns).toBe(1);
  });

  it("pauses queued writes on a 401 and sends them after signing in again", async () => {
    const { misaki, mount, contributions } = await setup();
    await mount();
    openContributionForm();
    type("contribution-input", "サインイン後に送る");
    misaki.failNext(401);
    fireEvent.click(screen.getByTestId("contribution-submit"));
    const prompt = await screen.findByTestId("sign-in-again");
    expect(screen.getByTestId("pending-count")).toHaveTextContent("Pending (1)");
    fireEvent.click(within(prompt).getByRole("button", { name: "Sign in again" }));
    await waitFor(() => expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument());
    expect((await contributions()).map((c) => c.text)).toEqual(["サインイン後に送る"]);
  });
});
