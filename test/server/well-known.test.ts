import { afterEach, describe, expect, it } from "vitest";
import { readPngHeader } from "../../manifest/scripts/png";
import { buildTestApp, type TestApp } from "./api-helper";

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("GET /.well-known/microsoft-officeaddins-allowed.json", () => {
  it("lists the events script on the public URL, in the documented { allowed: [...] } shape, without a token", async () => {
    // A public address is Entra mode's: local sign-in refuses to run on one (config.ts).
    t = await buildTestApp({ env: { PUBLIC_URL: "https://agenda.example.com", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "0f8fad5b-d9cb-469f-a165-70867728950e" } });
    const res = await t.app.inject({ method: "GET", url: "/.well-known/microsoft-officeaddins-allowed.json" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ allowed: ["https://agenda.example.com/outlook/events.js"] });
  });
});

describe("GET /assets/:file", () => {
  it("serves the manifests' icons as PNG, loadable cross-origin by Outlook and Teams", async () => {
    t = await buildTestApp();
    for (const [file, size] of [["icon-16.png", 16], ["icon-32.png", 32], ["icon-80.png", 80], ["icon-128.png", 128]] as const) {
      const res = await t.app.inject({ method: "GET", url: `/assets/${file}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("image/png");
      expect(res.headers["cross-origin-resource-policy"]).toBe("cross-origin");
      expect(readPngHeader(res.rawPayload)).toMatchObject({ width: size, height: size });
    }
  });

  it("serves nothing else from the folder", async () => {
    t = await buildTestApp();
    for (const url of ["/assets/../package.json", "/assets/%2e%2e%2fpackage.json", "/assets/icon-99.png"]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(404);
    }
  });
});

describe("security headers (helmet)", () => {
  it("never sends X-Frame-Options (Teams and Outlook frame the pages; CSP frame-ancestors decides) nor COOP", async () => {
    t = await buildTestApp();
    for (const url of ["/healthz", "/api/me", "/api/client-config", "/preview", "/nowhere"]) {
      const res = await t.app.inject({ method: "GET", url });
      expect(res.headers["x-frame-options"], url).toBeUndefined();
      expect(res.headers["cross-origin-opener-policy"], url).toBeUndefined();
      expect(res.headers["x-content-type-options"], url).toBe("nosniff");
      expect(res.headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
      expect(String(res.headers["content-security-policy"]), url).toContain("frame-ancestors");
    }
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent in production only (on localhost it would pin every port to HTTPS)", async () => {
    t = await buildTestApp();
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).headers["strict-transport-security"]).toBeUndefined();
    await t.close();
    t = await buildTestApp({
      env: { NODE_ENV: "production", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "0f8fad5b-d9cb-469f-a165-70867728950e", PUBLIC_URL: "https://agenda.example.com" },
    });
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });
});
