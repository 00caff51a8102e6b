import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import { CONTRIBUTION_MAX } from "../../../src/core/api/contract";
import { type Lang } from "../../../src/core/api/primitives";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { MeetingTab } from "../../../src/features/meeting-tab/meeting-tab";
import { createFakeApiClient, type FakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../../src/platform/fakes/fake-demo-seed";

const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部

async function setup(lang: Lang = "en") {
  const organizer = createFakeApiClient(demoSeed());
  const agenda = await organizer.createAgenda({
    objectiveId: "obj_demo",
    objectiveTitle: DEMO_OBJECTIVE.title,
    desiredOutcome: "Decide who drafts the enterprise proposal",
    departments: DEMO_DEPARTMENTS.slice(0, 2).map((d) => ({ ...d })),
    attendees: [
      { email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "営業部", role: "organizer" },
      { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
    ],
    teamsThreadId: "19:meeting_PreviewMeeting01@thread.v2",
  });
  const misaki = organizer.as(demoMe(MISAKI));
  const ichiro = organizer.as(demoMe(ICHIRO));
  const view = render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api: misaki }}>
        <MeetingTab agendaId={agenda.id} />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("tab-objective-title");
  return { organizer, misaki, ichiro, agendaId: agenda.id, view };
}

const callsOf = (api: FakeApiClient, method: string) => api.calls.filter((c) => c.method === method);
const group = (department: string) => screen.getAllByTestId("contribution-group").find((g) => g.dataset.department === department)!;
/** "+ Add" in a department's card opens its form. */
function openContributionForm(department = "企画部") {
  fireEvent.click(within(group(department)).getByTestId("contribution-add"));
  return within(group(department)).getByTestId("contribution-form");
}
function openCommitmentForm() {
  fireEvent.click(screen.getByTestId("commitment-open"));
  return screen.getByTestId("commitment-form");
}

describe("meeting tab", () => {
  it("shows the same numbered sections 1–5 as the agenda in the body, the shared objective first", async () => {
    await setup();
    const sections = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      "1.Shared objective",
      "2.What can each of us do for it?",
      "3.Obstacles we solve together",
      "4.Follow-up commitments",
      "5.Appendix: department missions (for reference)",
    ]);
    const objective = screen.getByTestId("tab-objective");
    expect(within(objective).getByTestId("tab-objective-title")).toHaveTextContent(DEMO_OBJECTIVE.title);
    expect(objective).toHaveTextContent("What this meeting should decide: Decide who drafts the enterprise proposal");
    const contributions = screen.getByTestId("tab-contributions");
    expect(objective.compareDocumentPosition(contributions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("groups contributions by department, each card with its own closed '+ Add'", async () => {
    await setup();
    const groups = screen.getAllByTestId("contribution-group").map((g) => g.getAttribute("data-department"));
    expect(groups).toEqual(["営業部", "企画部"]);
    // No form is open until asked for; each card offers its own.
    expect(screen.queryByTestId("contribution-form")).not.toBeInTheDocument();
    expect(within(group("営業部")).getByRole("button", { name: "Add a contribution for 営業部" })).toBeInTheDocument();
    const form = openContributionForm("企画部");
    expect(within(form).getByLabelText(/What 企画部 can do/)).toHaveFocus();
    fireEvent.click(within(form).getByTestId("contribution-cancel"));
    expect(screen.queryByTestId("contribution-form")).not.toBeInTheDocument();
    expect(within(group("企画部")).getByTestId("contribution-add")).toHaveFocus();
  });

  it("rejects an empty and a 2001-character contribution inline, without calling the API", async () => {
    const { misaki } = await setup();
    openContributionForm();
    fireEvent.click(screen.getByTestId("contribution-submit"));
    expect(await screen.findByText("This field is required.")).toBeInTheDocument();

    fireEvent.change(screen.getByTestId("contribution-input"), { target: { value: "x".repeat(CONTRIBUTION_MAX + 1) } });
    expect(screen.getByText(`Use at most ${CONTRIBUTION_MAX} characters (now ${CONTRIBUTION_MAX + 1}).`)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("contribution-submit"));
    await act(async () => {});
    expect(callsOf(misaki, "addContribution")).toHaveLength(0);

    fireEvent.change(screen.getByTestId("contribution-input"), { target: { value: "x".repeat(CONTRIBUTION_MAX) } });
    expect(screen.queryByText(/Use at most/)).not.toBeInTheDocument();
  });

  it("adds my contribution to my department's group", async () => {
    const { misaki } = await setup();
    openContributionForm();
    fireEvent.change(screen.getByTestId("contribution-input"), { target: { value: "提案書のCRM部分を書く" } });
    fireEvent.click(screen.getByTestId("contribution-submit"));
    await waitFor(() => expect(within(group("企画部")).getByText("提案書のCRM部分を書く")).toBeInTheDocument());
    expect(callsOf(misaki, "addContribution")[0]?.args).toEqual([
      expect.any(String),
      { department: "企画部", text: "提案書のCRM部分を書く" },
      { idempotencyKey: expect.any(String) },
    ]);
    // Saved: the form closes, and the entry says who wrote it and when.
    await waitFor(() => expect(screen.queryByTestId("contribution-form")).not.toBeInTheDocument());
    const entry = within(group("企画部")).getByTestId("contribution");
    expect(entry).toHaveTextContent("田中 美咲");
    expect(entry).toHaveTextContent("just now");
    expect(within(entry).getByText("田中")).toBeInTheDocument();
  });

  it("updates live when another attendee writes (change event from the API)", async () => {
    const { ichiro, agendaId } = await setup();
    await act(async () => {
      await ichiro.addContribution(agendaId, { department: "営業部", text: "大手3社の紹介をとる" });
    });
    const sales = await waitFor(() => {
      const g = screen.getAllByTestId("contribution-group").find((x) => x.dataset.department === "営業部")!;
      expect(within(g).getByText("大手3社の紹介をとる")).toBeInTheDocument();
      return g;
    });
    // Not mine: no edit or delete buttons.
    expect(within(sales).queryByRole("button", { name: /Edit/ })).not.toBeInTheDocument();
    expect(screen.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  });

  it("adds a commitment with owner, due date, helped department and purpose", async () => {
    const { misaki } = await setup();
    openCommitmentForm();
    fireEvent.change(screen.getByTestId("commitment-owner"), { target: { value: ICHIRO } });
    fireEvent.change(screen.getByTestId("commitment-action"), { target: { value: "提案の初稿を共有する" } });
    fireEvent.change(screen.getByTestId("commitment-due"), { target: { value: "2099-12-01" } });
    fireEvent.change(screen.getByTestId("commitment-helps"), { target: { value: "企画部" } });
    fireEvent.change(screen.getByTestId("commitment-serves"), { target: { value: "大手企業の要件を早く集める" } });
    fireEvent.click(screen.getByTestId("commitment-submit"));

    const item = await screen.findByTestId("commitment");
    expect(item).toHaveTextContent("提案の初稿を共有する");
    expect(item).toHaveTextContent("鈴木 一郎 (営業部) · due Dec 1, 2099");
    expect(item).toHaveTextContent("Helps: 企画部");
    expect(callsOf(misaki, "addCommitment")[0]?.args[1]).toMatchObject({
      ownerEmail: ICHIRO,
      dueDate: "2099-12-01",
      helpsDepartment: "企画部",
      servesObjective: "大手企業の要件を早く集める",
    });
    // Someone else's commitment: only its owner, the organizer or the PMO may change it.
    expect(within(item).queryByRole("button", { name: "Mark done" })).not.toBeInTheDocument();
  });

  it("lets the owner mark a commitment done and reopen it", async () => {
    await setup();
    // The owner defaults to me.
    openCommitmentForm();
    fireEvent.change(screen.getByTestId("commitment-action"), { target: { value: "要件一覧をまとめる" } });
    fireEvent.change(screen.getByTestId("commitment-due"), { target: { value: "2099-12-01" } });
    fireEvent.click(screen.getByTestId("commitment-submit"));
    const item = await screen.findByTestId("commitment");
    expect(item).toHaveTextContent("田中 美咲 (企画部)");
    fireEvent.click(within(item).getByRole("button", { name: "Mark done" }));
    await waitFor(() => expect(screen.getByTestId("commitment")).toHaveAttribute("data-status", "done"));
    fireEvent.click(within(screen.getByTestId("commitment")).getByRole("button", { name: "Reopen" }));
    await waitFor(() => expect(screen.getByTestId("commitment")).toHaveAttribute("data-status", "open"));
  });

  it("requires an action and a due date for a commitment", async () => {
    const { misaki } = await setup();
    openCommitmentForm();
    fireEvent.click(screen.getByTestId("commitment-submit"));
    const form = screen.getByTestId("commitment-form");
    await waitFor(() => expect(within(form).getAllByText("This field is required.")).toHaveLength(2));
    expect(callsOf(misaki, "addCommitment")).toHaveLength(0);
  });

  it("keeps the department missions collapsed in the appendix until opened", async () => {
    await setup();
    const mission = DEMO_DEPARTMENTS[0]!.mission;
    expect(screen.queryByText(mission)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /Appendix: department missions \(for reference\)/ }));
    expect(await screen.findByText(mission)).toBeInTheDocument();
  });

  it("keeps a write that hit a network failure in the pending list, with its text", async () => {
    const { misaki } = await setup();
    openContributionForm();
    fireEvent.change(screen.getByTestId("contribution-input"), { target: { value: "残しておきたい文章" } });
    misaki.failNext("network");
    fireEvent.click(screen.getByTestId("contribution-submit"));
    const pending = await screen.findByTestId("pending-writes");
    expect(within(pending).getByText("Pending (1)")).toBeInTheDocument();
    expect(within(pending).getByText("残しておきたい文章")).toBeInTheDocument();
  });

  it("keeps the typed text and shows the reason when the server refuses a write", async () => {
    const { misaki } = await setup();
    openContributionForm();
    fireEvent.change(screen.getByTestId("contribution-input"), { target: { value: "残しておきたい文章" } });
    misaki.failNext(403);
    fireEvent.click(screen.getByTestId("contribution-submit"));
    const form = screen.getByTestId("contribution-form");
    expect(await within(form).findByTestId("error-bar")).toBeInTheDocument();
    expect(screen.getByTestId("contribution-input")).toHaveValue("残しておきたい文章");
    expect(screen.queryByTestId("pending-writes")).not.toBeInTheDocument();
  });

  it("speaks Japanese when the host is Japanese", async () => {
    await setup("ja");
    expect(screen.getByText("目的のために、それぞれ何ができるか")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("ja");
  });
});
