// The demo meeting's requests between departments (demo-story.ts DEMO_REQUESTS), asked during the
// meeting and answered right after it; the accepted one is linked both ways to its commitment.
import type { Db } from "../db/database";
import { localUserId } from "../auth/local-issuer";
import { newId } from "../ids";
import { withRequestTables, type RequestRow } from "../requests/request.table";
import { DEMO_REQUESTS } from "./demo-story";

export interface DemoRequestContext {
  tenantId: string;
  agendaId: string;
  meetingStart: string;
  now: Date;
  /** The requests' ids, chosen before their commitments were written. */
  ids: readonly string[];
  nameOf(email: string): string;
  /** The commitment made by accepting request `index`, if any. */
  commitmentFor(index: number): string | null;
}

const DAY_MS = 86_400_000;

export async function seedDemoRequests(db: Db, c: DemoRequestContext): Promise<void> {
  const answeredAt = new Date(Date.parse(c.meetingStart) + 3_600_000).toISOString();
  const rows: RequestRow[] = DEMO_REQUESTS.map((r, i) => ({
    id: c.ids[i] ?? newId(),
    tenant_id: c.tenantId,
    agenda_id: c.agendaId,
    from_department: r.from,
    to_department: r.to,
    text: r.text,
    needed_by: r.neededInDays === null ? null : new Date(c.now.getTime() + r.neededInDays * DAY_MS).toISOString().slice(0, 10),
    status: r.status,
    asked_by_email: r.asker,
    asked_by_oid: localUserId(c.tenantId, r.asker),
    asked_by_name: c.nameOf(r.asker),
    response_text: r.response,
    answered_by_email: r.answeredBy,
    answered_by_oid: localUserId(c.tenantId, r.answeredBy),
    answered_by_name: c.nameOf(r.answeredBy),
    answered_at: answeredAt,
    first_answered_at: answeredAt,
    commitment_id: r.status === "accepted" ? c.commitmentFor(i) : null,
    // Asked one after the other during the meeting, so they list in the story's order.
    created_at: new Date(Date.parse(c.meetingStart) + (i + 1) * 600_000).toISOString(),
    updated_at: answeredAt,
    version: 2,
  }));
  await withRequestTables(db).insertInto("department_requests").values(rows).execute();
}
