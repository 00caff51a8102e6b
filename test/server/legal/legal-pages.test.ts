// The pages the app listing links to: served by the app, public, in Japanese and English, under the
// page CSP, and saying what this deployment really does.
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { TENANT_TABLES } from "../../../src/server/data-rights/tenant-data-map";
import { buildTestApp, type TestApp } from "../api-helper";

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const CLIENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const get = (url: string, headers: Record<string, string> = {}) => t!.app.inject({ method: "GET", url, headers });
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("privacy, terms and support pages", () => {
  it.each(["/privacy", "/terms", "/support"])("%s: public HTML in English and Japanese, no script, under the page policy", async (path) => {
    t = await buildTestApp();
    for (const [query, headers, lang] of [
      ["?lang=en", {}, "en"],
      ["?lang=ja", {}, "ja"],
      ["", { "accept-language": "ja-JP,ja;q=0.9,en;q=0.8" }, "ja"],
      ["", { "accept-language": "en-GB,en;q=0.9" }, "en"],
      ["", {}, "en"],
    ] as const) {
      const res = await get(`${path}${query}`, headers);
      expect(res.statusCode, `${path}${query}`).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.headers["content-language"]).toBe(lang);
      expect(res.body).toContain(`<html lang="${lang}">`);
      expect(res.body).not.toMatch(/<script/i);
      expect(String(res.headers["content-security-policy"])).toContain("frame-ancestors 'self' teams.microsoft.com");
      // Each page links to the others and to itself in the other language.
      expect(res.body).toContain(`href="${path}?lang=${lang === "ja" ? "en" : "ja"}"`);
    }
  });

  it("the privacy page lists everything a tenant's data is made of, in both languages", async () => {
    t = await buildTestApp();
    for (const lang of ["en", "ja"] as const) {
      const page = text((await get(`/privacy?lang=${lang}`)).body);
      for (const table of TENANT_TABLES) expect(page, table.table).toContain(text(table.holds[lang]));
    }
  });

  it("says who runs the server, how to reach them and where the data is — escaped", async () => {
    t = await buildTestApp({
      env: { OPERATOR_NAME: "Contoso <IT> & Co", SUPPORT_EMAIL: "Help@Contoso.example", DATA_LOCATION: "Microsoft Azure, Japan East", STATUS_URL: "https://status.contoso.example" },
    });
    const privacy = (await get("/privacy?lang=en")).body;
    expect(privacy).toContain("Contoso &lt;IT&gt; &amp; Co");
    expect(privacy).not.toContain("<IT>");
    expect(privacy).toContain('<a href="mailto:help@contoso.example">help@contoso.example</a>');
    expect(text(privacy)).toContain("(an SQLite file on the server), Microsoft Azure, Japan East");
    const support = (await get("/support?lang=ja")).body;
    expect(support).toContain('href="https://status.contoso.example"');
    expect(support).toContain("mailto:help@contoso.example");
    // Without them: neutral words, never an empty contact.
    await t.close();
    t = await buildTestApp();
    expect(text((await get("/privacy?lang=en")).body)).toContain("write to your organization's administrator.");
    expect(text((await get("/privacy?lang=ja")).body)).toContain("ご自身のデータについての依頼は、組織の管理者へ。");
  });

  it("describes Microsoft Graph only when this server calls it, with the permissions it uses", async () => {
    t = await buildTestApp();
    expect(text((await get("/privacy?lang=en")).body)).toContain("This server does not call Microsoft Graph");
    await t.close();
    t = await buildTestApp({
      env: { AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_CLIENT_SECRET: "s", NOTIFY_MAIL_FROM: "cp@contoso.example", ENTRA_DIRECTORY_CACHE_TTL_SEC: "172800" },
    });
    const en = text((await get("/privacy?lang=en")).body);
    // Every Graph permission the server uses (README's permission table), the chat-membership proof and
    // the reminders' mailbox settings included.
    const permissions = ["User.Read.All", "OnlineMeetings.Read", "Chat.ReadBasic", "Tasks.ReadWrite", "MailboxSettings.Read", "Mail.Send"];
    for (const fact of [...permissions, "cp@contoso.example", "read again after 2 days"]) expect(en).toContain(fact);
    const ja = text((await get("/privacy?lang=ja")).body);
    for (const permission of permissions) expect(ja).toContain(permission);
    expect(ja).toContain("2 日経ったら読み直します");
  });

  it("the support page shows the service's status from the same check as /healthz", async () => {
    t = await buildTestApp();
    const up = text((await get("/support?lang=en")).body);
    expect(up).toMatch(/Up: the database answered \(checked \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ UTC\)/);
    expect((await get("/support")).headers["cache-control"]).toBe("no-store");
    // A database that stops answering shows on the page (and on /healthz).
    await sql`select 1`.execute(t.db);
    await t.db.destroy();
    const down = await get("/support?lang=ja");
    expect(down.statusCode).toBe(200);
    expect(text(down.body)).toContain("現在、データベースが応答していません");
    expect((await get("/healthz")).statusCode).toBe(503);
  });

  it("states the data rights the product has, and the retention this server applies", async () => {
    t = await buildTestApp({ env: { RETENTION_INTERVAL_SEC: "3600" } });
    const en = text((await get("/privacy?lang=en")).body);
    // Each backed by test/server/storage/data-rights.test.ts and test/server/data-rights/.
    for (const promise of [
      "export all of its data (JSON lines, and the commitments as CSV and Excel)",
      "delete all of its data, at once",
      "keep the department but lose their name, email and Entra object id",
      "a finished agenda (the meeting is over and none of its commitments is open) is deleted that many days after the meeting",
      "kept 24 hours to recognise a repeated request, then deleted",
      "after everything is deleted, that one record remains",
    ]) {
      expect(en).toContain(promise);
    }
    expect(text((await get("/privacy?lang=ja")).body)).toContain("24 時間保存し、その後削除します");
    expect(text((await get("/terms?lang=en")).body)).not.toContain("disable Common Purpose for the organization");
    await t.close();
    // With the job turned off, the page doesn't promise automatic deletion.
    t = await buildTestApp({ env: { RETENTION_INTERVAL_SEC: "0" } });
    expect(text((await get("/privacy?lang=en")).body)).toContain("the automatic deletion is turned off");
  });
});
