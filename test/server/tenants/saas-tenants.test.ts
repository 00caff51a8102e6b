// The multi-tenant service end to end in Entra mode (signing keys served over HTTP, as in
// entra-jwks.test.ts): an unknown organization is told its administrator has not enabled the app;
// the admin-consent round trip (state, Microsoft's answer, proof of consent) enables it; a tenant
// administrator disables it; everything is audited.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../../../src/server/data-rights/audit";
import { buildTestApp, type TestApp } from "../api-helper";
import { CLIENT_ID, entraClaims, makeKey, sign, type TestKey } from "../auth/test-tokens";

const TENANT_X = "11111111-2222-4333-8444-555555555555";
const PUBLIC_URL = "https://cp.example.com";
let server: Server;
let jwksUri: string;
let key: TestKey;
let t: TestApp;
const verified: string[] = [];
let consentWorks = true;

beforeAll(async () => {
  key = await makeKey("saas-key");
  server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [key.jwk] })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  jwksUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/common/discovery/v2.0/keys`;
  t = await buildTestApp({
    env: { AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_CLIENT_SECRET: "secret", ENTRA_JWKS_URI: jwksUri, DEPLOYMENT_MODE: "saas", PUBLIC_URL },
    tenantVerifier: {
      async verify(tenantId) {
        verified.push(tenantId);
        if (!consentWorks) throw new Error("AADSTS700016: Application not found in the directory");
      },
    },
  });
});

afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => server.close(resolve));
});

const tokenOf = (email: string, roles: string[] = []) =>
  sign(key, entraClaims(TENANT_X, { preferred_username: email, oid: `oid-${email}`, ...(roles.length ? { roles } : {}) }));
const get = async (url: string, email = "aiko@x.example", roles: string[] = []) =>
  t.app.inject({ method: "GET", url, headers: { authorization: `Bearer ${await tokenOf(email, roles)}` } });

/** Follows /onboarding/start and returns the state Microsoft would send back. */
async function consentState(): Promise<string> {
  const start = await t.app.inject({ method: "GET", url: "/onboarding/start" });
  expect(start.statusCode).toBe(302);
  const target = new URL(String(start.headers.location));
  expect(`${target.origin}${target.pathname}`).toBe("https://login.microsoftonline.com/organizations/v2.0/adminconsent");
  expect(target.searchParams.get("client_id")).toBe(CLIENT_ID);
  expect(target.searchParams.get("redirect_uri")).toBe(`${PUBLIC_URL}/onboarding/callback`);
  expect(target.searchParams.get("scope")).toBe("https://graph.microsoft.com/.default");
  return target.searchParams.get("state")!;
}

describe("multi-tenant service: onboarding and the tenant gate", () => {
  it("an organization nobody enabled gets a clear answer naming the onboarding page", async () => {
    const res = await get("/api/objectives");
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({
      error: { code: "tenant_not_enabled", message: `Your organization's administrator has not enabled Common Purpose. An administrator can enable it at ${PUBLIC_URL}/onboarding` },
    });
    // Public pages and sign-in settings still answer.
    expect((await t.app.inject({ method: "GET", url: "/api/client-config" })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: "/onboarding?lang=ja" })).body).toContain("組織で Common Purpose を有効にする");
    // The terms of the multi-tenant service promise what the next test proves.
    expect((await t.app.inject({ method: "GET", url: "/terms?lang=en" })).body).toContain("can disable Common Purpose for the organization at any time");
  });

  it("the callback refuses a forged or expired state, and says so when the admin declined", async () => {
    const forged = await t.app.inject({ method: "GET", url: `/onboarding/callback?tenant=${TENANT_X}&admin_consent=True&state=1.2.3` });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain("This link can&#39;t be used");
    const declined = await t.app.inject({
      method: "GET",
      url: `/onboarding/callback?error=access_denied&error_description=${encodeURIComponent("The admin canceled <consent>")}&state=${encodeURIComponent(await consentState())}`,
    });
    expect(declined.statusCode).toBe(403);
    expect(declined.body).toContain("The admin canceled &lt;consent&gt;");
    expect((await get("/api/objectives")).statusCode).toBe(403);
  });

  it("enables the organization only once its consent is proven", async () => {
    consentWorks = false;
    const unproven = await t.app.inject({ method: "GET", url: `/onboarding/callback?tenant=${TENANT_X}&admin_consent=True&state=${encodeURIComponent(await consentState())}` });
    expect(unproven.statusCode).toBe(502);
    expect((await get("/api/objectives")).statusCode).toBe(403);
    consentWorks = true;
    const ok = await t.app.inject({ method: "GET", url: `/onboarding/callback?tenant=${TENANT_X.toUpperCase()}&admin_consent=True&state=${encodeURIComponent(await consentState())}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain(`Common Purpose is enabled for your organization (tenant ${TENANT_X})`);
    expect(verified).toEqual([TENANT_X, TENANT_X]);
    expect((await get("/api/objectives")).statusCode).toBe(200);
  });

  it("a tenant administrator disables it; their people are refused, administrators keep the admin routes; onboarding enables it again", async () => {
    expect((await t.app.inject({ method: "POST", url: "/api/admin/tenant/disable", headers: { authorization: `Bearer ${await tokenOf("pmo@x.example", ["PMO"])}` } })).statusCode).toBe(403);
    const off = await t.app.inject({ method: "POST", url: "/api/admin/tenant/disable", headers: { authorization: `Bearer ${await tokenOf("it@x.example", ["Admin"])}` } });
    expect(off.statusCode, off.body).toBe(200);
    const refused = await get("/api/objectives");
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as { error: { message: string } }).error.message).toMatch(/^Your organization's administrator has disabled Common Purpose/);
    expect((await get("/api/admin/tenant", "pmo@x.example", ["PMO"])).statusCode).toBe(403);
    const status = await get("/api/admin/tenant", "it@x.example", ["Admin"]);
    expect(status.json()).toMatchObject({ tenantId: TENANT_X, deploymentMode: "saas", status: "disabled" });
    expect((await get("/api/admin/export.jsonl", "it@x.example", ["Admin"])).statusCode).toBe(200);
    await t.app.inject({ method: "GET", url: `/onboarding/callback?tenant=${TENANT_X}&admin_consent=True&state=${encodeURIComponent(await consentState())}` });
    expect((await get("/api/objectives")).statusCode).toBe(200);
    // The export is audited once its stream has closed.
    await expect
      .poll(async () => (await listAudit(t.db, TENANT_X)).map((e) => `${e.action} by ${e.actorEmail}`))
      .toEqual(expect.arrayContaining(["tenant_enabled by admin-consent", "tenant_disabled by it@x.example", "export by it@x.example"]));
  });
});

describe("line-of-business deployment", () => {
  it("has nothing to onboard and nothing to disable", async () => {
    const lob = await buildTestApp();
    try {
      expect((await lob.app.inject({ method: "GET", url: "/onboarding" })).statusCode).toBe(404);
      expect((await lob.app.inject({ method: "GET", url: "/onboarding/start" })).statusCode).toBe(404);
      const admin = await lob.tokenFor("it@contoso.example", { roles: ["Admin"] });
      const res = await lob.app.inject({ method: "POST", url: "/api/admin/tenant/disable", headers: { authorization: `Bearer ${admin}` } });
      expect(res.statusCode).toBe(409);
      expect((await lob.app.inject({ method: "GET", url: "/api/admin/tenant", headers: { authorization: `Bearer ${admin}` } })).json()).toMatchObject({ deploymentMode: "line-of-business", status: "enabled" });
    } finally {
      await lob.close();
    }
  });
});
