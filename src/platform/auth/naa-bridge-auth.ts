// Silent nested app authentication over the host's NAA bridge, for Outlook's event runtime only.
// Home-made on purpose: classic Outlook on Windows runs events.js in a JavaScript-only runtime, and
// MSAL.js (about 320 KB minified) brings code for window, localStorage and crypto.subtle there. The
// runtime can't show UI anyway, so all it needs is the bridge's silent GetToken — the message
// exchange MSAL's BridgeProxy and TeamsJS both speak (`window.nestedAppAuthBridge`: postMessage of a
// JSON request, a "message" event with the JSON response). test/platform/auth/naa-bridge-contract
// runs MSAL itself against the same fake bridge, so a change in MSAL's messages fails that test.
import { SignInRequiredError, type Auth } from "../ports";

/** The host's bridge object (injected by Outlook or Teams as window.nestedAppAuthBridge). */
export interface NaaBridge {
  postMessage(message: string): void;
  addEventListener(type: "message", listener: (response: string | { data: string }) => void): void;
  removeEventListener?(type: "message", listener: (response: string | { data: string }) => void): void;
}

/** Where the bridge lives: the runtime's global object (also `window` where there is one). */
export interface NaaScope {
  nestedAppAuthBridge?: NaaBridge;
  /** Some hosts inject the bridge lazily when this is called. */
  __initializeNestedAppAuth?: () => Promise<void> | void;
  window?: NaaScope;
}

export interface NaaBridgeAuthOptions {
  clientId: string;
  scopes: readonly string[];
  scope?: NaaScope;
  /** A bridge that doesn't answer within this long counts as unavailable. */
  timeoutMs?: number;
  now?: () => number;
}

interface BridgeResponse {
  requestId?: string;
  success?: boolean;
  error?: { status?: string; code?: string; description?: string };
  initContext?: { accountContext?: { homeAccountId?: string } | null };
  token?: { access_token?: string; expires_in?: number };
}

/** The SDK name we announce; the bridge answers any client, the name is for the host's logs. */
const CLIENT_LIBRARY = "common-purpose-events";
const CLIENT_VERSION = "1";
const EARLY_MS = 60_000;

/** A request id without crypto.subtle (absent in the JavaScript-only runtime); uniqueness is all it needs. */
function requestId(): string {
  const hex = (n: number) => Math.floor(Math.random() * 16 ** n).toString(16).padStart(n, "0");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + Math.floor(Math.random() * 4)).toString(16)}${hex(3)}-${hex(6)}${hex(6)}`;
}

function scopeOf(options: NaaBridgeAuthOptions): NaaScope {
  const global = options.scope ?? (globalThis as NaaScope);
  return global.window ?? global;
}

/** True when the runtime has (or can be asked for) a NAA bridge. */
export function hasNaaBridge(scope: NaaScope = globalThis as NaaScope): boolean {
  const target = scope.window ?? scope;
  return typeof target.nestedAppAuthBridge === "object" || typeof target.__initializeNestedAppAuth === "function";
}

export function createNaaBridgeAuth(options: NaaBridgeAuthOptions): Auth {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 8_000;
  const pending = new Map<string, { resolve(r: BridgeResponse): void; reject(e: unknown): void }>();
  let connected: Promise<NaaBridge> | null = null;
  let cached: { token: string; renewAt: number } | null = null;

  const onMessage = (response: string | { data: string }) => {
    let envelope: BridgeResponse;
    try {
      envelope = JSON.parse(typeof response === "string" ? response : response.data) as BridgeResponse;
    } catch {
      return; // not ours
    }
    const waiting = envelope.requestId ? pending.get(envelope.requestId) : undefined;
    if (!waiting || !envelope.requestId) return;
    pending.delete(envelope.requestId);
    if (envelope.success) waiting.resolve(envelope);
    else waiting.reject(new SignInRequiredError(`Outlook did not give a token silently (${envelope.error?.status ?? "unknown"})`));
  };

  function send(bridge: NaaBridge, method: string, params: Record<string, unknown> = {}): Promise<BridgeResponse> {
    const id = requestId();
    return new Promise<BridgeResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new SignInRequiredError("Outlook's sign-in bridge did not answer"));
      }, timeoutMs);
      pending.set(id, {
        resolve: (r) => (clearTimeout(timer), resolve(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      try {
        bridge.postMessage(
          JSON.stringify({ messageType: "NestedAppAuthRequest", method, requestId: id, sendTime: now(), clientLibrary: CLIENT_LIBRARY, clientLibraryVersion: CLIENT_VERSION, ...params }),
        );
      } catch (error) {
        pending.delete(id);
        clearTimeout(timer);
        reject(new SignInRequiredError(`Outlook's sign-in bridge refused the request (${error instanceof Error ? error.message : String(error)})`));
      }
    });
  }

  async function connect(): Promise<NaaBridge> {
    const scope = scopeOf(options);
    if (typeof scope.__initializeNestedAppAuth === "function") await scope.__initializeNestedAppAuth();
    const bridge = scope.nestedAppAuthBridge;
    if (!bridge) throw new SignInRequiredError("This Outlook offers no nested app authentication here");
    bridge.addEventListener("message", onMessage);
    const init = await send(bridge, "GetInitContext");
    if (!init.initContext) throw new SignInRequiredError("Outlook's sign-in bridge is unavailable");
    return bridge;
  }

  return {
    async getToken(opts) {
      if (opts?.forceRefresh) cached = null;
      if (cached && now() < cached.renewAt) return cached.token;
      connected ??= connect().catch((error: unknown) => {
        connected = null;
        throw error;
      });
      const bridge = await connected;
      // What MSAL's acquireTokenSilent sends for the host's signed-in account (the host picks the
      // account and authority), minus MSAL's optional id-token claims request.
      const response = await send(bridge, "GetToken", {
        tokenParams: {
          clientId: options.clientId,
          scope: options.scopes.join(" "),
          correlationId: requestId(),
          authenticationScheme: "Bearer",
          extraParameters: {},
          ...(opts?.forceRefresh ? { forceRefresh: true } : {}),
        },
      });
      const token = response.token?.access_token;
      if (typeof token !== "string" || token === "") throw new SignInRequiredError("Outlook's sign-in bridge answered without a token");
      const lifetimeMs = typeof response.token?.expires_in === "number" ? response.token.expires_in * 1000 : 5 * 60_000 + EARLY_MS;
      cached = { token, renewAt: now() + lifetimeMs - EARLY_MS };
      return token;
    },
  };
}
