// Property-based fuzzing of every route in the route table (fast-check): arbitrary path ids (real
// ones among them, so the deep code runs too), query strings, JSON bodies (odd types, deep nesting,
// huge and unicode strings, __proto__ / constructor keys, broken JSON), and garbage If-Match and
// Idempotency-Key headers. Property: never a 5xx, the app keeps answering, no prototype pollution.
// The seed is logged; replay a failure with FUZZ_SEED=<seed> (and FUZZ_RUNS to go longer).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiOperation } from "../../src/server/openapi/openapi-operations";
import { REQUEST_SCHEMAS } from "../../src/server/openapi/openapi-operations";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { ATTENDEE, ORGANIZER, PMO, apiOperations, auth, seedWorld, type World } from "./security-fixtures";

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const RUNS = Number(process.env.FUZZ_RUNS ?? 80);

let t: TestApp;
let world: World;
let tokens: string[];

const oddString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("", " ", "__proto__", "constructor", "prototype", "toString", "..", "../..", "%00", "\u0000", "null", "undefined", "NaN", "-1", "1e999", "\ud800", "😀", "<script>", "' OR 1=1 --", "${x}", "0x10", "9".repeat(40)),
  fc.constant("x".repeat(70_000)),
);

const jsonLeaf = fc.oneof(oddString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(-0));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, jsonLeaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 5 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), { maxKeys: 5 }),
})).value;

/** Raw JSON text, so "__proto__" keys reach the server as sent (JSON.stringify would drop them). */
function bodyText(op: ApiOperation): fc.Arbitrary<string | undefined> {
  const fields = op.body ? Object.keys((REQUEST_SCHEMAS[op.body] as unknown as { shape?: object }).shape ?? {}) : [];
  const nearlyValid = fc
    .dictionary(fields.length > 0 ? fc.constantFrom(...fields) : fc.string({ maxLength: 8 }), jsonValue, { maxKeys: Math.max(1, fields.length) })
    .map((o) => JSON.stringify(o));
  const polluted = fc.constantFrom(
    '{"__proto__":{"polluted":"yes"},"title":"x"}',
    '{"constructor":{"prototype":{"polluted":"yes"}},"text":"x"}',
    '{"emails":["a@b.c"],"__proto__":{"isPmo":true}}',
    '{"title":"a","title":"b"}',
  );
  const broken = fc.constantFrom("{", "[", '{"a":}', "nul", "\u0000", '"just a string"', "123", "[]", "true", `${"[".repeat(20_000)}${"]".repeat(20_000)}`, `{"a":${"{\"a\":".repeat(3_000)}1${"}".repeat(3_001)}`);
  return fc.oneof(fc.constant(undefined), jsonValue.map((v) => JSON.stringify(v)), nearlyValid, polluted, broken);
}

const headerValue = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
  fc.constantFrom('"1"', '"999999999999999999999"', "W/\"1\"", "*", '"-1"', '"1.5"', '""', "1", '"1", "2"', '"0"', "x".repeat(500), '"NaN"'),
);

/** Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD, as a browser would send them). */
function encodePathSegment(id: string): string {
  return [...Buffer.from(id, "utf8")].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
}

function pathArb(op: ApiOperation): fc.Arbitrary<string> {
  if (!/:[A-Za-z]/.test(op.path)) return fc.constant(op.path);
  const real = [...world.a.ids, ...world.b.ids];
  // Raw (not encoded) sometimes, so malformed escapes such as "%E0%A4%A" or "%zz" reach the router.
  const rawOnly = fc.constantFrom("%E0%A4%A", "%zz", "%", "%00", "%2e%2e", "..%2f..%2fetc", "a%0d%0aX-Injected:1", "%C0%AF", "%FF%FE");
  return fc
    .oneof(
      fc.constantFrom(...real).map(encodePathSegment),
      oddString.map(encodePathSegment),
      fc.string({ minLength: 1, maxLength: 300 }).map(encodePathSegment),
      rawOnly,
    )
    .map((segment) => op.path.replace(/:([A-Za-z]+)/g, () => (segment === "" ? "x" : segment)));
}

function queryArb(op: ApiOperation): fc.Arbitrary<Record<string, string | string[]>> {
  const keys = [...(op.query ? Object.keys(op.query.shape) : []), "__proto__", "constructor", "format", "cursor", "limit"];
  const value = fc.oneof(oddString.map((s) => s.slice(0, 3000)), fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }), fc.constantFrom("true", "false", "2026-02-30", "2026-12-01", "2026-12-01T00:00:00Z", "-5", "201", "0", world.a.agenda.id));
  return fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 });
}

interface FuzzCase {
  url: string;
  query: Record<string, string | string[]>;
  body: string | undefined;
  contentType: string;
  ifMatch: string | undefined;
  idempotencyKey: string | undefined;
  token: string;
}

function caseArb(op: ApiOperation): fc.Arbitrary<FuzzCase> {
  return fc.record({
    url: pathArb(op),
    query: queryArb(op),
    body: op.bodyContentType === "text/csv" ? fc.option(fc.string({ maxLength: 400 }), { nil: undefined }) : bodyText(op),
    contentType: fc.constantFrom(op.bodyContentType ?? "application/json", "application/json", "application/json; charset=utf-16", "text/plain", "text/csv", "application/x-www-form-urlencoded"),
    ifMatch: fc.option(headerValue, { nil: undefined }),
    idempotencyKey: fc.option(headerValue, { nil: undefined }),
    token: fc.constantFrom(...tokens),
  });
}

beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
  world = await seedWorld(t);
  tokens = [await t.tokenFor(ORGANIZER), await t.tokenFor(ATTENDEE), await t.tokenFor(PMO, { roles: ["PMO"] })];
  console.info(`route fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
});

afterAll(async () => t?.close());

describe("fuzzing every route (fast-check)", () => {
  it("no route answers 5xx or crashes, whatever it is sent", async () => {
    const ops = apiOperations();
    const seen: string[] = [];
    let requests = 0;
    for (const [index, op] of ops.entries()) {
      const result = await fc.check(
        fc.asyncProperty(caseArb(op), async (c) => {
          const res = await t.app.inject({
            method: op.method.toUpperCase() as "GET",
            url: c.url,
            query: c.query,
            headers: {
              ...auth(c.token),
              ...(c.body !== undefined ? { "content-type": c.contentType } : {}),
              ...(c.ifMatch !== undefined ? { "if-match": c.ifMatch } : {}),
              ...(c.idempotencyKey !== undefined ? { "idempotency-key": c.idempotencyKey } : {}),
            },
            ...(c.body !== undefined ? { payload: c.body } : {}),
            ...(op.operationId === "agendaEvents" ? { payloadAsStream: true } : {}),
          });
          if (op.operationId === "agendaEvents") res.stream().destroy();
          requests += 1;
          if (res.statusCode >= 500) throw new Error(`${op.method.toUpperCase()} ${c.url} → ${res.statusCode}`);
          if (({} as Record<string, unknown>).polluted !== undefined || ({} as Record<string, unknown>).isPmo !== undefined) {
            throw new Error(`Object.prototype was polluted by ${op.method.toUpperCase()} ${c.url}`);
          }
        }),
        { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
      );
      // A short report: the counterexample may hold a 70,000-character string.
      if (result.failed) {
        const example = JSON.stringify(result.counterexample, (_k, v: unknown) => (typeof v === "string" && v.length > 120 ? `${v.slice(0, 120)}…(${v.length})` : v));
        throw new Error(`${op.operationId} (seed ${SEED + index}): ${String(result.errorInstance)}\n${example}`);
      }
      seen.push(op.operationId);
    }
    expect(seen.length).toBe(ops.length);
    // Still alive and still right after everything it was sent.
    const health = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(health.statusCode).toBe(200);
    const view = await t.app.inject({ method: "GET", url: `/api/agendas/${world.a.agenda.id}`, headers: auth(tokens[0] ?? "") });
    expect(view.statusCode).toBe(200);
    console.info(`route fuzz: ${ops.length} routes, ${requests} requests, 0 responses 5xx`);
  }, 120_000);
});
