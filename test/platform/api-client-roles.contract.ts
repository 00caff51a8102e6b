// What each role may do, as every ApiClient must report it: the meeting's people, authors, owners,
// the organizer and PMOs, and the 400s that name the field. Run with describeApiClientContract.
import { describe, expect, it } from "vitest";
import { contractKit, rejection, unique, ICHIRO, MISAKI, OUTSIDER, PMO, type ContractSubject } from "./api-client-contract-kit";

export function describeApiClientRolesContract(name: string, make: () => Promise<ContractSubject>): void {
  const { withClient, meeting } = contractKit(make);

  describe(`ApiClient contract, roles: ${name}`, () => {
    it("makes the organizer an attendee and lets only the meeting's people in", () =>
      withClient(async (client, as) => {
        const me = await client.me();
        const agenda = await meeting(client);
        expect(agenda.attendees.map((a) => [a.email, a.role])).toEqual([
          [me.email, "organizer"],
          [MISAKI.email, "required"],
          [ICHIRO.email, "optional"],
        ]);
        const misaki = await as(MISAKI);
        const outsider = await as(OUTSIDER);
        expect((await misaki.getAgenda(agenda.id)).agenda.id).toBe(agenda.id);
        expect((await rejection(outsider.getAgenda(agenda.id))).status).toBe(403);
        const byThread = { teamsThreadId: agenda.teamsThreadId! };
        expect((await misaki.findAgendas(byThread)).map((a) => a.id)).toEqual([agenda.id]);
        expect(await outsider.findAgendas(byThread)).toEqual([]);
        expect((await rejection(client.findAgendas({}))).status).toBe(400);
      }));

    it("agenda fields: an attendee adds obstacles; who is invited, the subject and the links are the organizer's (403 naming the field)", () =>
      withClient(async (client, as) => {
        const agenda = await meeting(client);
        const misaki = await as(MISAKI);
        const withObstacle = await misaki.patchAgenda(agenda.id, agenda.version, { obstacles: ["予算の承認"] });
        expect(withObstacle.obstacles).toEqual(["予算の承認"]);
        for (const patch of [{ attendees: [] }, { subject: "乗っ取り" }, { teamsThreadId: null }, { desiredOutcome: "x" }]) {
          const refused = await rejection(misaki.patchAgenda(agenda.id, withObstacle.version, patch));
          expect(refused).toMatchObject({ status: 403, field: Object.keys(patch)[0] });
        }
        expect((await client.patchAgenda(agenda.id, withObstacle.version, { subject: "主催者が変える" })).subject).toBe("主催者が変える");
      }));

    it("contributions: only the meeting's departments; only the author or organizer may change one", () =>
      withClient(async (client, as) => {
        const agenda = await meeting(client);
        const misaki = await as(MISAKI);
        const ichiro = await as(ICHIRO);
        const mine = await misaki.addContribution(agenda.id, { department: "企画部", text: "提案の型を用意する" });
        expect(mine).toMatchObject({ authorEmail: MISAKI.email, authorName: MISAKI.name });
        const wrong = await rejection(misaki.addContribution(agenda.id, { department: "人事部", text: "x" }));
        expect(wrong).toMatchObject({ status: 400, field: "department" });
        expect((await rejection(ichiro.updateContribution(mine.id, { text: "上書き" }))).status).toBe(403);
        expect((await rejection(ichiro.deleteContribution(mine.id))).status).toBe(403);
        expect((await client.updateContribution(mine.id, { text: "提案の型を一緒に用意する" })).text).toBe("提案の型を一緒に用意する");
      }));

    it("commitments: owners from the meeting; owner, organizer or PMO change them; PMO lists all", () =>
      withClient(async (client, as) => {
        const agenda = await meeting(client);
        const outsiderOwned = await rejection(
          client.addCommitment(agenda.id, { ownerEmail: OUTSIDER.email, action: "x", dueDate: "2030-01-31" }),
        );
        expect(outsiderOwned).toMatchObject({ status: 400, field: "ownerEmail" });

        const c = await client.addCommitment(agenda.id, { ownerEmail: MISAKI.email, action: "提案書を共有する", dueDate: "2030-01-31" });
        expect(c).toMatchObject({ ownerName: MISAKI.name, ownerDepartment: "企画部", status: "open" });
        expect(c.history[0]).toMatchObject({ field: "created", to: "open" });

        const ichiro = await as(ICHIRO);
        expect((await rejection(ichiro.updateCommitment(c.id, { status: "done" }))).status).toBe(403);
        const misaki = await as(MISAKI);
        const before = (await client.getAgenda(agenda.id)).agenda.revision;
        expect((await misaki.updateCommitment(c.id, { status: "open" })).history).toHaveLength(1);
        expect((await client.getAgenda(agenda.id)).agenda.revision).toBe(before);
        expect((await misaki.updateCommitment(c.id, { status: "done" })).status).toBe("done");
        expect((await misaki.listCommitments({ mine: "true", agenda: agenda.id })).items.map((x) => x.id)).toEqual([c.id]);

        expect((await rejection(misaki.listCommitments({}))).status).toBe(403);
        const pmo = await as(PMO);
        expect((await pmo.listCommitments({ agenda: agenda.id })).items.map((x) => x.id)).toEqual([c.id]);
        expect((await pmo.updateCommitment(c.id, { status: "dropped", note: "方針変更" })).status).toBe("dropped");
      }));

    it("dashboard: PMO-only aggregates of an objective's commitments; 400 naming a bad filter", () =>
      withClient(async (client, as) => {
        const objective = await client.createObjective({ title: `ダッシュボード ${unique()}` });
        const agenda = await client.createAgenda({
          objectiveId: objective.id,
          objectiveTitle: objective.title,
          departments: [{ name: "営業部" }, { name: "企画部" }],
          attendees: [{ ...MISAKI, department: "企画部" }],
          teamsThreadId: `19:meeting_${unique()}@thread.v2`,
        });
        const c = await client.addCommitment(agenda.id, { ownerEmail: MISAKI.email, helpsDepartment: "営業部", action: "共有する", dueDate: "2030-01-31" });
        await client.addCommitment(agenda.id, { ownerEmail: MISAKI.email, action: "まとめる", dueDate: "2030-02-28" });
        await client.updateCommitment(c.id, { status: "done" });

        expect((await rejection((await as(MISAKI)).dashboardSummary({ objective: objective.id }))).status).toBe(403);
        const pmo = await as(PMO);
        expect(await rejection(pmo.dashboardSummary({ dueFrom: "soon" }))).toMatchObject({ status: 400, field: "dueFrom" });
        const s = await pmo.dashboardSummary({ objective: objective.id, today: "2030-01-01" });
        expect(s.byDepartment).toEqual([{ department: "企画部", open: 1, overdue: 0, done: 1, dropped: 0 }]);
        expect(s.matrix).toEqual([{ from: "企画部", to: "営業部", total: 1, done: 1 }]);
        expect(s.completionOverTime.reduce((n, w) => n + w.created, 0)).toBe(2);
        expect(s.byObjective).toEqual([
          { objectiveId: objective.id, objectiveTitle: objective.title, total: 2, done: 1, departments: [{ department: "企画部", total: 2, done: 1 }] },
        ]);
        const score = (await client.getAgenda(agenda.id)).agenda.purposeScore;
        expect(s.purposeScoreOverTime.map((w) => [w.averageScore, w.meetings])).toEqual(score == null ? [] : [[score, 1]]);
      }));

    it("sync to To Do without Microsoft Graph (local mode): 409 saying whom to ask; 403 for others; 404; 400", () =>
      withClient(async (client, as) => {
        const agenda = await meeting(client);
        const c = await client.addCommitment(agenda.id, { ownerEmail: MISAKI.email, action: "To Do に載せる", dueDate: "2030-01-31" });
        const misaki = await as(MISAKI);
        for (const caller of [misaki, await as(PMO)]) {
          const noGraph = await rejection(caller.syncCommitment(c.id, { target: "todo" }));
          expect(noGraph).toMatchObject({ status: 409, code: "conflict" });
          // Whom to ask, in words; what to configure is the server log's.
          expect(noGraph.message).toContain("administrator");
          expect(noGraph.message).not.toMatch(/AUTH_MODE|ENTRA_/);
        }
        expect(await rejection((await as(ICHIRO)).syncCommitment(c.id, { target: "todo" }))).toMatchObject({ status: 403, code: "forbidden" });
        expect(await rejection(misaki.syncCommitment(`missing${unique()}`, { target: "todo" }))).toMatchObject({ status: 404 });
        expect(await rejection(misaki.syncCommitment(c.id, { target: "planner" }))).toMatchObject({ status: 400, field: "planId" });
      }));

    it("saves the agenda with its department slots in one call and answers the view; the department confirms", () =>
      withClient(async (client, as) => {
        const me = await client.me();
        const view = await client.createAgendaView({
          objectiveTitle: `共通の目的 ${unique()}`,
          departments: [{ name: "技術部" }, { name: "企画部" }],
          attendees: [{ ...MISAKI, department: "企画部" }],
          slots: [{ department: "企画部", text: "デモを 3 社分つくる" }],
        });
        expect(view.agenda.organizerEmail).toBe(me.email);
        expect(view.contributions.map((c) => [c.department, c.text, c.authorEmail, c.proposal?.status])).toEqual([["企画部", "デモを 3 社分つくる", me.email, "proposed"]]);
        const slot = view.contributions[0]!;
        const misaki = await as(MISAKI);
        const confirmed = await misaki.updateContribution(slot.id, { text: slot.text }, { ifMatch: slot.version });
        expect(confirmed.proposal).toMatchObject({ status: "confirmed", confirmedByEmail: MISAKI.email });

        const patched = await client.patchAgendaView(view.agenda.id, view.agenda.version, { desiredOutcome: "決める", slots: [{ department: "技術部", text: "基盤を用意する" }] });
        expect(patched.agenda.desiredOutcome).toBe("決める");
        expect(patched.contributions.map((c) => [c.department, c.proposal?.status]).sort()).toEqual([["企画部", "confirmed"], ["技術部", "proposed"]]);
        expect(await rejection(misaki.patchAgendaView(view.agenda.id, patched.agenda.version, { slots: [] }))).toMatchObject({ status: 403 });
      }));

    it("keeps a typed objective out of the library unless asked; a PMO archives and merges", () =>
      withClient(async (client, as) => {
        const title = `目的 ${unique()}`;
        const own = await client.createAgendaView({ objectiveTitle: title });
        expect(own.agenda.objectiveId).toBeNull();
        expect((await client.listObjectives()).some((o) => o.title === title)).toBe(false);
        const shared = await client.createAgendaView({ objectiveTitle: title, addObjectiveToLibrary: true });
        const objective = (await client.listObjectives()).find((o) => o.id === shared.agenda.objectiveId);
        expect(objective?.title).toBe(title);

        expect(await rejection(client.updateObjective(objective!.id, 1, { archived: true }))).toMatchObject({ status: 403 });
        const pmo = await as(PMO);
        const archived = await pmo.updateObjective(objective!.id, objective!.version ?? 1, { archived: true });
        expect(archived.archivedAt).toEqual(expect.any(String));
        expect((await client.listObjectives()).some((o) => o.id === objective!.id)).toBe(false);
        expect((await pmo.listObjectives({ include: "all" })).find((o) => o.id === objective!.id)).toMatchObject({ agendaCount: 1 });
        expect((await client.getAgenda(shared.agenda.id)).agenda.objectiveId).toBe(objective!.id);
        const stale = await rejection(pmo.updateObjective(objective!.id, objective!.version ?? 1, { archived: false }));
        expect(stale.status).toBe(412);

        const into = await client.createObjective({ title: `${title} 2` });
        const restored = await pmo.updateObjective(objective!.id, archived.version ?? 2, { archived: false });
        expect(await pmo.mergeObjective(restored.id, { intoId: into.id })).toMatchObject({ id: into.id });
        expect((await client.getAgenda(shared.agenda.id)).agenda.objectiveId).toBe(into.id);
      }));
  });
}
