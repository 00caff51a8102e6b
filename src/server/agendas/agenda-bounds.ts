// Bounds on what one agenda holds, so that no request costs unbounded work. Every write rescores the
// agenda (coach/purpose-score.ts: the coach's analysis of its texts, memoised per text): the new text
// of one request is bounded like the coach's own input (≈ 20,000 characters — the obstacles list is
// the one field that could carry 200,000), and the number of texts an agenda holds is bounded, so the
// memo of the analysis keeps up and loading or streaming a view stays small.
import { COACH_TEXT_MAX } from "../../core/api/coach-contract";
import type { Db } from "../db/database";
import { HttpError } from "../http/http-error";

/** Characters of all obstacles of an agenda together. */
export const OBSTACLES_TEXT_MAX = COACH_TEXT_MAX;
export const CONTRIBUTIONS_PER_AGENDA_MAX = 1_000;
export const COMMITMENTS_PER_AGENDA_MAX = 1_000;

const count = (n: number) => n.toLocaleString("en-US");

/** 413 when the obstacles together are longer than OBSTACLES_TEXT_MAX characters. */
export function assertObstaclesBounded(obstacles: readonly string[] | undefined): void {
  if (!obstacles) return;
  const total = obstacles.reduce((n, o) => n + o.length, 0);
  if (total > OBSTACLES_TEXT_MAX) {
    throw new HttpError("payload_too_large", `The obstacles are longer than ${count(OBSTACLES_TEXT_MAX)} characters together (${count(total)}) — shorten or merge some`, { field: "obstacles" });
  }
}

/** 413 when the agenda already holds the most contributions (or commitments) one agenda may hold. */
export async function assertRoomFor(db: Db, tenantId: string, agendaId: string, table: "contributions" | "commitments"): Promise<void> {
  const max = table === "contributions" ? CONTRIBUTIONS_PER_AGENDA_MAX : COMMITMENTS_PER_AGENDA_MAX;
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("tenant_id", "=", tenantId)
    .where("agenda_id", "=", agendaId)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= max) {
    throw new HttpError("payload_too_large", `This meeting already has ${count(max)} ${table}, the most one agenda holds — start a follow-up meeting for more`);
  }
}
