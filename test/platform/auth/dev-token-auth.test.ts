import { afterEach, describe, expect, it } from "vitest";
import { createDevTokenAuth } from "../../../src/platform/auth/dev-token-auth";
import { ApiError } from "../../../src/platform/ports";
import { startServer, type ScriptedServer } from "../http/fixtures";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("dev token auth (local mode)", () => {
  it("posts the user, caches the token until a minute before expiry, and shares one request", async () => {
    let issued = 0;
    server = await startServer((_req, res) => {
      issued++;
      setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ accessToken: `t${issued}`, expiresIn: 3600 })), 20);
    });
    let clock = 1_000_000;
    const auth = createDevTokenAuth({ baseUrl: server.url, email: "hanako.sato@contoso.example", name: "佐藤 花子", now: () => clock });
    const together = await Promise.all([auth.getToken(), auth.getToken(), auth.getToken()]);
    expect(together).toEqual(["t1", "t1", "t1"]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url).toBe("/api/dev/token");
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ email: "hanako.sato@contoso.example", name: "佐藤 花子" });

    clock += 3_539_000; // 59 min later: still good
    expect(await auth.getToken()).toBe("t1");
    clock += 2_000; // within the last minute: renew
    expect(await auth.getToken()).toBe("t2");
    expect(await auth.getToken({ forceRefresh: true })).toBe("t3");
    expect(server.requests).toHaveLength(3);
  });

  it("rejects with the server's error, and with a network ApiError when unreachable; then tries again", async () => {
    server = await startServer((_req, res, _body, i) =>
      i === 0
        ? res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "not_found", message: "Route not found" } }))
        : res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ accessToken: "ok", expiresIn: 600 })),
    );
    const auth = createDevTokenAuth({ baseUrl: server.url, email: "a@b.example" });
    await expect(auth.getToken()).rejects.toMatchObject({ status: 404, code: "not_found" });
    expect(await auth.getToken()).toBe("ok");

    const offline = createDevTokenAuth({ baseUrl: "http://127.0.0.1:9", email: "a@b.example" });
    const err = await offline.getToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).isNetwork).toBe(true);
  });
});
