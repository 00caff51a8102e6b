// Configuration that keeps the server safe on a network: local sign-in fails closed, proxies are
// trusted only when named, live streams and integrity checks have bounds, PMO summaries name a tenant.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/config";
import { TENANT_A, TENANT_B, entra, problemsOf } from "./config-fixtures";

describe("local sign-in fails closed", () => {
  it("refuses to start without AUTH_MODE when the server listens beyond this computer, naming HOST and AUTH_MODE", () => {
    const [problem, ...rest] = problemsOf({ HOST: "0.0.0.0", PUBLIC_URL: "https://agenda.contoso.com" });
    expect(rest).toEqual([]);
    for (const name of ["AUTH_MODE", "HOST=0.0.0.0", "PUBLIC_URL=https://agenda.contoso.com"]) expect(problem).toContain(name);
  });

  it("refuses AUTH_MODE=local on a non-loopback HOST or a public PUBLIC_URL", () => {
    expect(problemsOf({ AUTH_MODE: "local", HOST: "0.0.0.0" })).toEqual([expect.stringMatching(/^AUTH_MODE=local .*HOST=0\.0\.0\.0 is not a loopback address/)]);
    expect(problemsOf({ AUTH_MODE: "local", HOST: "192.168.1.20" })[0]).toContain("HOST=192.168.1.20");
    expect(problemsOf({ PUBLIC_URL: "https://agenda.contoso.com" })[0]).toContain("PUBLIC_URL=https://agenda.contoso.com is not on localhost");
    expect(problemsOf({ PUBLIC_URL: "http://10.0.0.5:3000" })[0]).toContain("PUBLIC_URL");
  });

  it("keeps the demo on this computer: localhost, 127.x and ::1, over http or https (npm run start:https)", () => {
    for (const env of [{}, { HOST: "127.0.0.1" }, { HOST: "::1" }, { HOST: "localhost", PUBLIC_URL: "https://localhost:3000" }, { PUBLIC_URL: "http://127.0.0.1:3101" }]) {
      expect(loadConfig(env).authMode).toBe("local");
    }
  });

  it("runs Entra sign-in on any interface", () => {
    expect(loadConfig(entra({ HOST: "0.0.0.0", PUBLIC_URL: "https://agenda.contoso.com" })).authMode).toBe("entra");
  });
});

describe("TRUST_PROXY, LIVE_STREAMS_*, DB_CHECK_INTERVAL_SEC", () => {
  it("trusts no proxy by default; reads off, a hop count, or a list of addresses and ranges", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "off" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "10.0.0.1, 10.1.0.0/16, ::1, loopback" }).trustProxy).toEqual(["10.0.0.1", "10.1.0.0/16", "::1", "loopback"]);
    for (const bad of ["true", "yes", "10.0.0.1/33", "proxy.example.com", "21"]) {
      expect(problemsOf({ TRUST_PROXY: bad })).toEqual([expect.stringMatching(/^TRUST_PROXY must be off, a number of proxy hops/)]);
    }
  });

  it("caps live streams at 10 per user, 500 per tenant and 1000 per process unless told otherwise", () => {
    expect(loadConfig({}).liveStreams).toEqual({ perUser: 10, perTenant: 500, perProcess: 1000 });
    expect(loadConfig({ LIVE_STREAMS_PER_USER: "3", LIVE_STREAMS_MAX: "50" }).liveStreams).toEqual({ perUser: 3, perTenant: 25, perProcess: 50 });
    expect(problemsOf({ LIVE_STREAMS_PER_USER: "0" })[0]).toMatch(/^LIVE_STREAMS_PER_USER must be/);
    expect(problemsOf({ LIVE_STREAMS_MAX: "many" })[0]).toMatch(/^LIVE_STREAMS_MAX must be/);
  });

  it("checks the SQLite file every 6 hours unless told otherwise (0 = only at start)", () => {
    expect(loadConfig({}).dbCheckIntervalSec).toBe(21_600);
    expect(loadConfig({ DB_CHECK_INTERVAL_SEC: "0" }).dbCheckIntervalSec).toBe(0);
    expect(problemsOf({ DB_CHECK_INTERVAL_SEC: "-5" })[0]).toMatch(/^DB_CHECK_INTERVAL_SEC must be/);
  });
});

describe("PMO_NOTIFY_EMAILS entries without a tenant", () => {
  it("belong to the one tenant the server serves, and are refused where it may serve several", () => {
    expect(loadConfig(entra({ ENTRA_ALLOWED_TENANTS: TENANT_A, PMO_NOTIFY_EMAILS: "PMO@contoso.com" })).reminders.pmoRecipients).toEqual([{ tenantId: TENANT_A, email: "pmo@contoso.com" }]);
    const [problem] = problemsOf(entra({ PMO_NOTIFY_EMAILS: "pmo@contoso.com" }));
    expect(problem).toMatch(/^PMO_NOTIFY_EMAILS names pmo@contoso\.com without a tenant id/);
    expect(problemsOf(entra({ ENTRA_ALLOWED_TENANTS: `${TENANT_A},${TENANT_B}`, PMO_NOTIFY_EMAILS: "pmo@contoso.com" }))[0]).toMatch(/^PMO_NOTIFY_EMAILS/);
    expect(loadConfig(entra({ PMO_NOTIFY_EMAILS: `${TENANT_B}:pmo@fabrikam.com` })).reminders.pmoRecipients).toEqual([{ tenantId: TENANT_B, email: "pmo@fabrikam.com" }]);
  });
});
