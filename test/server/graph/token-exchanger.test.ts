import { describe, expect, it } from "vitest";
import { GraphError } from "../../../src/server/graph/graph-error";
import { msalTokenExchanger, type OboClientFactory } from "../../../src/server/graph/token-exchanger";

const entra = { clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", clientSecret: "s3cret", authorityHost: "https://login.microsoftonline.com" };

describe("msalTokenExchanger (msal-node faked at the port)", () => {
  it("exchanges on behalf of the user with the user's tenant as authority, one client per tenant", async () => {
    const created: unknown[] = [];
    const calls: unknown[] = [];
    const factory: OboClientFactory = (config) => {
      created.push(config);
      return { acquireTokenOnBehalfOf: async (request) => (calls.push(request), { accessToken: `graph-${request.oboAssertion}` }) };
    };
    const exchanger = msalTokenExchanger(entra, factory);
    const scopes = ["https://graph.microsoft.com/.default"];
    expect(await exchanger.exchange({ tenantId: "t1", assertion: "a1", scopes })).toBe("graph-a1");
    expect(await exchanger.exchange({ tenantId: "t1", assertion: "a2", scopes })).toBe("graph-a2");
    expect(await exchanger.exchange({ tenantId: "t2", assertion: "a3", scopes })).toBe("graph-a3");
    expect(created).toEqual([
      { clientId: entra.clientId, clientSecret: "s3cret", authority: "https://login.microsoftonline.com/t1" },
      { clientId: entra.clientId, clientSecret: "s3cret", authority: "https://login.microsoftonline.com/t2" },
    ]);
    expect(calls[0]).toEqual({ oboAssertion: "a1", scopes });
  });

  it.each([
    [{ errorCode: "invalid_grant", errorMessage: "AADSTS65001: The user or administrator has not consented to use the application" }, 403, "consent_required", /administrator must grant consent/],
    [{ errorCode: "invalid_client", errorMessage: "AADSTS7000215: Invalid client secret provided." }, 502, "token_exchange_failed", /ENTRA_CLIENT_SECRET/],
    [new Error("socket hang up"), 502, "token_exchange_failed", /socket hang up/],
  ])("maps %j to a clear GraphError", async (thrown, status, code, message) => {
    const exchanger = msalTokenExchanger(entra, () => ({
      acquireTokenOnBehalfOf: async () => {
        throw thrown;
      },
    }));
    const error = await exchanger.exchange({ tenantId: "t", assertion: "a", scopes: ["x"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status, code });
    expect((error as Error).message).toMatch(message);
  });

  it("refuses to start without a client secret", () => {
    expect(() => msalTokenExchanger({ ...entra, clientSecret: null })).toThrow(/ENTRA_CLIENT_SECRET/);
  });
});
