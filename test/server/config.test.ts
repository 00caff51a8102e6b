import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ConfigError, loadConfig } from "../../src/server/config";
import { serverTimeZone } from "../../src/server/time-zone";
import { CLIENT_ID, TENANT_A, TENANT_B, entra, problemsOf } from "./config-fixtures";
describe("loadConfig defaults", () => {
  it("runs locally with nothing set", () => {
    const config = loadConfig({});
    expect(config).toEqual({
      nodeEnv: "development",
      port: 3000,
      host: "localhost",
      publicUrl: "http://localhost:3000",
      dataDir: path.resolve("data"),
      databaseUrl: null,
      authMode: "local",
      entra: null,
      logLevel: "info",
      bodyLimitBytes: 1_048_576,
      demoData: true,
      rateLimit: { burst: 3000, perMinute: 6000 },
      reminders: { intervalSec: 900, dueSoonDays: 3, pmoRecipients: [], mailFrom: null, sendHour: 8 },
      trustProxy: false,
      liveStreams: { perUser: 10, perTenant: 500, perProcess: 1000 },
      dbCheckIntervalSec: 21600,
      // The organisation's clock defaults to the server's; requests are not logged one by one.
      tenantDefaults: { timeZone: serverTimeZone({}), language: "ja" },
      logRequests: false,
      deploymentMode: "line-of-business",
      retentionIntervalSec: 3600,
      operator: { name: null, supportEmail: null, dataLocation: null, statusUrl: null },
    });
  });

  it("is frozen, including the Entra settings", () => {
    const local = loadConfig({});
    expect(Object.isFrozen(local)).toBe(true);
    expect(() => {
      (local as { port: number }).port = 1;
    }).toThrow(TypeError);
    const config = loadConfig(entra());
    expect(Object.isFrozen(config.entra)).toBe(true);
    expect(Object.isFrozen(config.entra?.audience)).toBe(true);
  });

  it("reads process.env when called without arguments", () => {
    vi.stubEnv("PORT", "4321");
    try {
      expect(loadConfig().port).toBe(4321);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("treats empty and blank variables as unset", () => {
    expect(loadConfig({ PORT: "", HOST: "  ", ENTRA_CLIENT_ID: "" })).toMatchObject({ port: 3000, host: "localhost" });
  });
});

describe("loadConfig reads every variable", () => {
  it("NODE_ENV, PORT, HOST, PUBLIC_URL, DATA_DIR, DATABASE_URL, LOG_LEVEL, BODY_LIMIT_BYTES, DEMO_DATA", () => {
    const config = loadConfig({
      ...entra(),
      NODE_ENV: "test",
      PORT: "8081",
      HOST: "0.0.0.0",
      PUBLIC_URL: "https://purpose.example.com/app",
      DATA_DIR: "tmp/data-x",
      DATABASE_URL: "postgresql://u:p@db:5432/purpose",
      LOG_LEVEL: "silent",
      BODY_LIMIT_BYTES: "2048",
      DEMO_DATA: "false",
    });
    expect(config).toMatchObject({
      nodeEnv: "test",
      port: 8081,
      host: "0.0.0.0",
      publicUrl: "https://purpose.example.com/app",
      dataDir: path.resolve("tmp/data-x"),
      databaseUrl: "postgresql://u:p@db:5432/purpose",
      logLevel: "silent",
      bodyLimitBytes: 2048,
      demoData: false,
    });
  });

  it("defaults PUBLIC_URL from PORT and accepts postgres:// URLs and DEMO_DATA=1", () => {
    const config = loadConfig({ PORT: "4010", DATABASE_URL: "postgres://localhost/x", DEMO_DATA: "1" });
    expect(config.publicUrl).toBe("http://localhost:4010");
    expect(config.databaseUrl).toBe("postgres://localhost/x");
    expect(config.demoData).toBe(true);
  });

  it("Entra defaults: audience, scope, any tenant, public authority and its keys, no secret, no demo data", () => {
    const config = loadConfig(entra({ PUBLIC_URL: "https://purpose.example.com:8443" }));
    expect(config.authMode).toBe("entra");
    expect(config.demoData).toBe(false);
    expect(config.entra).toEqual({
      clientId: CLIENT_ID,
      audience: [CLIENT_ID, `api://purpose.example.com:8443/${CLIENT_ID}`, `api://${CLIENT_ID}`],
      requiredScope: "access_as_user",
      allowedTenants: null,
      authorityHost: "https://login.microsoftonline.com",
      authority: "https://login.microsoftonline.com/organizations",
      jwksUri: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
      clientSecret: null,
      graphBaseUrl: "https://graph.microsoft.com/v1.0",
      directoryCacheTtlSec: 86_400,
    });
  });

  it("every ENTRA_* variable", () => {
    const config = loadConfig(
      entra({
        NODE_ENV: "production",
        ENTRA_CLIENT_ID: CLIENT_ID.toUpperCase(),
        ENTRA_AUDIENCE: ` api://purpose/${CLIENT_ID}, ${CLIENT_ID} ,`,
        ENTRA_SCOPE: "Agenda.ReadWrite",
        ENTRA_ALLOWED_TENANTS: `${TENANT_A.toUpperCase()},${TENANT_B}`,
        ENTRA_AUTHORITY_HOST: "https://login.microsoftonline.us",
        ENTRA_JWKS_URI: "https://keys.example.com/keys",
        ENTRA_CLIENT_SECRET: "s3cret~",
        ENTRA_GRAPH_BASE_URL: "https://graph.microsoft.us/v1.0",
        ENTRA_DIRECTORY_CACHE_TTL_SEC: "600",
        DEMO_DATA: "true",
      }),
    );
    expect(config.nodeEnv).toBe("production");
    expect(config.demoData).toBe(true);
    expect(config.entra).toEqual({
      clientId: CLIENT_ID,
      audience: [`api://purpose/${CLIENT_ID}`, CLIENT_ID],
      requiredScope: "Agenda.ReadWrite",
      allowedTenants: [TENANT_A, TENANT_B],
      authorityHost: "https://login.microsoftonline.us",
      authority: "https://login.microsoftonline.us/organizations",
      jwksUri: "https://keys.example.com/keys",
      clientSecret: "s3cret~",
      graphBaseUrl: "https://graph.microsoft.us/v1.0",
      directoryCacheTtlSec: 600,
    });
  });

  it("takes the sign-in authority from ENTRA_AUTHORITY (its host becomes the authority host), else the one allowed tenant, else organizations", () => {
    const single = loadConfig(entra({ ENTRA_AUTHORITY: `https://login.microsoftonline.us/${TENANT_A}` }));
    expect(single.entra).toMatchObject({ authority: `https://login.microsoftonline.us/${TENANT_A}`, authorityHost: "https://login.microsoftonline.us" });
    expect(single.entra?.jwksUri).toBe("https://login.microsoftonline.us/common/discovery/v2.0/keys");
    expect(loadConfig(entra({ ENTRA_ALLOWED_TENANTS: TENANT_B })).entra?.authority).toBe(`https://login.microsoftonline.com/${TENANT_B}`);
    expect(loadConfig(entra({ ENTRA_ALLOWED_TENANTS: `${TENANT_A},${TENANT_B}` })).entra?.authority).toBe("https://login.microsoftonline.com/organizations");
    // An explicit authority wins over the allow-list (e.g. a multi-tenant app limited to two tenants).
    expect(loadConfig(entra({ ENTRA_ALLOWED_TENANTS: TENANT_B, ENTRA_AUTHORITY: "https://login.microsoftonline.com/organizations" })).entra?.authority).toBe(
      "https://login.microsoftonline.com/organizations",
    );
    expect(() => loadConfig(entra({ ENTRA_AUTHORITY: "https://login.microsoftonline.com/a/b" }))).toThrow(/ENTRA_AUTHORITY must be the sign-in authority/);
    expect(() => loadConfig(entra({ ENTRA_AUTHORITY: "https://login.microsoftonline.com/x", ENTRA_AUTHORITY_HOST: "https://login.microsoftonline.us" }))).toThrow(
      /ENTRA_AUTHORITY must be on ENTRA_AUTHORITY_HOST/,
    );
  });

  it("DEPLOYMENT_MODE: line-of-business by default; saas needs Entra, a client secret, no allow-list, and in production a contact", () => {
    expect(loadConfig({}).deploymentMode).toBe("line-of-business");
    const saas = loadConfig(entra({ DEPLOYMENT_MODE: "saas", ENTRA_CLIENT_SECRET: "s" }));
    expect(saas.deploymentMode).toBe("saas");
    expect(saas.entra?.authority).toBe("https://login.microsoftonline.com/organizations");
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ DEPLOYMENT_MODE: "saas" })).toEqual(expect.arrayContaining(["DEPLOYMENT_MODE=saas needs AUTH_MODE=entra"]));
    expect(problems(entra({ DEPLOYMENT_MODE: "saas", ENTRA_ALLOWED_TENANTS: TENANT_A }))).toEqual([
      "DEPLOYMENT_MODE=saas needs ENTRA_CLIENT_SECRET (it confirms each organization's admin consent)",
      "ENTRA_ALLOWED_TENANTS is for line-of-business deployments: with DEPLOYMENT_MODE=saas, organizations are enabled through /onboarding",
    ]);
    expect(problems(entra({ DEPLOYMENT_MODE: "saas", ENTRA_CLIENT_SECRET: "s", NODE_ENV: "production", PUBLIC_URL: "https://cp.example.com" }))).toEqual([
      "SUPPORT_EMAIL is required with DEPLOYMENT_MODE=saas in production (the privacy, terms and support pages name it)",
      "OPERATOR_NAME is required with DEPLOYMENT_MODE=saas in production (the privacy, terms and support pages name it)",
    ]);
    expect(problems({ DEPLOYMENT_MODE: "multi" })).toEqual(["DEPLOYMENT_MODE must be line-of-business or saas (got 'multi')"]);
  });

  it("derives the key URI from ENTRA_AUTHORITY_HOST", () => {
    const config = loadConfig(entra({ ENTRA_AUTHORITY_HOST: "https://login.microsoftonline.us" }));
    expect(config.entra?.jwksUri).toBe("https://login.microsoftonline.us/common/discovery/v2.0/keys");
  });
});

describe("loadConfig errors name the variable", () => {
  it.each([
    [{ NODE_ENV: "staging" }, "NODE_ENV must be development, test or production (got 'staging')"],
    [{ PORT: "0" }, "PORT must be an integer from 1 to 65535 (got '0')"],
    [{ PORT: "65536" }, "PORT must be an integer from 1 to 65535 (got '65536')"],
    [{ PORT: "80a" }, "PORT must be an integer from 1 to 65535 (got '80a')"],
    [{ PORT: "-1" }, "PORT must be an integer from 1 to 65535 (got '-1')"],
    [{ HOST: "a b" }, "HOST must be"],
    [{ PUBLIC_URL: "ftp://x.example.com" }, "PUBLIC_URL must be an http(s) URL"],
    [{ PUBLIC_URL: "https://x.example.com/" }, "PUBLIC_URL must be an http(s) URL without a trailing slash"],
    [{ PUBLIC_URL: "https://x.example.com?a=1" }, "PUBLIC_URL must be"],
    [{ PUBLIC_URL: "localhost:3000" }, "PUBLIC_URL must be"],
    [{ DATABASE_URL: "mysql://root@db/x" }, "DATABASE_URL must be a postgres:// or postgresql:// URL (got 'mysql:…')"],
    [{ AUTH_MODE: "foo" }, "AUTH_MODE must be local or entra (got 'foo')"],
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got 'verbose')"],
    [{ BODY_LIMIT_BYTES: "1mb" }, "BODY_LIMIT_BYTES must be a number of bytes"],
    [{ DEMO_DATA: "yes please" }, "DEMO_DATA must be true or false (got 'yes please')"],
    [entra({ ENTRA_CLIENT_ID: "my-app" }), "ENTRA_CLIENT_ID must be the app registration's client id (a GUID) (got 'my-app')"],
    [entra({ ENTRA_AUDIENCE: " , " }), "ENTRA_AUDIENCE must be a comma-separated list"],
    [entra({ ENTRA_SCOPE: `api://${CLIENT_ID}/access_as_user` }), "ENTRA_SCOPE must be a scope name such as access_as_user (without the api:// prefix)"],
    [entra({ ENTRA_ALLOWED_TENANTS: `${TENANT_A},contoso` }), "ENTRA_ALLOWED_TENANTS must be a comma-separated list of tenant ids (GUIDs)"],
    [entra({ ENTRA_AUTHORITY_HOST: "https://login.microsoftonline.com/common" }), "ENTRA_AUTHORITY_HOST must be an http(s) origin without a path"],
    [entra({ ENTRA_JWKS_URI: "keys.json" }), "ENTRA_JWKS_URI must be an http(s) URL"],
    [entra(), null],
  ] as const)("%o → %s", (env, expected) => {
    if (expected === null) {
      expect(() => loadConfig(env)).not.toThrow();
      return;
    }
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it("never echoes secrets", () => {
    const message = problemsOf({ DATABASE_URL: "mysql://root:hunter2@db/x", ENTRA_CLIENT_SECRET: "hunter3" }).join("\n");
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("hunter3");
  });

  it("requires ENTRA_CLIENT_ID in Entra mode", () => {
    expect(problemsOf({ AUTH_MODE: "entra" })).toEqual(["ENTRA_CLIENT_ID is required when AUTH_MODE=entra"]);
  });

  it("refuses local auth in production, and has no default for AUTH_MODE there", () => {
    expect(problemsOf({ NODE_ENV: "production", AUTH_MODE: "local" })).toEqual([
      "AUTH_MODE=local is for development only: set AUTH_MODE=entra in production (NODE_ENV=production)",
    ]);
    expect(problemsOf({ NODE_ENV: "production" })).toEqual(["AUTH_MODE is required in production (NODE_ENV=production): set AUTH_MODE=entra"]);
  });

  it("refuses ENTRA_* settings that local mode would silently ignore, naming each", () => {
    const [problem, ...rest] = problemsOf({ ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_ALLOWED_TENANTS: TENANT_A });
    expect(rest).toEqual([]);
    expect(problem).toContain("ENTRA_CLIENT_ID");
    expect(problem).toContain("ENTRA_ALLOWED_TENANTS");
    expect(problem).toContain("AUTH_MODE is local");
  });

  it("refuses an unknown ENTRA_* variable (a typo would otherwise drop a restriction)", () => {
    expect(problemsOf(entra({ ENTRA_ALLOWED_TENANT: TENANT_A }))).toEqual([
      expect.stringContaining("ENTRA_ALLOWED_TENANT is not a known setting"),
    ]);
  });

  it("requires https for Entra endpoints in production", () => {
    const problems = problemsOf(
      entra({ NODE_ENV: "production", ENTRA_AUTHORITY_HOST: "http://login.example", ENTRA_JWKS_URI: "http://keys.example/k" }),
    );
    expect(problems).toEqual([
      "ENTRA_AUTHORITY_HOST must use https in production (got 'http://login.example')",
      "ENTRA_JWKS_URI must use https in production (got 'http://keys.example/k')",
    ]);
  });

  it("lists every problem at once", () => {
    const problems = problemsOf({ NODE_ENV: "production", PORT: "99999", LOG_LEVEL: "loud", AUTH_MODE: "entra", BODY_LIMIT_BYTES: "0" });
    expect(problems).toHaveLength(4);
    for (const name of ["PORT", "LOG_LEVEL", "BODY_LIMIT_BYTES", "ENTRA_CLIENT_ID"]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });

  it("formats the message as one line per problem", () => {
    try {
      loadConfig({ PORT: "x", AUTH_MODE: "foo" });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        "Invalid configuration (2 problems):\n" +
          "  - PORT must be an integer from 1 to 65535 (got 'x')\n" +
          "  - AUTH_MODE must be local or entra (got 'foo')",
      );
    }
  });
});

