// Frozen in time: never edit a migration that has shipped; add a new one.
// How an agenda's Teams meeting thread was proven (src/server/agendas/thread-proof.ts):
// 'organizer' — Microsoft Graph found the meeting among the organizer's own online meetings;
// 'member'    — Graph listed the organizer as a member of the meeting's chat;
// 'local'     — local sign-in mode, where there is no Graph to ask.
// NULL on bindings made before proofs existed. A binding proven by the meeting's organizer takes the
// thread from one that is not, so an attendee who bound the meeting first can't keep it.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agendas").addColumn("thread_proof", "varchar(20)").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("agendas").dropColumn("thread_proof").execute();
}
