// Frozen in time: never edit a migration that has shipped; add a new one.
// Requests between departments (お願い): one department of a meeting asks another, the asked one
// answers (accept → a commitment, counter, decline). A commitment remembers the request it answers.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("department_requests")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("agenda_id", "varchar(64)", (c) => c.notNull().references("agendas.id").onDelete("cascade"))
    .addColumn("from_department", "varchar(200)", (c) => c.notNull())
    .addColumn("to_department", "varchar(200)", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("needed_by", "varchar(10)")
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("asked_by_email", "varchar(320)", (c) => c.notNull())
    .addColumn("asked_by_oid", "varchar(100)")
    .addColumn("asked_by_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("response_text", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("answered_by_email", "varchar(320)")
    .addColumn("answered_by_oid", "varchar(100)")
    .addColumn("answered_by_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("answered_at", "varchar(40)")
    // The asked department's first answer: how fast departments answer (the PMO's median).
    .addColumn("first_answered_at", "varchar(40)")
    // Deleting a person's own commitments (data rights) leaves the request, unlinked.
    .addColumn("commitment_id", "varchar(64)", (c) => c.references("commitments.id").onDelete("set null"))
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  // The agenda view lists one meeting's requests; the lists filter a tenant's by department and status.
  await db.schema.createIndex("department_requests_agenda").on("department_requests").columns(["tenant_id", "agenda_id", "created_at"]).execute();
  await db.schema.createIndex("department_requests_to").on("department_requests").columns(["tenant_id", "to_department", "status"]).execute();
  await db.schema.createIndex("department_requests_from").on("department_requests").columns(["tenant_id", "from_department", "status"]).execute();
  await db.schema.alterTable("commitments").addColumn("request_id", "varchar(64)").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("commitments").dropColumn("request_id").execute();
  await db.schema.dropTable("department_requests").execute();
}
