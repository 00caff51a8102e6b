// Demo data for local mode: the story of DESIGN.md §1 (営業部 and 企画部 meeting on the shared
// objective), already a week old, so every surface — the PMO page above all — has something to
// show. A second tenant gets a few rows of its own so isolation tests have something to leak.
// People carry the object ids local sign-in gives them (localUserId), as rows saved through the API do.
import type { Insertable } from "kysely";
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE, DEMO_PEOPLE, OTHER_TENANT_PERSON, type DemoPerson } from "../../core/demo/demo-people";
import type { AgendaAttendeesTable, CommitmentHistoryTable, CommitmentsTable, ContributionsTable, Db } from "../db/database";
import { upsertDirectoryUsers } from "../directory/directory.repository";
import { upsertPersonSettings } from "../people/person-settings.repository";

import { refreshPurposeScore } from "../coach/purpose-score";
import { localUserId } from "../auth/local-issuer";
import { newId } from "../ids";
import { countObjectiveRows } from "../objectives/objective.repository";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "./demo-ids";
import { DEMO_COMMITMENTS, DEMO_CONTRIBUTIONS, DEMO_MEETING, DEMO_REQUESTS, OTHER_TENANT_DEMO } from "./demo-story";
import { seedDemoRequests } from "./seed-demo-requests";

/** What the demo directory says of how a person keeps time. */
const settingsOf = (p: DemoPerson) => ({ email: p.email, timeZone: p.timeZone ?? null, language: p.language ?? null });

const DAY_MS = 86_400_000;
const dateOnly = (d: Date) => d.toISOString().slice(0, 10);
const person = (email: string) => {
  const p = DEMO_PEOPLE.find((x) => x.email === email);
  if (!p) throw new Error(`demo person ${email} is missing from DEMO_PEOPLE`);
  return p;
};

/** Seeds both demo tenants once; does nothing when the demo tenant already has objectives. */
export async function seedDemoData(db: Db, now: Date = new Date()): Promise<void> {
  if ((await countObjectiveRows(db, DEMO_TENANT_ID)) > 0) return;
  await db.transaction().execute(async (trx) => {
    await seedDemoTenant(trx, now);
    await seedOtherTenant(trx, now);
    // Score the seeded meetings like any written agenda, so the dashboard shows them from the start.
    const agendas = await trx.selectFrom("agendas").select(["id", "tenant_id"]).execute();
    for (const a of agendas) await refreshPurposeScore(trx, a.tenant_id, a.id);
  });
}

async function seedDemoTenant(db: Db, now: Date): Promise<void> {
  const tenant_id = DEMO_TENANT_ID;
  const at = (offsetDays: number, hourUtc = 0) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offsetDays * DAY_MS);
    return new Date(d.getTime() + hourUtc * 3_600_000).toISOString();
  };
  const meetingStart = at(-7, 1); // 10:00 JST a week ago
  const objectiveId = newId();
  await db
    .insertInto("objectives")
    .values({ id: objectiveId, tenant_id, ...DEMO_OBJECTIVE, created_by: DEMO_MEETING.organizer, created_at: at(-30) })
    .execute();
  await db
    .insertInto("departments")
    .values(DEMO_DEPARTMENTS.map((d) => ({ id: newId(), tenant_id, name: d.name, mission: d.mission, updated_at: at(-30) })))
    .execute();
  await upsertDirectoryUsers(db, tenant_id, DEMO_PEOPLE.map(({ email, name, department }) => ({ email, name, department })));
  await upsertPersonSettings(db, tenant_id, DEMO_PEOPLE.map(settingsOf), "directory", at(-30));

  const agendaId = newId();
  const departments = DEMO_DEPARTMENTS.filter((d) => DEMO_MEETING.departments.includes(d.name)).map(({ name, mission }) => ({ name, mission }));
  const attendees = [DEMO_MEETING.organizer, ...DEMO_MEETING.attendees].map(person);
  await db
    .insertInto("agendas")
    .values({
      id: agendaId,
      tenant_id,
      organizer_email: DEMO_MEETING.organizer,
      organizer_oid: localUserId(tenant_id, DEMO_MEETING.organizer),
      subject: DEMO_MEETING.subject,
      objective_id: objectiveId,
      objective_title: DEMO_OBJECTIVE.title,
      desired_outcome: DEMO_MEETING.desiredOutcome,
      departments_json: JSON.stringify(departments),
      obstacles_json: JSON.stringify(DEMO_MEETING.obstacles),
      lang: "ja",
      starts_at: meetingStart,
      ends_at: at(-7, 2),
      outlook_item_id: null,
      ical_uid: null,
      teams_thread_id: null,
      join_url: null,
      version: 1,
      revision: 1 + DEMO_CONTRIBUTIONS.length + DEMO_COMMITMENTS.length + 2 * DEMO_REQUESTS.length,
      created_at: at(-10),
      updated_at: meetingStart,
    })
    .execute();
  const attendeeRows: Insertable<AgendaAttendeesTable>[] = attendees.map((p, position) => ({
    tenant_id,
    agenda_id: agendaId,
    email: p.email,
    oid: localUserId(tenant_id, p.email),
    name: p.name,
    department: p.department,
    role: position === 0 ? "organizer" : "required",
    position,
  }));
  await db.insertInto("agenda_attendees").values(attendeeRows).execute();

  const contributionIds = DEMO_CONTRIBUTIONS.map(() => newId());
  const contributions: Insertable<ContributionsTable>[] = DEMO_CONTRIBUTIONS.map((c, i) => ({
    id: contributionIds[i] ?? newId(),
    tenant_id,
    agenda_id: agendaId,
    department: person(c.author).department,
    author_email: c.author,
    author_oid: localUserId(tenant_id, c.author),
    author_name: person(c.author).name,
    text: c.text,
    version: 1,
    created_at: meetingStart,
    updated_at: meetingStart,
  }));
  await db.insertInto("contributions").values(contributions).execute();

  const commitments: Insertable<CommitmentsTable>[] = [];
  const history: Insertable<CommitmentHistoryTable>[] = [];
  // The request (お願い) each commitment answers: its row is written after the commitments.
  const requestIds = DEMO_REQUESTS.map(() => newId());
  const answering = new Map<number, string>();
  for (const c of DEMO_COMMITMENTS) {
    const owner = person(c.owner);
    const id = newId();
    if (c.answers !== undefined) answering.set(c.answers, id);
    const updatedAt = c.doneNote ? at(-1, 3) : meetingStart;
    commitments.push({
      id,
      tenant_id,
      agenda_id: agendaId,
      objective_id: objectiveId,
      objective_title: DEMO_OBJECTIVE.title,
      owner_email: owner.email,
      owner_oid: localUserId(tenant_id, owner.email),
      owner_name: owner.name,
      owner_department: owner.department,
      helps_department: c.helps,
      action: c.action,
      due_date: dateOnly(new Date(now.getTime() + c.dueInDays * DAY_MS)),
      serves_objective: c.serves,
      status: c.doneNote ? "done" : "open",
      contribution_id: c.contribution === null ? null : (contributionIds[c.contribution] ?? null),
      created_by_email: DEMO_MEETING.organizer,
      created_at: meetingStart,
      updated_at: updatedAt,
      request_id: c.answers === undefined ? null : (requestIds[c.answers] ?? null),
    });
    const entry = { tenant_id, commitment_id: id, note: "" };
    history.push({ ...entry, id: newId(), at: meetingStart, by_email: DEMO_MEETING.organizer, field: "created", from_value: null, to_value: "open" });
    if (c.doneNote) {
      history.push({ ...entry, id: newId(), at: updatedAt, by_email: owner.email, field: "status", from_value: "open", to_value: "done", note: c.doneNote });
    }
  }
  await db.insertInto("commitments").values(commitments).execute();
  await db.insertInto("commitment_history").values(history).execute();
  await seedDemoRequests(db, {
    tenantId: tenant_id,
    agendaId,
    meetingStart,
    now,
    ids: requestIds,
    nameOf: (email) => person(email).name,
    commitmentFor: (index) => answering.get(index) ?? null,
  });
}

async function seedOtherTenant(db: Db, now: Date): Promise<void> {
  const tenant_id = OTHER_TENANT_ID;
  const stamp = new Date(now.getTime() - 3 * DAY_MS).toISOString();
  const p = OTHER_TENANT_PERSON;
  const o = OTHER_TENANT_DEMO;
  await upsertDirectoryUsers(db, tenant_id, [{ email: p.email, name: p.name, department: p.department }]);
  await upsertPersonSettings(db, tenant_id, [settingsOf(p)], "directory", stamp);
  const objectiveId = newId();
  await db.insertInto("objectives").values({ id: objectiveId, tenant_id, ...o.objective, created_by: p.email, created_at: stamp }).execute();
  await db.insertInto("departments").values({ id: newId(), tenant_id, ...o.department, updated_at: stamp }).execute();
  const agendaId = newId();
  await db
    .insertInto("agendas")
    .values({
      id: agendaId,
      tenant_id,
      organizer_email: p.email,
      organizer_oid: localUserId(tenant_id, p.email),
      subject: o.subject,
      objective_id: objectiveId,
      objective_title: o.objective.title,
      desired_outcome: o.desiredOutcome,
      departments_json: JSON.stringify([o.department]),
      obstacles_json: "[]",
      lang: "en",
      starts_at: stamp,
      ends_at: new Date(Date.parse(stamp) + 3_600_000).toISOString(),
      outlook_item_id: null,
      ical_uid: null,
      teams_thread_id: null,
      join_url: null,
      version: 1,
      revision: 2,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await db
    .insertInto("agenda_attendees")
    .values({ tenant_id, agenda_id: agendaId, email: p.email, oid: localUserId(tenant_id, p.email), name: p.name, department: p.department, role: "organizer", position: 0 })
    .execute();
  const commitmentId = newId();
  await db
    .insertInto("commitments")
    .values({
      id: commitmentId,
      tenant_id,
      agenda_id: agendaId,
      objective_id: objectiveId,
      objective_title: o.objective.title,
      owner_email: p.email,
      owner_oid: localUserId(tenant_id, p.email),
      owner_name: p.name,
      owner_department: p.department,
      helps_department: null,
      action: o.commitment.action,
      due_date: dateOnly(new Date(now.getTime() + 10 * DAY_MS)),
      serves_objective: o.commitment.serves,
      status: "open",
      contribution_id: null,
      created_by_email: p.email,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  await db
    .insertInto("commitment_history")
    .values({ id: newId(), tenant_id, commitment_id: commitmentId, at: stamp, by_email: p.email, field: "created", from_value: null, to_value: "open", note: "" })
    .execute();
}
