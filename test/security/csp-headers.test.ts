// Content-Security-Policy and the other security headers, on every page route and on API answers of
// every kind (2xx, 401, 404, 413, 429), parsed into directives and checked one by one: scripts only
// from our origin and Office's CDN, never inline or eval; no plugins; no <base>; framing by the
// hosts of PLATFORM.md §6 only (pages) or nobody (API). And the built pages need nothing the policy
// forbids: no inline scripts or handlers in dist/*.html.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_CSP, FRAME_ANCESTORS, PAGE_CSP } from "../../src/server/security-headers";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { auth } from "./security-fixtures";

/** PLATFORM.md §6: Teams' documented list, plus Outlook's hosts (outlook.cloud.microsoft is in *.cloud.microsoft). */
const PLATFORM_FRAME_ANCESTORS = [
  "'self'",
  "*.cloud.microsoft",
  "teams.microsoft.com",
  "*.teams.microsoft.com",
  "*.microsoft365.com",
  "*.office.com",
  "outlook.office.com",
  "outlook.office365.com",
  "outlook-sdf.office.com",
  "outlook-sdf.office365.com",
  "outlook.live.com",
];

function directives(header: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** The sources scripts may come from: script-src, else default-src. */
function scriptSources(csp: Map<string, string[]>): string[] {
  return csp.get("script-src") ?? csp.get("default-src") ?? [];
}

function expectPagePolicy(res: LightMyRequestResponse, what: string): void {
  const csp = directives(res.headers["content-security-policy"]);
  expect(csp.get("default-src"), what).toEqual(["'self'"]);
  const scripts = scriptSources(csp);
  expect(scripts, what).toEqual(["'self'", "https://appsforoffice.microsoft.com", "https://res.cdn.office.net"]);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "data:", "http:", "https:", "blob:"]) {
    expect(scripts, `${what}: script-src ${bad}`).not.toContain(bad);
  }
  expect(csp.get("script-src-attr"), what).toEqual(["'none'"]);
  expect(csp.get("object-src"), what).toEqual(["'none'"]);
  expect(csp.get("base-uri"), what).toEqual(["'none'"]);
  expect(csp.get("form-action"), what).toEqual(["'self'"]);
  expect([...(csp.get("frame-ancestors") ?? [])].sort(), what).toEqual([...PLATFORM_FRAME_ANCESTORS].sort());
  // Styles may be inline (Fluent UI injects <style> at run time) but never from elsewhere.
  expect(csp.get("style-src"), what).toEqual(["'self'", "'unsafe-inline'"]);
  for (const [name, values] of csp) expect(values, `${what}: ${name}`).not.toContain("*");
  expect(res.headers["x-frame-options"], what).toBeUndefined(); // frame-ancestors governs framing
}

function expectApiPolicy(res: LightMyRequestResponse, what: string): void {
  const csp = directives(res.headers["content-security-policy"]);
  expect(csp.get("default-src"), what).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
}

function expectCommonHeaders(res: LightMyRequestResponse, what: string): void {
  expect(res.headers["x-content-type-options"], what).toBe("nosniff");
  expect(res.headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(res.headers["x-powered-by"], what).toBeUndefined();
  expect(res.headers["strict-transport-security"], `${what}: no HSTS outside production`).toBeUndefined();
}

const PAGE_URLS = ["/preview", "/pmo", "/agenda/01abc", "/teams/tab.html", "/teams/config.html", "/outlook/taskpane.html", "/outlook/commands.html", "/preview.html", "/pmo.html"];

let t: TestApp;
let distDir: string;

beforeAll(async () => {
  // A stand-in build, so the page routes exist whether or not dist/ was built.
  distDir = mkdtempSync(path.join(tmpdir(), "cp-csp-"));
  for (const file of ["preview.html", "pmo.html", "teams/tab.html", "teams/config.html", "outlook/taskpane.html", "outlook/commands.html", "outlook/events.js"]) {
    mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
    writeFileSync(path.join(distDir, file), file.endsWith(".js") ? "var origin=\"__API_ORIGIN__\";" : `<!doctype html><title>${file}</title>`);
  }
  t = await buildTestApp({ distDir, env: { RATE_LIMIT_BURST: "3", RATE_LIMIT_PER_MINUTE: "1" } });
});

afterAll(async () => {
  await t?.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe("CSP and security headers", () => {
  it("the policy constants are what the suite checks", () => {
    expect(PAGE_CSP).not.toMatch(/unsafe-eval/);
    expect(PAGE_CSP.split(";").find((d) => d.trim().startsWith("script-src "))).not.toMatch(/unsafe-inline/);
    expect([...FRAME_ANCESTORS].sort()).toEqual([...PLATFORM_FRAME_ANCESTORS].sort());
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it.each(PAGE_URLS)("page %s: scripts from us and Office only, no inline, no plugins, no <base>, framed by Microsoft 365 hosts only", async (url) => {
    const res = await t.app.inject({ method: "GET", url });
    expect(res.statusCode, url).toBe(200);
    expectPagePolicy(res, url);
    expectCommonHeaders(res, url);
  });

  it("a page's 304 and a missing page keep the page policy", async () => {
    const first = await t.app.inject({ method: "GET", url: "/pmo" });
    const again = await t.app.inject({ method: "GET", url: "/pmo", headers: { "if-none-match": String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expectPagePolicy(again, "304");
    const missing = await t.app.inject({ method: "GET", url: "/no-such-page" });
    expect(missing.statusCode).toBe(404);
    expectPagePolicy(missing, "404 page");
  });

  it("every kind of API answer: nothing may run, nobody may frame it", async () => {
    // One user per answer: the limit (burst 3) must only decide the 429.
    const as = (n: number) => t.tokenFor(`csp${n}@contoso.example`);
    const answers: [string, LightMyRequestResponse][] = [
      ["200", await t.app.inject({ method: "GET", url: "/api/objectives", headers: auth(await as(1)) })],
      ["401", await t.app.inject({ method: "GET", url: "/api/objectives" })],
      ["404", await t.app.inject({ method: "GET", url: "/api/nothing", headers: auth(await as(2)) })],
      ["400", await t.app.inject({ method: "POST", url: "/api/objectives", headers: auth(await as(3)), payload: { nope: 1 } })],
      ["413", await t.app.inject({ method: "POST", url: "/api/objectives", headers: { ...auth(await as(4)), "content-type": "application/json" }, payload: `{"title":"${"x".repeat(1_100_000)}"}` })],
      ["public", await t.app.inject({ method: "GET", url: "/api/client-config" })],
      ["openapi", await t.app.inject({ method: "GET", url: "/api/openapi.json" })],
      ["healthz", await t.app.inject({ method: "GET", url: "/healthz" })],
    ];
    // Burst 3: the fourth request of this user is the 429.
    let limited: LightMyRequestResponse | undefined;
    for (let i = 0; i < 5 && limited?.statusCode !== 429; i += 1) {
      limited = await t.app.inject({ method: "GET", url: "/api/me", headers: auth(await as(5)) });
    }
    answers.push(["429", limited as LightMyRequestResponse]);
    for (const [label, res] of answers) {
      if (/^\d+$/.test(label)) expect(res.statusCode, label).toBe(Number(label));
      expectApiPolicy(res, label);
      expectCommonHeaders(res, label);
    }
  });
});

describe("connect-src follows the configured sign-in authority", () => {
  it.each([
    ["the public cloud", {}, "https://login.microsoftonline.com"],
    ["a national cloud (ENTRA_AUTHORITY_HOST)", { ENTRA_AUTHORITY_HOST: "https://login.microsoftonline.us" }, "https://login.microsoftonline.us"],
    ["a national cloud (ENTRA_AUTHORITY)", { ENTRA_AUTHORITY: "https://login.partner.microsoftonline.cn/organizations" }, "https://login.partner.microsoftonline.cn"],
  ])("Entra mode on %s: pages may reach that host and no other", async (_label, env, host) => {
    const entra = await buildTestApp({
      distDir,
      env: { AUTH_MODE: "entra", ENTRA_CLIENT_ID: "0f8fad5b-d9cb-469f-a165-70867728950e", ...env },
    });
    try {
      const res = await entra.app.inject({ method: "GET", url: "/pmo" });
      expect(directives(res.headers["content-security-policy"]).get("connect-src")).toEqual(["'self'", host]);
      expectPagePolicy(res, "entra /pmo");
    } finally {
      await entra.close();
    }
  });

  it("local mode: the pages reach only their own origin", async () => {
    const res = await t.app.inject({ method: "GET", url: "/pmo" });
    expect(directives(res.headers["content-security-policy"]).get("connect-src")).toEqual(["'self'"]);
  });
});

const DIST = fileURLToPath(new URL("../../dist", import.meta.url));
const builtPages = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).map((f) => path.join(dir, f))
    : [];

describe.skipIf(builtPages(DIST).length === 0)("the built pages work under the policy (dist/ present)", () => {
  it("no inline <script>, no inline event handler, no javascript: URL, no <base> in any built page", () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs ?? "") && (body ?? "").trim() !== "");
      expect(inline.map((m) => m[0].slice(0, 80)), file).toEqual([]);
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/javascript:/i);
      expect(html, file).not.toMatch(/<base\b/i);
    }
  });
});
