import { describe, expect, it, vi } from "vitest";
import { createNaaBridgeAuth, hasNaaBridge } from "../../../src/platform/auth/naa-bridge-auth";
import { SignInRequiredError } from "../../../src/platform/ports";
import { fakeNaaBridge } from "./fake-naa-bridge";

const options = { clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", scopes: ["api://h/id/access_as_user"] };

describe("createNaaBridgeAuth (the events runtime's silent NAA)", () => {
  it("connects once (GetInitContext), then asks GetToken and reuses the token until shortly before it expires", async () => {
    const fake = fakeNaaBridge();
    fake.answers.push({ token: "t1", expiresIn: 3600 }, { token: "t2", expiresIn: 3600 });
    let now = 1_000_000;
    const auth = createNaaBridgeAuth({ ...options, scope: { nestedAppAuthBridge: fake.bridge }, now: () => now });
    expect(await auth.getToken()).toBe("t1");
    expect(await auth.getToken()).toBe("t1");
    now += 3600_000 - 59_000; // inside the last minute: renewed
    expect(await auth.getToken()).toBe("t2");
    expect(fake.requests.map((r) => r.method)).toEqual(["GetInitContext", "GetToken", "GetToken"]);
    expect(fake.requests[1]?.tokenParams).toMatchObject({ clientId: options.clientId, scope: "api://h/id/access_as_user", authenticationScheme: "Bearer" });
  });

  it("forceRefresh skips the cached token and asks the host to refresh", async () => {
    const fake = fakeNaaBridge();
    fake.answers.push({ token: "a" }, { token: "b" });
    const auth = createNaaBridgeAuth({ ...options, scope: { nestedAppAuthBridge: fake.bridge } });
    await auth.getToken();
    expect(await auth.getToken({ forceRefresh: true })).toBe("b");
    expect(fake.requests[2]?.tokenParams?.forceRefresh).toBe(true);
  });

  it("a refusal of the host (consent or sign-in needed) is SignInRequiredError — never a prompt", async () => {
    const fake = fakeNaaBridge();
    fake.answers.push({ fail: "USER_INTERACTION_REQUIRED" });
    const auth = createNaaBridgeAuth({ ...options, scope: { nestedAppAuthBridge: fake.bridge } });
    const error = await auth.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect((error as Error).message).toMatch(/USER_INTERACTION_REQUIRED/);
    expect(fake.requests.some((r) => r.method === "GetTokenPopup")).toBe(false);
  });

  it("gives up on a bridge that never answers, and on a runtime without a bridge", async () => {
    const fake = fakeNaaBridge();
    fake.answers.push("silence");
    const silent = createNaaBridgeAuth({ ...options, scope: { nestedAppAuthBridge: fake.bridge }, timeoutMs: 20 });
    await expect(silent.getToken()).rejects.toThrow(/did not answer/);
    const none = createNaaBridgeAuth({ ...options, scope: {} });
    await expect(none.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
  });

  it("lets the host inject the bridge lazily (__initializeNestedAppAuth), also under window", async () => {
    const fake = fakeNaaBridge();
    fake.answers.push({ token: "lazy" });
    const scope: { nestedAppAuthBridge?: typeof fake.bridge; __initializeNestedAppAuth?: () => void } = {};
    scope.__initializeNestedAppAuth = vi.fn(() => {
      scope.nestedAppAuthBridge = fake.bridge;
    });
    expect(hasNaaBridge({ window: scope })).toBe(true);
    expect(hasNaaBridge({})).toBe(false);
    const auth = createNaaBridgeAuth({ ...options, scope: { window: scope } });
    expect(await auth.getToken()).toBe("lazy");
    expect(scope.__initializeNestedAppAuth).toHaveBeenCalledTimes(1);
  });

  it("connects again after a failed connection", async () => {
    const fake = fakeNaaBridge();
    const scope: { nestedAppAuthBridge?: typeof fake.bridge } = {};
    const auth = createNaaBridgeAuth({ ...options, scope });
    await expect(auth.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    scope.nestedAppAuthBridge = fake.bridge;
    fake.answers.push({ token: "later" });
    expect(await auth.getToken()).toBe("later");
  });
});
