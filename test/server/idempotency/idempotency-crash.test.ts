// A crash between a write and the record of its Idempotency-Key must never let the retry apply the
// write again. The crash is injected in the database: a trigger fails the statement that records
// the key's answer, which is exactly where the old code (record stored after the commit) lost it.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { releaseAllClaims } from "../../../src/server/idempotency/idempotency.repository";
import { bearer, buildWorld, SALES, type World } from "../commitments/commitment-fixtures";

describe("Idempotency record in the write's transaction", () => {
  let w: World;
  beforeEach(async () => {
    w = await buildWorld();
  });
  afterEach(async () => {
    await w.t.close();
  });

  const failRecording = () =>
    sql`CREATE TRIGGER crash_before_record BEFORE UPDATE OF status_code ON idempotency_keys
        WHEN NEW.status_code > 0 BEGIN SELECT RAISE(ABORT, 'injected crash before the key was recorded'); END`.execute(w.t.db);
  const recover = () => sql`DROP TRIGGER crash_before_record`.execute(w.t.db);
  const count = async (table: "commitments" | "contributions", column: "action" | "text", value: string) =>
    Number(
      (
        await w.t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where(column, "=", value)
          .executeTakeFirstOrThrow()
      ).n,
    );

  const postCommitment = () =>
    w.t.app.inject({
      method: "POST",
      url: `/api/agendas/${w.agenda.id}/commitments`,
      headers: bearer(w.tokens.organizer, { "idempotency-key": "crash-1" }),
      payload: { ownerEmail: SALES, action: "crash-commitment", dueDate: "2099-01-01" },
    });

  it("rolls a commitment back when its key cannot be recorded, so the retry writes it once", async () => {
    await failRecording();
    const crashed = await postCommitment();
    expect(crashed.statusCode).toBe(500);
    expect(await count("commitments", "action", "crash-commitment")).toBe(0);

    await recover();
    const retry = await postCommitment();
    expect(retry.statusCode).toBe(201);
    const replay = await postCommitment();
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json()).toEqual(retry.json());
    expect(await count("commitments", "action", "crash-commitment")).toBe(1);
  });

  it("rolls a contribution back the same way", async () => {
    const post = () =>
      w.t.app.inject({
        method: "POST",
        url: `/api/agendas/${w.agenda.id}/contributions`,
        headers: bearer(w.tokens.organizer, { "idempotency-key": "crash-2" }),
        payload: { department: "営業部", text: "crash-contribution" },
      });
    await failRecording();
    expect((await post()).statusCode).toBe(500);
    await recover();
    expect((await post()).statusCode).toBe(201);
    expect((await post()).headers["idempotent-replayed"]).toBe("true");
    expect(await count("contributions", "text", "crash-contribution")).toBe(1);
  });

  it("keeps the revision unchanged when the write rolls back (nothing half-applied)", async () => {
    const before = (await w.t.db.selectFrom("agendas").select("revision").where("id", "=", w.agenda.id).executeTakeFirstOrThrow()).revision;
    await failRecording();
    await postCommitment();
    const after = (await w.t.db.selectFrom("agendas").select("revision").where("id", "=", w.agenda.id).executeTakeFirstOrThrow()).revision;
    expect(Number(after)).toBe(Number(before));
  });

  it("refuses to commit when its claim was taken over by a retry (no second write)", async () => {
    // The claim of a request that ran too long went stale and a retry re-claimed the key: the slow
    // request's seal finds the claim no longer its own and rolls back.
    await w.t.db
      .insertInto("idempotency_keys")
      .values({ tenant_id: "x", user_id: "x", key: "x", method: "POST", path: "/", status_code: 0, response_json: "", created_at: "2000-01-01T00:00:00.000Z" })
      .execute();
    await sql`CREATE TRIGGER steal_claim AFTER INSERT ON commitments BEGIN
        UPDATE idempotency_keys SET created_at = '1999-01-01T00:00:00.000Z' WHERE key = 'crash-1'; END`.execute(w.t.db);
    const slow = await postCommitment();
    expect(slow.statusCode).toBe(409);
    expect(await count("commitments", "action", "crash-commitment")).toBe(0);
  });

  it("frees the claims a killed process left behind (SQLite start-up)", async () => {
    await w.t.db
      .insertInto("idempotency_keys")
      .values({ tenant_id: "t", user_id: "u", key: "left", method: "POST", path: "/", status_code: 0, response_json: "", created_at: new Date().toISOString() })
      .execute();
    expect(await releaseAllClaims(w.t.db)).toBe(1);
    expect(await releaseAllClaims(w.t.db)).toBe(0);
  });
});
