// 5xx found by the route fuzzer (route-fuzz.test.ts), each kept as a fixed example.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from "../../src/server/http/json-depth";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { auth } from "./security-fixtures";

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await buildTestApp();
  token = await t.tokenFor("aiko@contoso.example");
});
afterAll(async () => t?.close());

describe("fuzz findings", () => {
  // Found with FUZZ_SEED=572464910: JSON.parse accepts 20,000 nested arrays, but the idempotency
  // fingerprint's JSON.stringify then overflowed the stack → 500.
  it("a deeply nested body with an Idempotency-Key is a 400, not a 500", async () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    const deepObject = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
    for (const payload of [deep, deepObject]) {
      for (const url of ["/api/objectives", "/api/agendas", "/api/agendas/x/contributions"]) {
        const res = await t.app.inject({
          method: "POST",
          url,
          headers: { ...auth(token), "content-type": "application/json", "idempotency-key": "k-1" },
          payload,
        });
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(400);
        expect(res.json()).toMatchObject({ error: { code: "bad_request", field: "body" } });
      }
    }
  });

  it("ordinary nesting still passes, and brackets inside strings do not count", async () => {
    expect(jsonNestsDeeperThan(`{"a":[{"b":[1]}]}`, 4)).toBe(false);
    expect(jsonNestsDeeperThan(`{"a":[{"b":[[1]]}]}`, 4)).toBe(true);
    expect(jsonNestsDeeperThan(JSON.stringify({ t: "[".repeat(1000), u: "\\\"[[[[" }), 2)).toBe(false);
    const nested = JSON.stringify({ objectiveTitle: "[[[[{{{{", attendees: [{ email: "a@contoso.example", name: "]]]" }] });
    const res = await t.app.inject({ method: "POST", url: "/api/agendas", headers: auth(token), payload: JSON.parse(nested) as object });
    expect(res.statusCode, res.body).toBe(201);
    expect(MAX_JSON_DEPTH).toBeGreaterThanOrEqual(8);
  });
});
