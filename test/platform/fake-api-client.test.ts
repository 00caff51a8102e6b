import { describe, expect, it } from "vitest";
import { createFakeApiClient } from "../../src/platform/fakes/fake-api-client";
import { demoMe, demoSeed } from "../../src/platform/fakes/fake-demo-seed";
import { ApiError } from "../../src/platform/ports";
import type { ContractPerson } from "./api-client-contract-kit";
import { describeApiClientContract } from "./api-client.contract";
import { describeApiClientRolesContract } from "./api-client-roles.contract";
import { describeRequestClientContract } from "./request-client.contract";

const fakeSubject = async () => {
  const client = createFakeApiClient(demoSeed());
  return {
    client,
    clientAs: async (p: ContractPerson) => client.as({ ...demoMe(p.email), roles: p.roles ?? [], isPmo: (p.roles ?? []).includes("PMO") }),
  };
};

describeApiClientContract("fake", fakeSubject);
describeApiClientRolesContract("fake", fakeSubject);
describeRequestClientContract("fake", fakeSubject);

describe("fake ApiClient beyond the contract", () => {
  const agendaInput = { objectiveTitle: "大手企業向けのCRMビジネスを拡大する", attendees: [
    { email: "Misaki.Tanaka@contoso.example", name: "田中 美咲", department: "企画部" },
  ] };

  it("fails the next call as asked, then works again, and logs calls", async () => {
    const api = createFakeApiClient(demoSeed());
    api.failNext(503);
    api.failNext("network");
    await expect(api.me()).rejects.toMatchObject({ status: 503, code: "internal" });
    const net = await api.me().catch((e: unknown) => e);
    expect(net).toBeInstanceOf(ApiError);
    expect((net as ApiError).isNetwork).toBe(true);
    expect((await api.me()).email).toBe("hanako.sato@contoso.example");
    expect(api.calls.map((c) => c.method)).toEqual(["me", "me", "me"]);
  });

  it("returns copies, so callers can't change the server's state", async () => {
    const api = createFakeApiClient();
    const agenda = await api.createAgenda(agendaInput);
    agenda.objectiveTitle = "changed";
    const view = await api.getAgenda(agenda.id);
    view.contributions.push({} as never);
    const again = await api.getAgenda(agenda.id);
    expect(again.agenda.objectiveTitle).toBe("大手企業向けのCRMビジネスを拡大する");
    expect(again.contributions).toEqual([]);
    expect(again.agenda.attendees.map((a) => a.email)).toEqual(["hanako.sato@contoso.example", "misaki.tanaka@contoso.example"]);
  });

  it("names an unknown key as the field, like the server's strict schemas", async () => {
    const api = createFakeApiClient();
    const err = await api.createAgenda({ ...agendaInput, bogus: 1 } as never).catch((e: ApiError) => e);
    expect(err).toMatchObject({ status: 400, field: "bogus" });
  });

  it("delivers events after a microtask, in order, and stops after close", async () => {
    const api = createFakeApiClient();
    const agenda = await api.createAgenda(agendaInput);
    const revisions: number[] = [];
    const statuses: string[] = [];
    const sub = api.subscribeAgenda(agenda.id, { onChange: (e) => revisions.push(e.revision), onStatus: (s) => statuses.push(s) });
    expect(api.subscriberCount(agenda.id)).toBe(1);
    await Promise.resolve();
    expect(revisions).toEqual([1]); // the current view first, like the server's stream
    const c = await api.addContribution(agenda.id, { department: "営業部", text: "一緒に提案する" });
    await api.updateContribution(c.id, { text: "一緒に提案書を作る" });
    await Promise.resolve();
    expect(revisions).toEqual([1, 2, 3]);
    expect(statuses).toEqual(["live"]);
    sub.close();
    expect(api.subscriberCount(agenda.id)).toBe(0);
    await api.deleteContribution(c.id);
    await Promise.resolve();
    expect(revisions).toEqual([1, 2, 3]);
  });

  it("shares one server between users: another user's change reaches my subscription", async () => {
    const organizer = createFakeApiClient(demoSeed());
    const attendee = organizer.as(demoMe("misaki.tanaka@contoso.example"));
    const agenda = await organizer.createAgenda(agendaInput);
    const seen: string[] = [];
    organizer.subscribeAgenda(agenda.id, { onChange: (e) => seen.push(e.view.contributions[0]?.authorEmail ?? "") });
    await Promise.resolve();
    expect(seen).toEqual([""]);
    seen.length = 0;
    await attendee.addContribution(agenda.id, { department: "企画部", text: "提案の型を用意する" });
    await Promise.resolve();
    expect(seen).toEqual(["misaki.tanaka@contoso.example"]);
    expect(attendee.calls.map((c) => c.method)).toEqual(["addContribution"]);
  });

  it("defaults the owner's department from the agenda attendees and filters, pages and exports", async () => {
    const pmo = createFakeApiClient({ ...demoSeed(), me: demoMe("satoshi.yamamoto@contoso.example"), now: () => new Date("2030-05-01T00:00:00Z") });
    const agenda = await pmo.createAgenda(agendaInput);
    for (const [action, dueDate] of [["b", "2030-04-01"], ["a", "2030-06-01"], ["=SUM(A1)", "2030-03-01"]] as const) {
      await pmo.addCommitment(agenda.id, { ownerEmail: "misaki.tanaka@contoso.example", action, dueDate, confirmPastDue: true });
    }
    const first = await pmo.listCommitments({ limit: 2 });
    expect(first.items.map((c) => c.action)).toEqual(["=SUM(A1)", "b"]);
    expect(first.items[0]!.ownerDepartment).toBe("企画部");
    const second = await pmo.listCommitments({ limit: 2, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ action: "a" }], nextCursor: null });
    expect((await pmo.listCommitments({ overdue: "true" })).items).toHaveLength(2);
    const bytes = new Uint8Array(await (await pmo.exportCommitmentsCsv({ department: "企画部" })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads UTF-8
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith("objective,")).toBe(true);
    expect(csv).toContain(",'=SUM(A1),");

    const member = pmo.as(demoMe("hanako.sato@contoso.example"));
    await expect(member.listCommitments({})).rejects.toMatchObject({ status: 403 });
    expect((await member.listCommitments({ mine: "true" })).items).toEqual([]);
  });

  it("names the field like the server: the body for a patch with nothing to change, lang for a bad language", async () => {
    const api = createFakeApiClient();
    const agenda = await api.createAgenda(agendaInput);
    const c = await api.addCommitment(agenda.id, { ownerEmail: "misaki.tanaka@contoso.example", action: "x", dueDate: "2030-01-01" });
    await expect(api.updateCommitment(c.id, { note: "only a note" })).rejects.toMatchObject({ status: 400, field: "body" });
    await expect(api.renderAgenda(agenda.id, "html", "fr" as never)).rejects.toMatchObject({ status: 400, field: "lang" });
    await expect(api.findAgendas({ teamsThreadId: "nope" })).rejects.toMatchObject({ status: 400, field: "teamsThreadId" });
  });

  it("answers 428 without a usable version and 404 for unknown commitments", async () => {
    const api = createFakeApiClient();
    const agenda = await api.createAgenda(agendaInput);
    await expect(api.patchAgenda(agenda.id, 0, { subject: "x" })).rejects.toMatchObject({ status: 428 });
    await expect(api.updateCommitment("nope", { status: "done" })).rejects.toMatchObject({ status: 404 });
    await expect(api.updateCommitment("nope", { note: "only a note" })).rejects.toMatchObject({ status: 404 });
  });
});
