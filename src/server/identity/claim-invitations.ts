// Rows that name a person by address but carry no object id yet — invitations Graph could not
// resolve when they were saved, and every row written before object ids were stored — belong to the
// first verified person whose proven addresses (identity-resolver.ts) include that address. Checked
// when someone signs in (their first request to this instance) and again at most once a minute, so
// an invitation saved while Graph was unreachable is claimed soon after. Once a row has an object id
// it never changes hands: whoever later gets that address (a renamed UPN, a reused mailbox) gains
// nothing, and the person renamed keeps everything.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { bearerTokenOf } from "../directory/directory-lookup";
import type { IdentityResolver } from "./identity-resolver";

/** Each table's address column and object-id column. */
const CLAIMABLE = [
  { table: "agendas", email: "organizer_email", oid: "organizer_oid" },
  { table: "agenda_attendees", email: "email", oid: "oid" },
  { table: "contributions", email: "author_email", oid: "author_oid" },
  { table: "commitments", email: "owner_email", oid: "owner_oid" },
] as const;

/** Whether the tenant has any row still waiting for its person (one index probe per table). */
export async function hasUnclaimedRows(db: Db, tenantId: string): Promise<boolean> {
  for (const c of CLAIMABLE) {
    const row = await db.selectFrom(c.table).select(c.email).where("tenant_id", "=", tenantId).where(c.oid, "is", null).limit(1).executeTakeFirst();
    if (row) return true;
  }
  return false;
}

/** Gives `oid` every unclaimed row of the tenant addressed to one of `addresses`; returns how many. */
export async function claimInvitations(db: Db, tenantId: string, oid: string, addresses: readonly string[]): Promise<number> {
  const emails = [...new Set(addresses.map((a) => a.toLowerCase()))].slice(0, 50);
  if (emails.length === 0) return 0;
  // Read first: an UPDATE that matches nothing still takes SQLite's write lock.
  let open = false;
  for (const c of CLAIMABLE) {
    const row = await db
      .selectFrom(c.table)
      .select(c.email)
      .where("tenant_id", "=", tenantId)
      .where(c.email, "in", emails)
      .where(c.oid, "is", null)
      .limit(1)
      .executeTakeFirst();
    if (row) {
      open = true;
      break;
    }
  }
  if (!open) return 0;
  return db.transaction().execute(async (trx) => {
    let claimed = 0;
    for (const c of CLAIMABLE) {
      const result = await trx
        .updateTable(c.table)
        .set({ [c.oid]: oid })
        .where("tenant_id", "=", tenantId)
        .where(c.email, "in", emails)
        .where(c.oid, "is", null)
        .executeTakeFirst();
      claimed += Number(result.numUpdatedRows);
    }
    return claimed;
  });
}

export const CLAIM_RECHECK_MS = 60_000;
const MAX_REMEMBERED = 50_000;

export interface InvitationClaims {
  /** Claims the principal's open invitations unless this instance checked them within a minute. */
  claimFor(principal: Principal, request: FastifyRequest): Promise<void>;
  /** Forgets when each person was checked (tests). */
  reset(): void;
}

export function createInvitationClaims(db: Db, resolver: IdentityResolver, now: () => number = Date.now): InvitationClaims {
  const checkedAt = new Map<string, number>();
  return {
    async claimFor(principal, request) {
      const key = `${principal.tenantId}\u0000${principal.userId}`;
      const last = checkedAt.get(key);
      const t = now();
      if (last !== undefined && t - last < CLAIM_RECHECK_MS) return;
      checkedAt.delete(key);
      checkedAt.set(key, t);
      if (checkedAt.size > MAX_REMEMBERED) {
        const oldest = checkedAt.keys().next().value;
        if (oldest !== undefined) checkedAt.delete(oldest);
      }
      // Most of the time every row has its person: then there is nothing to ask Graph about.
      if (!(await hasUnclaimedRows(db, principal.tenantId))) return;
      const addresses = await resolver.addressesOf(principal, { bearerToken: bearerTokenOf(request.headers.authorization), log: request.log });
      const claimed = await claimInvitations(db, principal.tenantId, principal.userId, addresses);
      if (claimed > 0) request.log.info({ tenantId: principal.tenantId, userId: principal.userId, claimed }, "bound invitations made to this person's addresses to their object id");
    },
    reset: () => checkedAt.clear(),
  };
}

/** Runs the claim before every authenticated API request's handler (after the auth hook). */
export function registerInvitationClaims(app: FastifyInstance, claims: InvitationClaims): void {
  app.addHook("preHandler", async (request) => {
    const principal = (request as Partial<Pick<FastifyRequest, "principal">>).principal;
    if (principal) await claims.claimFor(principal, request);
  });
}
