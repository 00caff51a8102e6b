import { afterEach, describe, expect, it } from "vitest";
import { ClientConfig } from "../../src/core/api/sign-in-contract";
import { loadConfig } from "../../src/server/config";
import { clientConfigOf } from "../../src/server/routes/client-config";
import { buildTestApp, type TestApp } from "./api-helper";

const CLIENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("GET /api/client-config", () => {
  it("is public and says local in local mode, where nothing syncs to To Do", async () => {
    t = await buildTestApp();
    const res = await t.app.inject({ method: "GET", url: "/api/client-config" });
    expect(res.statusCode).toBe(200);
    expect(ClientConfig.parse(res.json())).toEqual({ authMode: "local", taskSync: false });
  });

  it("offers To Do sync in Entra mode only with a client secret (Graph on behalf of the user)", () => {
    const entra = { AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID };
    expect(clientConfigOf(loadConfig(entra)).taskSync).toBe(false);
    expect(clientConfigOf(loadConfig({ ...entra, ENTRA_CLIENT_SECRET: "s3cret" })).taskSync).toBe(true);
  });

  it("in Entra mode gives the client id, the API scope on the public host and the authority, without a token", async () => {
    t = await buildTestApp({ env: { AUTH_MODE: "entra", ENTRA_CLIENT_ID: CLIENT_ID, PUBLIC_URL: "https://agenda.example.com" } });
    const res = await t.app.inject({ method: "GET", url: "/api/client-config" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      authMode: "entra",
      clientId: CLIENT_ID,
      apiScope: `api://agenda.example.com/${CLIENT_ID}/access_as_user`,
      authority: "https://login.microsoftonline.com/organizations",
      taskSync: false,
    });
    // Everything else under /api still needs a token.
    expect((await t.app.inject({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
  });

  it("uses the single allowed tenant as authority and an explicit api:// audience for the scope", () => {
    const config = loadConfig({
      AUTH_MODE: "entra",
      ENTRA_CLIENT_ID: CLIENT_ID,
      ENTRA_ALLOWED_TENANTS: TENANT,
      ENTRA_AUDIENCE: `${CLIENT_ID},api://${CLIENT_ID}`,
      ENTRA_SCOPE: "Agenda.ReadWrite",
    });
    expect(clientConfigOf(config)).toEqual({
      authMode: "entra",
      clientId: CLIENT_ID,
      apiScope: `api://${CLIENT_ID}/Agenda.ReadWrite`,
      authority: `https://login.microsoftonline.com/${TENANT}`,
      taskSync: false,
    });
  });
});
