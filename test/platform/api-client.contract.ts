// Cases every ApiClient must pass: the in-memory fake (fake-api-client.test.ts) and the real HTTP
// client against the real server. Data is unique per run so it can share a database with others.
import { describe, expect, it, vi } from "vitest";
import type { AgendaChangeEvent } from "../../src/core/api/contract";
import { ApiError, type ApiClient } from "../../src/platform/ports";

export interface ContractPerson {
  email: string;
  name: string;
  roles?: string[];
}

export interface ContractSubject {
  /** Signed in as the organizer, hanako.sato@contoso.example. */
  client: ApiClient;
  /** The same server, signed in as someone else of the same tenant. */
  clientAs(person: ContractPerson): Promise<ApiClient>;
  teardown?: () => Promise<void>;
}

const MISAKI = { email: "misaki.tanaka@contoso.example", name: "田中 美咲" };
const ICHIRO = { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎" };
const OUTSIDER = { email: "naoto.ito@contoso.example", name: "伊藤 直人" };
const PMO = { email: "satoshi.yamamoto@contoso.example", name: "山本 聡", roles: ["PMO"] };

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error("expected the call to reject with an ApiError");
}

export function describeApiClientContract(name: string, make: () => Promise<ContractSubject>): void {
  async function withClient(run: (client: ApiClient, as: ContractSubject["clientAs"]) => Promise<void>): Promise<void> {
    const subject = await make();
    try {
      await run(subject.client, (p) => subject.clientAs(p));
    } finally {
      await subject.teardown?.();
    }
  }

  /** An agenda with two attendees (企画部, 営業部) on a fresh Teams thread. */
  const meeting = (client: ApiClient) =>
    client.createAgenda({
      objectiveTitle: `共通の目的 ${unique()}`,
      departments: [{ name: "営業部" }, { name: "企画部" }],
      attendees: [
        { ...MISAKI, department: "企画部" },
        { ...ICHIRO, department: "営業部", role: "optional" },
      ],
      teamsThreadId: `19:meeting_${unique()}@thread.v2`,
    });

  const newAgenda = (client: ApiClient, title = `共通の目的 ${unique()}`) =>
    client.createAgenda({
      subject: "CRM 定例",
      objectiveTitle: title,
      desiredOutcome: "次の一手を決める",
      departments: [
        { name: "営業部", mission: "新規開拓" },
        { name: "企画部", mission: "提案力の強化" },
      ],
      lang: "ja",
    });

  describe(`ApiClient contract: ${name}`, () => {
    it("creates an agenda and reads it back as a view", () =>
      withClient(async (client) => {
        const me = await client.me();
        const agenda = await newAgenda(client, "大手企業向けのCRMビジネスを拡大する");
        expect(agenda.version).toBe(1);
        expect(agenda.organizerEmail).toBe(me.email);
        const view = await client.getAgenda(agenda.id);
        expect(view.agenda.id).toBe(agenda.id);
        expect(view.agenda.objectiveTitle).toBe("大手企業向けのCRMビジネスを拡大する");
        expect(view.agenda.departments.map((d) => d.name)).toEqual(["営業部", "企画部"]);
        expect(view.contributions).toEqual([]);
        expect(view.commitments).toEqual([]);
      }));

    it("patches with the current version and rejects a stale one with 412 and the current agenda", () =>
      withClient(async (client) => {
        const agenda = await newAgenda(client);
        const patched = await client.patchAgenda(agenda.id, agenda.version, { desiredOutcome: "役割分担を決める" });
        expect(patched.version).toBe(agenda.version + 1);
        expect(patched.revision).toBeGreaterThan(agenda.revision);
        expect(patched.desiredOutcome).toBe("役割分担を決める");

        const err = await rejection(client.patchAgenda(agenda.id, agenda.version, { desiredOutcome: "古い版" }));
        expect(err.status).toBe(412);
        expect(err.code).toBe("precondition_failed");
        expect(err.current).toMatchObject({ id: agenda.id, version: patched.version, desiredOutcome: "役割分担を決める" });
        expect((await client.getAgenda(agenda.id)).agenda.desiredOutcome).toBe("役割分担を決める");
      }));

    it("adds, edits and deletes a contribution, bumping the revision each time", () =>
      withClient(async (client) => {
        const agenda = await newAgenda(client);
        const added = await client.addContribution(agenda.id, { department: "営業部", text: "顧客の声を毎週共有する" });
        expect(added).toMatchObject({ agendaId: agenda.id, department: "営業部", text: "顧客の声を毎週共有する" });
        const r1 = (await client.getAgenda(agenda.id)).agenda.revision;
        expect(r1).toBeGreaterThan(agenda.revision);

        const edited = await client.updateContribution(added.id, { text: "大手顧客の声を毎週共有する" });
        expect(edited.text).toBe("大手顧客の声を毎週共有する");
        expect(edited.version).toBeGreaterThan(added.version);
        const v2 = await client.getAgenda(agenda.id);
        expect(v2.contributions.map((c) => c.text)).toEqual(["大手顧客の声を毎週共有する"]);
        expect(v2.agenda.revision).toBeGreaterThan(r1);

        await client.deleteContribution(added.id);
        const v3 = await client.getAgenda(agenda.id);
        expect(v3.contributions).toEqual([]);
        expect(v3.agenda.revision).toBeGreaterThan(v2.agenda.revision);
        expect((await rejection(client.updateContribution(added.id, { text: "x" }))).status).toBe(404);
      }));

    it("adds a commitment, changes its status with history, and lists it", () =>
      withClient(async (client) => {
        const me = await client.me();
        const agenda = await newAgenda(client);
        const commitment = await client.addCommitment(agenda.id, {
          ownerEmail: me.email,
          ownerName: me.name,
          helpsDepartment: "企画部",
          action: "提案書のドラフトを共有する",
          dueDate: "2030-04-30",
          servesObjective: "大手企業への提案を早める",
        });
        expect(commitment).toMatchObject({ agendaId: agenda.id, status: "open", objectiveTitle: agenda.objectiveTitle });

        const done = await client.updateCommitment(commitment.id, { status: "done", note: "共有済み" });
        expect(done.status).toBe("done");
        expect(done.history).toContainEqual(
          expect.objectContaining({ field: "status", from: "open", to: "done", note: "共有済み", byEmail: me.email }),
        );

        const page = await client.listCommitments({ agenda: agenda.id, mine: "true" });
        expect(page.items.map((c) => [c.id, c.status])).toEqual([[commitment.id, "done"]]);
        expect(page.nextCursor).toBeNull();
        const view = await client.getAgenda(agenda.id);
        expect(view.commitments.map((c) => c.id)).toEqual([commitment.id]);
      }));

    it("commitments carry a version: a stale If-Match is 412 with the current commitment, nothing overwritten", () =>
      withClient(async (client) => {
        const me = await client.me();
        const agenda = await newAgenda(client);
        const c = await client.addCommitment(agenda.id, { ownerEmail: me.email, action: "草案を共有する", dueDate: "2030-04-30" });
        expect(c.version).toBe(1);
        const theirs = await client.updateCommitment(c.id, { dueDate: "2030-05-31" }, { ifMatch: c.version });
        expect(theirs.version).toBe(2);

        const err = await rejection(client.updateCommitment(c.id, { status: "done" }, { ifMatch: c.version }));
        expect(err.status).toBe(412);
        expect(err.code).toBe("precondition_failed");
        expect(err.current).toMatchObject({ id: c.id, status: "open", dueDate: "2030-05-31", version: 2 });
        const listed = await client.listCommitments({ agenda: agenda.id, mine: "true" });
        expect(listed.items.map((x) => [x.status, x.version])).toEqual([["open", 2]]);

        // Re-applied on top of their version; and without If-Match a write still goes through.
        const again = await client.updateCommitment(c.id, { status: "done" }, { ifMatch: 2 });
        expect(again).toMatchObject({ status: "done", dueDate: "2030-05-31", version: 3 });
        expect((await client.updateCommitment(c.id, { status: "open" })).version).toBe(4);
      }));

    it("rejects bad input with 400 and the field path", () =>
      withClient(async (client) => {
        const bad = await rejection(client.createAgenda({ objectiveTitle: "   " }));
        expect(bad.status).toBe(400);
        expect(bad.code).toBe("bad_request");
        expect(bad.field).toBe("objectiveTitle");
        const unknown = await rejection(client.createAgenda({ objectiveTitle: "目的", colour: "red" } as never));
        expect(unknown).toMatchObject({ status: 400, field: "colour" });

        const agenda = await newAgenda(client);
        const me = await client.me();
        const badDate = await rejection(
          client.addCommitment(agenda.id, { ownerEmail: me.email, action: "x", dueDate: "30/04/2030" }),
        );
        expect(badDate.status).toBe(400);
        expect(badDate.field).toBe("dueDate");
      }));

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

    it("answers 404 for an unknown agenda", () =>
      withClient(async (client) => {
        const err = await rejection(client.getAgenda(`missing${unique()}`));
        expect(err.status).toBe(404);
        expect(err.code).toBe("not_found");
      }));

    it("renders the agenda with user text escaped", () =>
      withClient(async (client) => {
        const agenda = await newAgenda(client, `<b>CRM</b> & 目的 ${unique()}`);
        const html = await client.renderAgenda(agenda.id, "html", "ja");
        expect(html).toContain("&lt;b&gt;CRM&lt;/b&gt;");
        expect(html).not.toContain("<b>CRM</b>");
        const text = await client.renderAgenda(agenda.id, "text", "en");
        expect(text).toContain("<b>CRM</b> & 目的");
      }));

    it("delivers a change event to a live subscriber", () =>
      withClient(async (client) => {
        const agenda = await newAgenda(client);
        const events: AgendaChangeEvent[] = [];
        const got = new Promise<void>((resolve) => {
          const sub = client.subscribeAgenda(agenda.id, {
            onChange(event) {
              events.push(event);
              if (event.view.contributions.length > 0) {
                sub.close();
                resolve();
              }
            },
          });
        });
        // Connected once the current view (every stream's first event) arrived.
        await vi.waitFor(() => expect(events.length).toBeGreaterThan(0));
        await client.addContribution(agenda.id, { department: "企画部", text: "提案を一緒に作る" });
        await got;
        const last = events.at(-1)!;
        expect(last.agendaId).toBe(agenda.id);
        expect(last.revision).toBe(last.view.agenda.revision);
        expect(last.view.contributions.map((c) => c.text)).toEqual(["提案を一緒に作る"]);
      }));
  });
}
