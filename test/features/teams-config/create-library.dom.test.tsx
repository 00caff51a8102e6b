// "Create the agenda here" while its library (objectives, departments) is still on its way or
// failed: a loading state with the submit held back, the first library objective as the default
// once it arrives, a failure that says what to do (Retry, or a new objective), and nothing the user
// typed lost on the way.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import { PortsProvider } from "../../../src/components/ports-context";
import type { Department, Objective } from "../../../src/core/api/contract";
import { DEMO_OBJECTIVE } from "../../../src/core/demo/demo-people";
import { TeamsConfig } from "../../../src/features/teams-config/teams-config";
import { createFakeApiClient } from "../../../src/platform/fakes/fake-api-client";
import { demoSeed } from "../../../src/platform/fakes/fake-demo-seed";
import { createFakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";
import { ApiError, type ApiClient } from "../../../src/platform/ports";

const CHAT = "19:meeting_LibraryLate01@thread.v2";
const OFFLINE = () => new ApiError(0, "network", "offline");

interface Gate<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** The fake API, except that every library request waits until the test answers it. */
async function setup(lang: "ja" | "en" = "en") {
  const fake = createFakeApiClient(demoSeed());
  await fake.createObjective({ title: "Second objective", description: "" });
  const objectiveCalls: Gate<Objective[]>[] = [];
  const departmentCalls: Gate<Department[]>[] = [];
  const created: unknown[] = [];
  const gate = <T,>(calls: Gate<T>[]) => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  const api: ApiClient = {
    ...fake,
    listObjectives: () => gate(objectiveCalls),
    listDepartments: () => gate(departmentCalls),
    createAgenda: (input) => {
      created.push(input);
      return fake.createAgenda(input);
    },
  };
  const teams = createFakeTeamsMeeting({ chatId: CHAT, frame: "settings" });
  const context = await teams.initialize();
  render(
    <AppShell lang={lang}>
      <PortsProvider ports={{ api, teams }}>
        <TeamsConfig context={context} appBaseUrl="https://purpose.example" />
      </PortsProvider>
    </AppShell>,
  );
  await screen.findByTestId("config-create");
  await waitFor(() => expect(objectiveCalls).toHaveLength(1));
  const answer = async <T,>(calls: Gate<T>[], value: T | Error) => {
    const call = calls.at(-1);
    if (!call) throw new Error("no request to answer");
    await act(async () => (value instanceof Error ? call.reject(value) : call.resolve(value)));
  };
  return {
    fake,
    created,
    objectiveCalls,
    departmentCalls,
    answerObjectives: async (value?: Error) => answer(objectiveCalls, value ?? (await fake.listObjectives())),
    answerDepartments: async (value?: Error) => answer(departmentCalls, value ?? (await fake.listDepartments())),
  };
}

const submit = () => screen.getByTestId("config-create-submit");
const outcome = () => screen.getByTestId("config-create-outcome");

describe("Create the agenda here: the library arrives late or not at all", () => {
  it("shows a loading state and holds the submit back (saying why) until the library is here; then the first objective is the default", async () => {
    const { fake, created, answerObjectives, answerDepartments } = await setup();
    const loading = screen.getByTestId("config-create-objectives-loading");
    expect(loading).toHaveAttribute("role", "status");
    expect(loading).toHaveTextContent("Loading the shared objectives…");
    expect(screen.getByTestId("config-create-departments-loading")).toHaveTextContent("Loading the departments…");
    // No half-empty select to pick "new" from, and no title to demand.
    expect(screen.queryByTestId("config-create-objective")).toBeNull();
    expect(screen.queryByTestId("config-create-title")).toBeNull();
    expect(submit()).toHaveAttribute("aria-disabled", "true");
    const reasons = (submit().getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(reasons).toEqual(["Loading the shared objectives…", "Loading the departments…"]);

    // The quick user: types, submits before the library is here — nothing is sent, no bogus error.
    fireEvent.change(outcome(), { target: { value: "Agree the first joint pilot" } });
    fireEvent.click(submit());
    fireEvent.submit(screen.getByTestId("config-create"));
    expect(created).toHaveLength(0);
    expect(screen.queryByText("Enter the shared objective.")).toBeNull();

    await answerObjectives();
    const [first] = await fake.listObjectives();
    expect(first?.id).toBe("obj_demo");
    expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo");
    expect(screen.queryByTestId("config-create-objectives-loading")).toBeNull();
    // Departments are still on their way: the submit still waits, and says for what.
    expect(submit()).toHaveAttribute("aria-disabled", "true");
    expect(document.getElementById(submit().getAttribute("aria-describedby") ?? "")).toHaveTextContent("Loading the departments…");

    await answerDepartments();
    expect(submit()).not.toHaveAttribute("aria-disabled");
    expect(submit()).not.toHaveAttribute("aria-describedby");
    expect(outcome()).toHaveValue("Agree the first joint pilot");
    fireEvent.click(screen.getByRole("checkbox", { name: "営業部" }));
    fireEvent.click(submit());
    await screen.findByTestId("config-created");
    expect((await fake.findAgendas({ teamsThreadId: CHAT }))[0]).toMatchObject({ objectiveId: "obj_demo", objectiveTitle: DEMO_OBJECTIVE.title, desiredOutcome: "Agree the first joint pilot" });
  });

  it("a failed objectives request says what happened and what to do; Retry loads them, and what the user typed and checked stays", async () => {
    const { fake, objectiveCalls, answerObjectives, answerDepartments } = await setup();
    await answerDepartments();
    await answerObjectives(OFFLINE());
    const bar = screen.getByTestId("config-library-error");
    expect(bar).toHaveTextContent("Couldn't load the shared objectives");
    expect(bar).toHaveTextContent("Can't reach the server");
    expect(bar).toHaveTextContent("Press Retry to pick from the library, or go on now with a new objective below.");
    // "New objective" is the way forward meanwhile; nothing else is pretended.
    const select = screen.getByTestId("config-create-objective");
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["A new objective…"]);
    expect(screen.getByTestId("config-create-title")).toBeInTheDocument();
    expect(submit()).not.toHaveAttribute("aria-disabled");

    fireEvent.change(outcome(), { target: { value: "Pick the pilot customer" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "営業部" }));
    fireEvent.click(within(bar).getByTestId("config-library-retry"));
    await waitFor(() => expect(objectiveCalls).toHaveLength(2));
    expect(screen.queryByTestId("config-library-error")).toBeNull();
    expect(screen.getByTestId("config-create-objectives-loading")).toBeInTheDocument();
    expect(submit()).toHaveAttribute("aria-disabled", "true");
    expect(screen.queryByTestId("config-created")).toBeNull(); // Retry is not a submit

    await answerObjectives();
    expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo");
    expect(outcome()).toHaveValue("Pick the pilot customer");
    expect(screen.getByRole("checkbox", { name: "営業部" })).toBeChecked();
    fireEvent.click(submit());
    await screen.findByTestId("config-created");
    const [agenda] = await fake.findAgendas({ teamsThreadId: CHAT });
    expect(agenda).toMatchObject({ objectiveId: "obj_demo", desiredOutcome: "Pick the pilot customer" });
    expect(agenda?.departments.map((d) => d.name)).toEqual(["営業部"]);
  });

  it("with the library down, a new objective still creates the agenda", async () => {
    const { fake, answerObjectives, answerDepartments } = await setup();
    await answerObjectives(OFFLINE());
    await answerDepartments(OFFLINE());
    expect(screen.getByTestId("config-library-error")).toHaveTextContent("Couldn't load the shared objectives and departments");
    fireEvent.click(submit());
    expect(await screen.findByText("Enter the shared objective.")).toBeInTheDocument();
    fireEvent.change(screen.getByTestId("config-create-title"), { target: { value: "部門を越えて新規顧客を増やす" } });
    fireEvent.change(outcome(), { target: { value: "Decide the first step" } });
    fireEvent.click(submit());
    await screen.findByTestId("config-created");
    expect((await fake.findAgendas({ teamsThreadId: CHAT }))[0]).toMatchObject({ objectiveId: null, objectiveTitle: "部門を越えて新規顧客を増やす", desiredOutcome: "Decide the first step", departments: [] });
  });

  it("a new objective typed while the library was down stays chosen after Retry brings the library", async () => {
    const { answerObjectives, answerDepartments, departmentCalls } = await setup();
    await answerObjectives(OFFLINE());
    await answerDepartments(OFFLINE());
    fireEvent.change(screen.getByTestId("config-create-title"), { target: { value: "My own objective" } });
    fireEvent.change(outcome(), { target: { value: "Kept" } });
    fireEvent.click(screen.getByTestId("config-library-retry"));
    await waitFor(() => expect(departmentCalls).toHaveLength(2));
    // The deliberate choice stays on screen while the library reloads.
    expect(screen.getByTestId("config-create-title")).toHaveValue("My own objective");
    await answerObjectives();
    await answerDepartments();
    expect(screen.getByTestId("config-create-objective")).toHaveValue("__new__");
    expect(screen.getByTestId("config-create-title")).toHaveValue("My own objective");
    expect(outcome()).toHaveValue("Kept");
    expect(screen.getByRole("checkbox", { name: "営業部" })).not.toBeChecked();
  });

  it("a failed departments request alone leaves the objectives usable and is retried by itself", async () => {
    const { objectiveCalls, departmentCalls, answerObjectives, answerDepartments } = await setup();
    await answerObjectives();
    await answerDepartments(OFFLINE());
    expect(screen.getByTestId("config-library-error")).toHaveTextContent("Couldn't load the departmentsCan't reach the server");
    expect(screen.getByTestId("config-create-objective")).toHaveValue("obj_demo");
    fireEvent.change(screen.getByTestId("config-create-objective"), { target: { value: screen.getByRole("option", { name: "Second objective" }).getAttribute("value") } });
    fireEvent.click(screen.getByTestId("config-library-retry"));
    await waitFor(() => expect(departmentCalls).toHaveLength(2));
    expect(objectiveCalls).toHaveLength(1);
    await answerDepartments();
    expect(screen.getByTestId("config-create-objective")).toHaveDisplayValue("Second objective");
    expect(screen.getByRole("checkbox", { name: "営業部" })).toBeInTheDocument();
  });

  it("speaks Japanese: the loading state and the failure with its Retry", async () => {
    const { answerObjectives } = await setup("ja");
    expect(screen.getByTestId("config-create-objectives-loading")).toHaveTextContent("共通の目的を読み込んでいます…");
    await answerObjectives(OFFLINE());
    const bar = screen.getByTestId("config-library-error");
    expect(bar).toHaveTextContent("共通の目的を読み込めませんでした");
    expect(bar).toHaveTextContent("新しい目的を入力してください");
    expect(within(bar).getByTestId("config-library-retry")).toHaveTextContent("再試行");
  });
});
