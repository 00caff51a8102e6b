// The verified-token cache: a hit needs the very same token string, lasts until the token's exp at
// the latest, and a failure is never remembered. Plus the real authenticator: a token that passed
// once is still refused after it expires.
import { base64url } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import type { Principal } from "../../../src/server/auth/principal";
import { cacheVerifiedTokens } from "../../../src/server/auth/token-cache";
import { AuthError } from "../../../src/server/auth/token-verifier";
import { loadConfig } from "../../../src/server/config";

const T0 = 1_800_000_000_000;

/** A JWT-shaped string (the cache only reads exp; the wrapped verifier decides validity). */
const token = (exp: number | undefined, marker = "x") =>
  `${base64url.encode(JSON.stringify({ alg: "RS256" }))}.${base64url.encode(JSON.stringify({ exp, m: marker }))}.sig`;

const principal = (userId: string): Principal => ({ tenantId: "t", userId, email: `${userId}@x.example`, name: userId, roles: ["r"], isPmo: false });

function fakeVerifier(valid: (token: string) => boolean = () => true) {
  const calls: string[] = [];
  const verify = async (t: string) => {
    calls.push(t);
    if (!valid(t)) throw new AuthError("bad token");
    return principal(`u${calls.length}`);
  };
  return { calls, verify };
}

describe("cacheVerifiedTokens", () => {
  it("verifies a token once and answers its repeats from the cache, until exp", async () => {
    let now = T0;
    const { calls, verify } = fakeVerifier();
    const cached = cacheVerifiedTokens(verify, { now: () => now, maxAgeMs: 3_600_000 });
    const tok = token(T0 / 1000 + 60);
    const first = await cached(tok);
    expect(await cached(tok)).toEqual(first);
    expect(calls).toHaveLength(1);
    now = T0 + 59_999;
    await cached(tok);
    expect(calls).toHaveLength(1);
    now = T0 + 60_000; // at exp: checked again
    await cached(tok);
    expect(calls).toHaveLength(2);
  });

  it("keys by the whole token: any other string is verified on its own", async () => {
    const { calls, verify } = fakeVerifier((t) => !t.endsWith("X"));
    const cached = cacheVerifiedTokens(verify, { now: () => T0 });
    const tok = token(T0 / 1000 + 600);
    await cached(tok);
    await expect(cached(`${tok}X`)).rejects.toBeInstanceOf(AuthError);
    await cached(token(T0 / 1000 + 600, "other"));
    expect(calls).toEqual([tok, `${tok}X`, token(T0 / 1000 + 600, "other")]);
  });

  it("never remembers a failure", async () => {
    let ok = false;
    const { calls, verify } = fakeVerifier(() => ok);
    const cached = cacheVerifiedTokens(verify, { now: () => T0 });
    const tok = token(T0 / 1000 + 600);
    await expect(cached(tok)).rejects.toThrow("bad token");
    await expect(cached(tok)).rejects.toThrow("bad token");
    ok = true;
    await cached(tok);
    expect(calls).toHaveLength(3);
  });

  it("does not remember a token without exp, or already expired, and bounds the age and the size", async () => {
    let now = T0;
    const { calls, verify } = fakeVerifier();
    const cached = cacheVerifiedTokens(verify, { now: () => now, maxAgeMs: 1000, maxEntries: 2 });
    const noExp = token(undefined);
    await cached(noExp);
    await cached(noExp);
    expect(calls).toHaveLength(2);
    const past = token(T0 / 1000 - 1);
    await cached(past);
    await cached(past);
    expect(calls).toHaveLength(4);

    const long = token(T0 / 1000 + 3600);
    await cached(long);
    now = T0 + 999;
    await cached(long);
    expect(calls).toHaveLength(5);
    now = T0 + 1000; // maxAge reached although exp is far
    await cached(long);
    expect(calls).toHaveLength(6);

    const [a, b, c] = ["a", "b", "c"].map((m) => token(T0 / 1000 + 3600, m)) as [string, string, string];
    await cached(a);
    await cached(b);
    await cached(a); // a most recent
    await cached(c); // evicts b (and long, older still)
    const before = calls.length;
    await cached(a);
    await cached(c);
    expect(calls.length).toBe(before);
    await cached(b);
    expect(calls.length).toBe(before + 1);
  });

  it("hands each caller its own principal", async () => {
    const { verify } = fakeVerifier();
    const cached = cacheVerifiedTokens(verify, { now: () => T0 });
    const tok = token(T0 / 1000 + 600);
    const first = await cached(tok);
    first.roles.push("PMO");
    first.isPmo = true;
    const second = await cached(tok);
    expect(second.roles).toEqual(["r"]);
    expect(second.isPmo).toBe(false);
  });
});

describe("the authenticator's cache", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("refuses a token that passed before once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
    const authenticator = await createAuthenticator(loadConfig({ NODE_ENV: "test", PORT: "3999" }), { inMemoryKeys: true });
    const tok = await authenticator.local!.issue({ email: "aiko@contoso.example", tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47" }, 120);
    const header = `Bearer ${tok}`;
    expect((await authenticator.verifyAuthorization(header)).email).toBe("aiko@contoso.example");
    expect((await authenticator.verifyAuthorization(header)).email).toBe("aiko@contoso.example");
    // Past exp and the verifier's 60 s clock tolerance.
    vi.setSystemTime(T0 + 120_000 + 61_000);
    await expect(authenticator.verifyAuthorization(header)).rejects.toThrow(/expired/);
    // A tampered copy of a cached token is checked in full.
    vi.setSystemTime(T0);
    const [h, p, s] = tok.split(".") as [string, string, string];
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p))) as Record<string, unknown>;
    const tampered = `${h}.${base64url.encode(JSON.stringify({ ...claims, roles: ["PMO"] }))}.${s}`;
    await expect(authenticator.verifyAuthorization(`Bearer ${tampered}`)).rejects.toBeInstanceOf(AuthError);
  });
});
