// Cases every ApiClient must pass: the in-memory fake (fake-api-client.test.ts) and the real HTTP
// client against the real server. Who may do what is in api-client-roles.contract.ts.
import { describe, expect, it, vi } from "vitest";
import type { AgendaChangeEvent } from "../../src/core/api/contract";
import { contractKit, rejection, unique, type ContractSubject } from "./api-client-contract-kit";

export type { ContractPerson, ContractSubject } from "./api-client-contract-kit";

export function describeApiClientContract(name: string, make: () => Promise<ContractSubject>): void {
  const { withClient, newAgenda } = contractKit(make);

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
