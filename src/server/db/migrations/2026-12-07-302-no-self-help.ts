// Frozen in time: never edit a migration that has shipped; add a new one.
// A department can't help itself: a commitment whose helped department is its owner's own (営業部 →
// 営業部, also with other spacing or letter case) was counted in the cross-department matrix as help between departments. The API refuses
// those now; the rows already there lose the helped department. An UPDATE, so the rollup triggers of
// migration 007 move the counts in this same transaction and the dashboard stays exact. The version
// moves on, so a client holding the old row gets 412 instead of writing over the correction.
import { sql, type Kysely } from "kysely";
import { inTransaction } from "../in-transaction";

export async function up(db: Kysely<any>): Promise<void> {
  await inTransaction(db, async (tx) => {
    await sql`update commitments set helps_department = null, version = version + 1
      where helps_department is not null
        and (lower(trim(helps_department)) = lower(trim(owner_department)) or trim(helps_department) = '')`.execute(tx);
  });
}

export async function down(): Promise<void> {
  // Nothing to undo: the rows' helped department was wrong, and it is not kept anywhere to restore.
}
