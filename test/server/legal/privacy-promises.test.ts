// What the privacy page promises is not stored, checked against everything the server did store and
// log while it served a working session: sign-in tokens (valid and refused) are in no table and no log
// line, the purpose coach's texts are in no table, and the invitation's body has no way in (the agenda
// API refuses any field it does not name).
import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../../src/server/app";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import { loadConfig } from "../../../src/server/config";
import { createDb } from "../../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function session() {
  const lines: string[] = [];
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "debug", LOG_REQUESTS: "true", DEMO_DATA: "true", RATE_LIMIT_PER_MINUTE: "0" });
  const handle = await createDb({ kind: "sqlite", file: ":memory:" });
  const authenticator = await createAuthenticator(config, { inMemoryKeys: true });
  const app = await buildApp({ config, db: handle.db, authenticator, logStream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }) });
  closers.push(() => handle.close(), () => app.close());
  const token = await authenticator.local!.issue({ email: "aiko.tanaka@contoso.example", tenantId: DEMO_TENANT_ID });
  /** Every row of every table, as text. */
  const everything = async () => {
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(handle.db);
    const rows: string[] = [];
    for (const { name } of tables.rows) rows.push(JSON.stringify((await sql`select * from ${sql.table(name)}`.execute(handle.db)).rows));
    return rows.join("\n");
  };
  return { app, token, lines, everything };
}

describe("what the privacy page says is not stored", () => {
  it("sign-in tokens: neither a valid nor a refused one is written to the database or the log", async () => {
    const { app, token, lines, everything } = await session();
    const forged = `${token.slice(0, -12)}AAAAAAAAAAAA`;
    const headers = (t: string) => ({ authorization: `Bearer ${t}` });
    expect((await app.inject({ method: "GET", url: "/api/me", headers: headers(token) })).statusCode).toBe(200);
    const created = await app.inject({ method: "POST", url: "/api/agendas", headers: { ...headers(token), "idempotency-key": randomUUID() }, payload: { objectiveTitle: "大手企業向けのCRMビジネスを拡大する" } });
    expect(created.statusCode, created.body).toBe(201);
    expect((await app.inject({ method: "GET", url: "/api/objectives", headers: headers(forged) })).statusCode).toBe(401);
    const signature = token.split(".")[2]!;
    expect(lines.length).toBeGreaterThan(0);
    for (const text of [await everything(), lines.join("")]) {
      expect(text).not.toContain(signature);
      expect(text).not.toContain(forged.split(".")[2]!);
    }
  });

  it("the coach's texts: analysed in memory, found in no table", async () => {
    const { app, token, everything } = await session();
    const text = `それは営業部の仕事でしょう、うちには関係ない ${randomUUID()}`;
    const res = await app.inject({ method: "POST", url: "/api/coach/analyze", headers: { authorization: `Bearer ${token}` }, payload: { text, lang: "ja" } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expect(await everything()).not.toContain(text.slice(-36));
  });

  it("the invitation's body: the agenda API takes only the fields it names, so a body can't be sent along", async () => {
    const { app, token, everything } = await session();
    const body = `<p>社外秘の本文 ${randomUUID()}</p>`;
    const headers = { authorization: `Bearer ${token}`, "idempotency-key": randomUUID() };
    const res = await app.inject({ method: "POST", url: "/api/agendas", headers, payload: { objectiveTitle: "目的", body } });
    expect(res.statusCode).toBe(400);
    expect(await everything()).not.toContain(body.slice(-40));
  });
});
