// Contributions and the agenda view on every supported database.
import { expect, it } from "vitest";
import { findAgenda } from "../../../src/server/agendas/agenda-access";
import { loadAgendaView } from "../../../src/server/agendas/agenda-view";
import { createAgenda } from "../../../src/server/agendas/agenda.service";
import type { Principal } from "../../../src/server/auth/principal";
import { addContribution, deleteContribution, updateContribution } from "../../../src/server/contributions/contribution.service";
import { HttpError } from "../../../src/server/http/http-error";
import { describeStorage } from "./storage-targets";

const who = (email: string, tenantId = "tenant-a"): Principal => ({ tenantId, userId: email, email, name: email, roles: [], isPmo: false });
const organizer = who("org@a.example");
const author = who("au@a.example");

async function agenda(db: Parameters<typeof createAgenda>[0]) {
  return createAgenda(db, organizer, {
    subject: "",
    objectiveId: null,
    objectiveTitle: "Grow CRM",
    desiredOutcome: "",
    departments: [{ name: "Sales", mission: "" }],
    attendees: [{ email: author.email, name: "Author", department: "Planning", role: "required" }],
    obstacles: [],
    lang: "ja",
    startsAt: null,
    endsAt: null,
    outlookItemId: null,
    iCalUId: null,
    teamsThreadId: null,
    joinUrl: null,
  }, { attendeeOids: new Map([[author.email, author.userId]]) });
}

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof HttpError ? error.statusCode : -1;
  }
}

describeStorage("contribution storage", (ctx) => {
  it("adds, edits and deletes, bumping the agenda revision each time, in the view in order", async () => {
    const a = await agenda(ctx.db);
    const first = await addContribution(ctx.db, author, a.id, { department: "Sales", text: "one" });
    const second = await addContribution(ctx.db, author, a.id, { department: "Planning", text: "two" });
    expect(first).toMatchObject({ authorName: "Author", version: 1 });
    const edited = await updateContribution(ctx.db, organizer, first.id, { text: "uno" }, 1);
    expect(edited).toMatchObject({ text: "uno", version: 2 });
    expect(await deleteContribution(ctx.db, author, second.id, undefined)).toBe(a.id);
    const view = await loadAgendaView(ctx.db, "tenant-a", a.id);
    expect(view?.contributions).toEqual([edited]);
    expect(view?.agenda.revision).toBe(5);
    expect(view?.commitments).toEqual([]);
  });

  it("writes nothing when a check fails inside the transaction", async () => {
    const a = await agenda(ctx.db);
    expect(await statusOf(addContribution(ctx.db, author, a.id, { department: "Legal", text: "x" }))).toBe(400);
    expect(await statusOf(addContribution(ctx.db, who("x@a.example"), a.id, { department: "Sales", text: "x" }))).toBe(403);
    expect(await statusOf(addContribution(ctx.db, who(author.email, "tenant-b"), a.id, { department: "Sales", text: "x" }))).toBe(404);
    const c = await addContribution(ctx.db, author, a.id, { department: "Sales", text: "x" });
    expect(await statusOf(updateContribution(ctx.db, author, c.id, { text: "y" }, 3))).toBe(412);
    expect(await statusOf(updateContribution(ctx.db, who(author.email, "tenant-b"), c.id, { text: "y" }, undefined))).toBe(404);
    expect(await statusOf(deleteContribution(ctx.db, who("x@a.example"), c.id, undefined))).toBe(403);
    expect((await loadAgendaView(ctx.db, "tenant-a", a.id))?.contributions).toEqual([c]);
    expect((await findAgenda(ctx.db, "tenant-a", a.id))?.revision).toBe(2);
  });
});
