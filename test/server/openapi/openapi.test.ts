import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_OPERATIONS } from "../../../src/server/openapi/openapi-operations";
import { registeredRoutes, toOpenApiPath } from "../../../src/server/openapi/route-registry";
import { buildTestApp, type TestApp } from "../api-helper";

let t: TestApp;
let doc: {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters: { name: string; in: string; required: boolean }[]; requestBody?: unknown; security?: unknown[] }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
};

beforeAll(async () => {
  t = await buildTestApp();
  const res = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
  expect(res.statusCode).toBe(200);
  doc = res.json();
});
afterAll(async () => {
  await t.close();
});

// DESIGN.md §4 — the stable route contract (the coach endpoint is not served yet).
const DESIGN_ROUTES = [
  "GET /healthz",
  "GET /api/openapi.json",
  "POST /api/dev/token",
  "GET /api/me",
  "GET /api/objectives",
  "POST /api/objectives",
  "GET /api/departments",
  "POST /api/departments",
  "PUT /api/departments/{id}",
  "POST /api/directory/resolve",
  "POST /api/agendas",
  "GET /api/agendas/{id}",
  "PATCH /api/agendas/{id}",
  "GET /api/agendas",
  "GET /api/agendas/{id}/render",
  "GET /api/agendas/{id}/events",
  "POST /api/agendas/{id}/contributions",
  "PATCH /api/contributions/{id}",
  "DELETE /api/contributions/{id}",
  "POST /api/agendas/{id}/commitments",
  "PATCH /api/commitments/{id}",
  "GET /api/commitments",
  "GET /api/commitments/export.csv",
];

const documented = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));

describe("GET /api/openapi.json", () => {
  it("is public OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("documents every /api route the server registered, and nothing it does not serve", () => {
    const served = registeredRoutes(t.app)
      // "/api/*" only turns unknown API paths into 404s.
      .filter((r) => (r.url.startsWith("/api/") && r.url !== "/api/*") || r.url === "/healthz")
      .map((r) => `${r.method} ${toOpenApiPath(r.url)}`);
    expect(served.length).toBeGreaterThan(15);
    expect(new Set(documented())).toEqual(new Set(served));
  });

  it("covers every route of DESIGN.md §4", () => {
    expect(documented()).toEqual(expect.arrayContaining(DESIGN_ROUTES));
  });

  it("describes request bodies, responses and errors from the contract schemas", () => {
    const create = doc.paths["/api/agendas"]?.post;
    expect(create?.requestBody).toEqual({ required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/AgendaCreate" } } } });
    expect(Object.keys(create?.responses ?? {})).toEqual(expect.arrayContaining(["201", "400", "401", "409", "413"]));
    const patch = doc.paths["/api/agendas/{id}"]?.patch;
    expect(Object.keys(patch?.responses ?? {})).toEqual(expect.arrayContaining(["412", "428", "403", "404"]));
    expect(patch?.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: "If-Match", in: "header", required: true })]));
    const list = doc.paths["/api/agendas"]?.get;
    expect(list?.parameters.map((p) => p.name)).toEqual(["teamsThreadId", "joinUrl", "from", "to"]);
    expect(doc.paths["/healthz"]?.get?.security).toEqual([]);
    const agenda = doc.components.schemas.Agenda;
    expect(agenda?.required).toEqual(expect.arrayContaining(["id", "objectiveTitle", "version", "revision"]));
    expect(agenda?.properties?.organizerEmail).toMatchObject({ type: "string", format: "email" });
    expect(doc.components.schemas.AgendaView?.properties?.agenda).toEqual({ $ref: "#/components/schemas/Agenda" });
    // Every $ref points at something that exists.
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/(schemas|responses)\/[A-Za-z0-9]+"/g) ?? [];
    for (const ref of refs) {
      const [, kind, name] = /#\/components\/(\w+)\/(\w+)/.exec(ref)!;
      expect((doc.components as Record<string, Record<string, unknown>>)[kind!]?.[name!], ref).toBeDefined();
    }
  });

  it("has one operation entry per table row with a unique operationId", () => {
    const ids = API_OPERATIONS.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("GET /api/openapi.json in Entra mode", () => {
  it("leaves out the local-only dev token endpoint", async () => {
    const entra = await buildTestApp({ env: { AUTH_MODE: "entra", ENTRA_CLIENT_ID: "11111111-2222-3333-4444-555555555555" } });
    try {
      const res = await entra.app.inject({ method: "GET", url: "/api/openapi.json" });
      expect(res.statusCode).toBe(200);
      const paths = Object.keys(res.json().paths as object);
      expect(paths).not.toContain("/api/dev/token");
      expect(paths).toContain("/api/agendas/{id}/events");
    } finally {
      await entra.close();
    }
  });
});
