// The objective library and the department slot proposals on every supported database.
import { expect, it } from "vitest";
type AgendaInput = { objectiveId?: string | null; objectiveTitle?: string };
import { loadAgendaView } from "../../../src/server/agendas/agenda-view";
import { createAgenda, patchAgenda } from "../../../src/server/agendas/agenda.service";
import type { Principal } from "../../../src/server/auth/principal";
import { createCommitment } from "../../../src/server/commitments/commitment.service";
import { updateContribution } from "../../../src/server/contributions/contribution.service";
import { addObjective, listObjectives, mergeObjective, patchObjective } from "../../../src/server/objectives/objective.service";
import { describeStorage } from "./storage-targets";

const who = (email: string, isPmo = false): Principal => ({ tenantId: "tenant-a", userId: email, email, name: email.split("@")[0] ?? email, roles: isPmo ? ["PMO"] : [], isPmo });
const organizer = who("org@a.example");
const planner = who("plan@a.example");
const pmo = who("pmo@a.example", true);
// The planner's invitation resolved to their object id, as the route does through the directory.
const resolved = { attendeeOids: new Map([[planner.email, planner.userId]]) };

const input = (over: AgendaInput = {}) => ({
  objectiveId: null as string | null,
  subject: "",
  objectiveTitle: "Grow CRM",
  desiredOutcome: "",
  departments: [
    { name: "Sales", mission: "" },
    { name: "Planning", mission: "" },
  ],
  attendees: [{ email: planner.email, name: "Plan", department: "Planning", role: "required" as const }],
  obstacles: [],
  lang: "ja" as const,
  startsAt: null,
  endsAt: null,
  outlookItemId: null,
  iCalUId: null,
  teamsThreadId: null,
  joinUrl: null,
  ...over,
});

describeStorage("objective library storage", (ctx) => {
  it("archives out of the picker, counts agendas, merges agendas and commitments into another", async () => {
    const a = (await addObjective(ctx.db, organizer, { title: "CRM拡大", description: "" })).objective;
    const b = (await addObjective(ctx.db, organizer, { title: "Grow CRM", description: "" })).objective;
    const agenda = await createAgenda(ctx.db, organizer, input({ objectiveId: a.id, objectiveTitle: a.title }), resolved);
    await createAgenda(ctx.db, organizer, input());
    await createCommitment(ctx.db, planner, agenda.id, { ownerEmail: planner.email, ownerName: "", helpsDepartment: null, action: "demo", dueDate: "2099-01-01", servesObjective: "", contributionId: null });

    await patchObjective(ctx.db, pmo, b.id, 1, { archived: true });
    expect((await listObjectives(ctx.db, "tenant-a")).map((o) => o.id)).toEqual([a.id]);
    await patchObjective(ctx.db, pmo, b.id, 2, { archived: false });
    const all = await listObjectives(ctx.db, "tenant-a", { include: "all" });
    expect(all.map((o) => [o.title, o.agendaCount])).toEqual(expect.arrayContaining([["CRM拡大", 1], ["Grow CRM", 0]]));

    await mergeObjective(ctx.db, pmo, a.id, { intoId: b.id });
    const view = await loadAgendaView(ctx.db, "tenant-a", agenda.id);
    expect(view?.agenda).toMatchObject({ objectiveId: b.id, objectiveTitle: "CRM拡大" });
    expect(view?.commitments.map((c) => [c.objectiveId, c.objectiveTitle])).toEqual([[b.id, "Grow CRM"]]);
    expect((await listObjectives(ctx.db, "tenant-a")).map((o) => o.id)).toEqual([b.id]);
  });

  it("keeps slot proposals with the agenda and lets the department confirm them", async () => {
    const agenda = await createAgenda(ctx.db, organizer, {
      ...input(),
      slots: [
        { department: "Sales", text: "intro three accounts" },
        { department: "Planning", text: "build the demo" },
      ],
    }, resolved);
    const created = await loadAgendaView(ctx.db, "tenant-a", agenda.id);
    expect(created?.contributions.map((c) => c.proposal?.status)).toEqual(["proposed", "proposed"]);
    const planning = created?.contributions.find((c) => c.department === "Planning");
    const confirmed = await updateContribution(ctx.db, planner, planning?.id ?? "", { text: "build the demo" }, 1);
    expect(confirmed.proposal).toMatchObject({ status: "confirmed", confirmedByEmail: planner.email, confirmedByName: "Plan" });

    await patchAgenda(ctx.db, organizer, agenda.id, 1, {
      slots: [
        { department: "Sales", text: "" },
        { department: "Planning", text: "something else" },
      ],
    });
    const after = await loadAgendaView(ctx.db, "tenant-a", agenda.id);
    expect(after?.contributions.map((c) => [c.department, c.text, c.proposal?.status])).toEqual([["Planning", "build the demo", "confirmed"]]);
  });
});
