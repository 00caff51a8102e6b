import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../api-helper";

const page = (name: string) => `<!doctype html><html><head><title>${name}</title></head><body>${name}</body></html>`;

describe("client pages from dist/", () => {
  let dist: string;
  let t: TestApp;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), "cp-dist-"));
    for (const dir of ["outlook", "teams", "js"]) mkdirSync(path.join(dist, dir));
    for (const file of ["preview.html", "pmo.html", "outlook/taskpane.html", "teams/tab.html", "teams/config.html"]) {
      writeFileSync(path.join(dist, file), page(file));
    }
    writeFileSync(path.join(dist, "js", "tab.3f9a1c.js"), "console.log(1)");
    writeFileSync(path.join(dist, "outlook", "events.js"), 'var origin="__COMMON_PURPOSE_API_ORIGIN__";');
    t = await buildTestApp({ distDir: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("redirects / to the preview", async () => {
    const res = await t.app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe("/preview");
  });

  it.each([
    ["/preview", "preview.html"],
    ["/pmo", "pmo.html"],
    ["/agenda/01abc", "teams/tab.html"],
    ["/teams/tab.html", "teams/tab.html"],
    ["/teams/config.html", "teams/config.html"],
    ["/outlook/taskpane.html", "outlook/taskpane.html"],
  ])("%s serves %s, never cached stale, frameable by Teams and Outlook only", async (url, file) => {
    const res = await t.app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(file);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain(
      "frame-ancestors 'self' teams.microsoft.com *.teams.microsoft.com *.cloud.microsoft *.microsoft365.com *.office.com outlook.office.com outlook.office365.com outlook-sdf.office.com outlook-sdf.office365.com outlook.live.com",
    );
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com https://res.cdn.office.net");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("keeps the page CSP on a 304 revalidation (a 304 has no content-type)", async () => {
    const first = await t.app.inject({ method: "GET", url: "/agenda/01abc" });
    const etag = String(first.headers.etag);
    const again = await t.app.inject({ method: "GET", url: "/agenda/01abc", headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(String(again.headers["content-security-policy"])).toContain("script-src 'self'");
  });

  it("serves events.js with the API origin baked in (classic Outlook runs it with no location)", async () => {
    const res = await t.app.inject({ method: "GET", url: "/outlook/events.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(res.body).toBe('var origin="http://localhost:3000";');
  });

  it("caches hashed bundles for a year", async () => {
    const res = await t.app.inject({ method: "GET", url: "/js/tab.3f9a1c.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers 404 JSON for unknown paths, pages and API alike", async () => {
    const page404 = await t.app.inject({ method: "GET", url: "/nope.html" });
    expect(page404.statusCode).toBe(404);
    expect(page404.json().error.code).toBe("not_found");
    const api404 = await t.app.inject({
      method: "GET",
      url: "/api/nothing-here",
      headers: { authorization: `Bearer ${await t.tokenFor("a@contoso.example")}` },
    });
    expect(api404.statusCode).toBe(404);
    expect(api404.json().error.code).toBe("not_found");
    // The static catch-all must not let unknown API paths skip authentication.
    const anonymous = await t.app.inject({ method: "POST", url: "/api/nothing-here" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("does not serve files outside dist/", async () => {
    const res = await t.app.inject({ method: "GET", url: "/../package.json" });
    expect(res.statusCode).toBe(404);
    const encoded = await t.app.inject({ method: "GET", url: "/%2e%2e/package.json" });
    expect([400, 403, 404]).toContain(encoded.statusCode);
    expect(encoded.body).not.toContain('"name"');
  });
});

describe("client pages before the first build", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ distDir: path.join(tmpdir(), "cp-no-such-dist") });
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(["/preview", "/pmo", "/agenda/x", "/teams/tab.html", "/outlook/taskpane.html"])("%s says how to build (503)", async (url) => {
    const res = await t.app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(503);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toContain("The client is not built yet: run <code>npm start</code> (or <code>npm run build</code>)");
  });

  it("still serves the API", async () => {
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
