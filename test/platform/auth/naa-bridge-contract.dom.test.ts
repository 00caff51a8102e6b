// The events runtime's home-made NAA client and MSAL.js must speak the same bridge protocol. MSAL
// is run here against the fake bridge (so the fake answers what MSAL expects), and the messages our
// client sends are compared with MSAL's: an MSAL upgrade that changes the exchange fails this test.
import { createNestablePublicClientApplication } from "@azure/msal-browser";
import { afterEach, describe, expect, it } from "vitest";
import { createNaaBridgeAuth } from "../../../src/platform/auth/naa-bridge-auth";
import { fakeNaaBridge, type BridgeRequest } from "./fake-naa-bridge";

const CLIENT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const AUTHORITY = "https://login.microsoftonline.com/organizations";
const SCOPE = `api://agenda.example.com/${CLIENT_ID}/access_as_user`;

type BridgeWindow = { nestedAppAuthBridge?: unknown };
afterEach(() => {
  delete (window as BridgeWindow).nestedAppAuthBridge;
});

async function msalRequests(): Promise<{ token: string; requests: BridgeRequest[] }> {
  const fake = fakeNaaBridge();
  fake.answers.push({ token: "msal-token" });
  (window as BridgeWindow).nestedAppAuthBridge = fake.bridge;
  const msal = await createNestablePublicClientApplication({ auth: { clientId: CLIENT_ID, authority: AUTHORITY }, cache: { cacheLocation: "memoryStorage" } });
  const account = msal.getAllAccounts()[0];
  const result = await msal.acquireTokenSilent({ scopes: [SCOPE], ...(account ? { account } : {}) });
  return { token: result.accessToken, requests: fake.requests };
}

async function ourRequests(): Promise<{ token: string; requests: BridgeRequest[] }> {
  const fake = fakeNaaBridge();
  fake.answers.push({ token: "our-token" });
  const auth = createNaaBridgeAuth({ clientId: CLIENT_ID, scopes: [SCOPE], scope: { nestedAppAuthBridge: fake.bridge } });
  return { token: await auth.getToken(), requests: fake.requests };
}

describe("the NAA bridge protocol: our events client against MSAL.js", () => {
  it("MSAL gets its token from the fake bridge (the fake speaks MSAL's protocol)", async () => {
    const { token, requests } = await msalRequests();
    expect(token).toBe("msal-token");
    expect(requests.map((r) => r.method)).toEqual(["GetInitContext", "GetToken"]);
  });

  it("our client sends the same methods, envelope and token parameters as MSAL", async () => {
    const msal = await msalRequests();
    const ours = await ourRequests();
    expect(ours.token).toBe("our-token");
    expect(ours.requests.map((r) => r.method)).toEqual(msal.requests.map((r) => r.method));
    for (const [i, request] of ours.requests.entries()) {
      const reference = msal.requests[i]!;
      // The envelope: every field MSAL sends, we send (values differ only in ids, times, library name).
      expect(Object.keys(request).sort()).toEqual(Object.keys(reference).sort());
      expect(request.messageType).toBe(reference.messageType);
    }
    const ourParams = ours.requests[1]!.tokenParams!;
    const msalParams = msal.requests[1]!.tokenParams!;
    for (const key of ["clientId", "authority", "scope", "authenticationScheme", "platformBrokerId", "extraParameters"]) {
      expect(ourParams[key], key).toEqual(msalParams[key]);
    }
    expect(typeof ourParams.correlationId).toBe("string");
    // MSAL also asks for optional id-token claims; we don't read the id token. Anything else new in
    // MSAL's request is a change of the exchange to look at.
    const extra = Object.keys(msalParams).filter((k) => msalParams[k] !== undefined && !(k in ourParams));
    expect(extra).toEqual(["claims"]);
  });
});
