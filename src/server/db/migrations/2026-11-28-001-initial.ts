// Frozen in time: never edit a migration that has shipped; add a new one.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("objectives")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("objectives_tenant").on("objectives").columns(["tenant_id", "created_at"]).execute();

  await db.schema
    .createTable("departments")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("mission", "text", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addUniqueConstraint("departments_tenant_name", ["tenant_id", "name"])
    .execute();

  await db.schema
    .createTable("directory_users")
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .addPrimaryKeyConstraint("directory_users_pk", ["tenant_id", "email"])
    .execute();

  await db.schema
    .createTable("agendas")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("organizer_email", "varchar(320)", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("objective_id", "varchar(64)")
    .addColumn("objective_title", "text", (c) => c.notNull())
    .addColumn("desired_outcome", "text", (c) => c.notNull())
    .addColumn("departments_json", "text", (c) => c.notNull())
    .addColumn("obstacles_json", "text", (c) => c.notNull())
    .addColumn("lang", "varchar(8)", (c) => c.notNull())
    .addColumn("starts_at", "varchar(40)")
    .addColumn("ends_at", "varchar(40)")
    .addColumn("outlook_item_id", "text")
    .addColumn("ical_uid", "text")
    .addColumn("teams_thread_id", "varchar(300)")
    .addColumn("join_url", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("agendas_thread").on("agendas").columns(["tenant_id", "teams_thread_id"]).execute();
  await db.schema.createIndex("agendas_join_url").on("agendas").columns(["tenant_id", "join_url"]).execute();
  await db.schema.createIndex("agendas_objective").on("agendas").columns(["tenant_id", "objective_id"]).execute();

  await db.schema
    .createTable("agenda_attendees")
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("agenda_id", "varchar(64)", (c) => c.notNull().references("agendas.id").onDelete("cascade"))
    .addColumn("email", "varchar(320)", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("role", "varchar(20)", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("agenda_attendees_pk", ["agenda_id", "email"])
    .execute();
  await db.schema.createIndex("agenda_attendees_email").on("agenda_attendees").columns(["tenant_id", "email"]).execute();

  await db.schema
    .createTable("contributions")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("agenda_id", "varchar(64)", (c) => c.notNull().references("agendas.id").onDelete("cascade"))
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("author_email", "varchar(320)", (c) => c.notNull())
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("contributions_agenda").on("contributions").columns(["agenda_id", "created_at"]).execute();

  await db.schema
    .createTable("commitments")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("agenda_id", "varchar(64)", (c) => c.notNull().references("agendas.id").onDelete("cascade"))
    .addColumn("objective_id", "varchar(64)")
    .addColumn("objective_title", "text", (c) => c.notNull())
    .addColumn("owner_email", "varchar(320)", (c) => c.notNull())
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("owner_department", "text", (c) => c.notNull())
    .addColumn("helps_department", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("due_date", "varchar(10)", (c) => c.notNull())
    .addColumn("serves_objective", "text", (c) => c.notNull())
    .addColumn("status", "varchar(10)", (c) => c.notNull())
    .addColumn("contribution_id", "varchar(64)")
    .addColumn("created_by_email", "varchar(320)", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(40)", (c) => c.notNull())
    .execute();
  // Cursor pagination walks (due_date, id); the filters lead with the tenant.
  await db.schema.createIndex("commitments_tenant_due").on("commitments").columns(["tenant_id", "due_date", "id"]).execute();
  await db.schema
    .createIndex("commitments_tenant_status_due")
    .on("commitments")
    .columns(["tenant_id", "status", "due_date", "id"])
    .execute();
  await db.schema.createIndex("commitments_owner").on("commitments").columns(["tenant_id", "owner_email", "due_date"]).execute();
  await db.schema.createIndex("commitments_agenda").on("commitments").columns(["agenda_id"]).execute();
  await db.schema.createIndex("commitments_objective").on("commitments").columns(["tenant_id", "objective_id"]).execute();

  await db.schema
    .createTable("commitment_history")
    .addColumn("id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("commitment_id", "varchar(64)", (c) => c.notNull().references("commitments.id").onDelete("cascade"))
    .addColumn("at", "varchar(40)", (c) => c.notNull())
    .addColumn("by_email", "varchar(320)", (c) => c.notNull())
    .addColumn("field", "varchar(40)", (c) => c.notNull())
    .addColumn("from_value", "text")
    .addColumn("to_value", "text")
    .addColumn("note", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("commitment_history_commitment").on("commitment_history").columns(["commitment_id", "at"]).execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("tenant_id", "varchar(100)", (c) => c.notNull())
    .addColumn("user_id", "varchar(100)", (c) => c.notNull())
    .addColumn("key", "varchar(200)", (c) => c.notNull())
    .addColumn("method", "varchar(10)", (c) => c.notNull())
    .addColumn("path", "text", (c) => c.notNull())
    .addColumn("status_code", "integer", (c) => c.notNull())
    .addColumn("response_json", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(40)", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["tenant_id", "user_id", "key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "idempotency_keys",
    "commitment_history",
    "commitments",
    "contributions",
    "agenda_attendees",
    "agendas",
    "directory_users",
    "departments",
    "objectives",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
