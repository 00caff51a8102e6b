// A host's nested app authentication bridge (window.nestedAppAuthBridge), faked: it answers
// GetInitContext and GetToken the way Outlook and Teams do, and records every request. The contract
// test runs MSAL.js against it, so it is known to speak what MSAL expects.
import type { NaaBridge } from "../../../src/platform/auth/naa-bridge-auth";

export interface BridgeRequest {
  messageType: string;
  method: string;
  requestId: string;
  tokenParams?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FakeNaaBridge {
  bridge: NaaBridge;
  requests: BridgeRequest[];
  /** The next GetToken answers: a token, or a failure status such as USER_INTERACTION_REQUIRED. */
  answers: ({ token: string; expiresIn?: number } | { fail: string } | "silence")[];
}

const TENANT = "8f2a1c3d-4b5e-4f60-9a7b-0c1d2e3f4a5b";
const OID = "11111111-2222-4333-8444-555555555555";
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** An unsigned id token MSAL can read the claims of (it never verifies id tokens from a bridge). */
function idToken(clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  return `${base64url({ alg: "none", typ: "JWT" })}.${base64url({
    aud: clientId,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    oid: OID,
    tid: TENANT,
    sub: "subject",
    name: "Misaki Tanaka",
    preferred_username: "misaki.tanaka@contoso.example",
  })}.`;
}

const ACCOUNT = {
  homeAccountId: `${OID}.${TENANT}`,
  environment: "login.microsoftonline.com",
  tenantId: TENANT,
  username: "misaki.tanaka@contoso.example",
  localAccountId: OID,
  name: "Misaki Tanaka",
};

export function fakeNaaBridge(): FakeNaaBridge {
  const listeners = new Set<(response: string) => void>();
  const fake: FakeNaaBridge = {
    requests: [],
    answers: [],
    bridge: {
      addEventListener: (_type, listener) => void listeners.add(listener as (response: string) => void),
      removeEventListener: (_type, listener) => void listeners.delete(listener as (response: string) => void),
      postMessage(message) {
        const request = JSON.parse(message) as BridgeRequest;
        fake.requests.push(request);
        const reply = (body: Record<string, unknown>) =>
          setTimeout(() => {
            const text = JSON.stringify({ messageType: "NestedAppAuthResponse", requestId: request.requestId, ...body });
            for (const listener of [...listeners]) listener(text);
          }, 0);
        if (request.method === "GetInitContext") {
          reply({
            success: true,
            initContext: { sdkName: "fake-host", sdkVersion: "1.0.0", accountContext: { homeAccountId: ACCOUNT.homeAccountId, environment: ACCOUNT.environment, tenantId: TENANT }, capabilities: { queryAccount: false } },
          });
          return;
        }
        const answer = fake.answers.shift() ?? { fail: "USER_INTERACTION_REQUIRED" };
        if (answer === "silence") return;
        if ("fail" in answer) {
          reply({ success: false, error: { status: answer.fail, code: "fake", subError: "", description: "scripted failure", properties: {} } });
          return;
        }
        const clientId = String(request.tokenParams?.clientId ?? "");
        reply({
          success: true,
          token: {
            access_token: answer.token,
            expires_in: answer.expiresIn ?? 3600,
            id_token: idToken(clientId),
            scope: String(request.tokenParams?.scope ?? ""),
            token_type: "Bearer",
          },
          account: ACCOUNT,
        });
      },
    },
  };
  return fake;
}
