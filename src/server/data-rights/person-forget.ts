// Removes one person from a tenant's data on request. "anonymise": wherever they are named (attendee,
// author, owner, organizer, history, audit), their email, object id and name are replaced by a
// placeholder that matches nobody; rows keep their department, so counts and the dashboard stay
// true. "delete": their own contributions and the commitments they own are deleted too. Either way
// the rows that exist only for them (directory entry, reminder ledger, outbox, idempotency answers)
// are deleted, as are stored messages and answers that quote their email or name. One transaction.
import { randomBytes } from "node:crypto";
import { sql, type RawBuilder } from "kysely";
import type { Db } from "../db/database";
import { recordAudit, type Actor } from "./audit";
import { TENANT_TABLES, type PersonRef, type TenantTable } from "./tenant-data-map";

/** What a removed person is called from then on (the data is bilingual; so is this). */
export const REMOVED_PERSON_NAME = "（削除済み / removed）";
export const REMOVED_EMAIL_DOMAIN = "removed.invalid";

export interface ForgetRequest {
  /** Their email (any case); at least one of email and objectId. */
  email?: string | null;
  /** Their Entra object id. */
  objectId?: string | null;
  mode: "anonymise" | "delete";
  /** The administrator's own reference for the request (ticket number), kept in the audit. */
  reference?: string | null;
}

export type ForgetCounts = Record<string, { anonymised: number; deleted: number }>;

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function forgetPerson(db: Db, tenantId: string, request: ForgetRequest, actor: Actor, at = new Date()): Promise<ForgetCounts> {
  const email = request.email?.trim().toLowerCase() || null;
  const objectId = request.objectId?.trim() || null;
  if (!email && !objectId) throw new Error("Name the person by email or object id");
  const token = randomBytes(6).toString("hex");
  const placeholder = { email: `removed-${token}@${REMOVED_EMAIL_DOMAIN}`, id: `removed-${token}`, name: REMOVED_PERSON_NAME };

  /** The rows of `ref` that name this person. */
  const matches = (ref: PersonRef): RawBuilder<unknown> | null => {
    const parts: RawBuilder<unknown>[] = [];
    if (ref.email && email) parts.push(sql`lower(${sql.ref(ref.email)}) = ${email}`);
    if (ref.id && objectId) parts.push(sql`${sql.ref(ref.id)} = ${objectId}`);
    return parts.length === 0 ? null : sql`(${sql.join(parts, sql` or `)})`;
  };

  return db.transaction().execute(async (trx) => {
    // Their names as the tenant's rows spell them, to find messages that quote them.
    const names = new Set<string>();
    for (const table of TENANT_TABLES) {
      for (const ref of table.people) {
        const where = ref.name ? matches(ref) : null;
        if (!ref.name || !where) continue;
        const rows = await sql<{ n: string }>`select distinct ${sql.ref(ref.name)} as n from ${sql.table(table.table)} where tenant_id = ${tenantId} and ${where}`.execute(trx);
        for (const { n } of rows.rows) if (typeof n === "string" && n.trim().length >= 2) names.add(n.trim());
      }
    }
    const quoted = [...(email ? [email] : []), ...names];
    // What replaces each quoted text in free text: the placeholder email for the email, the removed name for a name.
    const replacements: [string, string][] = [
      ...(email ? ([[email, placeholder.email]] as [string, string][]) : []),
      ...(request.email && request.email.trim() !== email ? ([[request.email.trim(), placeholder.email]] as [string, string][]) : []),
      // Longest first, so "田中 愛子" goes before a shorter spelling contained in it.
      ...[...names].sort((x, y) => y.length - x.length).map((n) => [n, placeholder.name] as [string, string]),
    ];

    const counts: ForgetCounts = {};
    for (const table of [...TENANT_TABLES].reverse()) {
      counts[table.table] = await forgetIn(trx, tenantId, table, request.mode, matches, placeholder, quoted);
      counts[table.table]!.anonymised += await scrubFreeText(trx, tenantId, table, replacements);
    }
    const touched = Object.fromEntries(Object.entries(counts).filter(([, c]) => c.anonymised + c.deleted > 0));
    await recordAudit(trx, tenantId, actor, "forget_person", { mode: request.mode, reference: request.reference ?? null, counts: touched }, at);
    return counts;
  });
}

/** Replaces their email and full names where people wrote them (contribution texts, actions, notes…). */
async function scrubFreeText(trx: Db, tenantId: string, table: TenantTable, replacements: readonly [string, string][]): Promise<number> {
  let n = 0;
  for (const column of table.freeText ?? []) {
    for (const [text, by] of replacements) {
      const col = sql.ref(column);
      const result = await sql`update ${sql.table(table.table)} set ${col} = replace(${col}, ${text}, ${by})
        where tenant_id = ${tenantId} and ${col} like ${`%${likeEscape(text)}%`} escape '\\'`.execute(trx);
      n += Number(result.numAffectedRows ?? 0n);
    }
  }
  return n;
}

async function forgetIn(
  trx: Db,
  tenantId: string,
  table: TenantTable,
  mode: ForgetRequest["mode"],
  matches: (ref: PersonRef) => RawBuilder<unknown> | null,
  placeholder: { email: string; id: string; name: string },
  quoted: readonly string[],
): Promise<{ anonymised: number; deleted: number }> {
  const count = { anonymised: 0, deleted: 0 };
  if (table.onForget === "none") return count;
  const from = sql.table(table.table);
  const deleteWhere = async (where: RawBuilder<unknown>) => {
    const result = await sql`delete from ${from} where tenant_id = ${tenantId} and ${where}`.execute(trx);
    count.deleted += Number(result.numAffectedRows ?? 0n);
  };

  if (table.onForget === "delete") {
    const conditions = table.people.map(matches).filter((c): c is RawBuilder<unknown> => c !== null);
    for (const column of table.mentions ?? []) {
      for (const text of quoted) conditions.push(sql`lower(${sql.ref(column)}) like ${`%${likeEscape(text.toLowerCase())}%`} escape '\\'`);
    }
    if (conditions.length > 0) await deleteWhere(sql`(${sql.join(conditions, sql` or `)})`);
    return count;
  }

  if (mode === "delete" && table.owned) {
    const owned = matches(table.owned);
    if (owned) await deleteWhere(owned);
  }
  for (const ref of table.people) {
    const where = matches(ref);
    if (!where) continue;
    const sets = [
      ...(ref.email ? [sql`${sql.ref(ref.email)} = ${placeholder.email}`] : []),
      ...(ref.id ? [sql`${sql.ref(ref.id)} = ${placeholder.id}`] : []),
      ...(ref.name ? [sql`${sql.ref(ref.name)} = ${placeholder.name}`] : []),
    ];
    const result = await sql`update ${from} set ${sql.join(sets)} where tenant_id = ${tenantId} and ${where}`.execute(trx);
    count.anonymised += Number(result.numAffectedRows ?? 0n);
  }
  return count;
}
