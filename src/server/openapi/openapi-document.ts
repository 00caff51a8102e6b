// Generates the OpenAPI 3.1 document from the contract's zod schemas (z.toJSONSchema), so the
// description cannot drift from what the server validates.
import { z } from "zod";
import { ApiErrorBody } from "../../core/api/error-contract";
import { Email } from "../../core/api/primitives";
import {
  API_OPERATIONS,
  REQUEST_SCHEMAS,
  RESPONSE_SCHEMAS,
  type ApiOperation,
} from "./openapi-operations";
import { toOpenApiPath } from "./route-registry";

type Json = Record<string, unknown>;

const ERROR_TEXT: Record<number, string> = {
  400: "Bad input; error.field names the first bad field",
  401: "Missing or invalid access token",
  403: "Not allowed (e.g. not an attendee of the meeting)",
  404: "Unknown — or belonging to another tenant",
  409: "Idempotency-Key reused for a different request, or still in progress",
  412: "Stale If-Match; error.current holds the current state",
  413: "Request body too large",
  428: "If-Match is required",
  429: "Too many requests from this user (or IP on public routes); Retry-After says how many seconds to wait",
  503: "The database is unavailable",
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// Email lowercases (a transform, which JSON Schema cannot express): describe it as what it accepts.
function override(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  if (ctx.zodSchema === Email) {
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    Object.assign(ctx.jsonSchema, { type: "string", format: "email", maxLength: 320 });
  }
}

function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
    override: override as never,
  }) as { schemas: Record<string, Json> };
  for (const schema of Object.values(generated)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return generated;
}

function jsonSchemaOf(schema: z.ZodType): Json {
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", override: override as never }) as Json;
  delete out.$schema;
  return out;
}

function parameters(op: ApiOperation): Json[] {
  const params: Json[] = [];
  for (const [, name] of op.path.matchAll(/:([A-Za-z0-9_]+)/g)) {
    params.push({ name, in: "path", required: true, schema: { type: "string", minLength: 1, maxLength: 64 } });
  }
  if (op.query) {
    for (const [name, field] of Object.entries(op.query.shape as Record<string, z.ZodType>)) {
      params.push({ name, in: "query", required: !field.safeParse(undefined).success, schema: jsonSchemaOf(field) });
    }
  }
  if (op.ifMatch) {
    params.push({
      name: "If-Match",
      in: "header",
      required: op.ifMatch === "required",
      description: 'The version from the ETag, e.g. "3"',
      schema: { type: "string" },
    });
  }
  if (op.idempotent) {
    params.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "Any unique string (≤ 200 characters): a retry with the same key replays the first successful response",
      schema: { type: "string", minLength: 1, maxLength: 200 },
    });
  }
  if (op.lastEventId) {
    params.push({ name: "Last-Event-ID", in: "header", required: false, description: "The last revision received", schema: { type: "string" } });
    params.push({ name: "lastEventId", in: "query", required: false, description: "Same as Last-Event-ID", schema: { type: "string" } });
  }
  return params;
}

function operationObject(op: ApiOperation): Json {
  const { success } = op;
  const contentType = success.contentType ?? "application/json";
  const single = success.schema ? (success.array ? { type: "array", items: ref(success.schema) } : ref(success.schema)) : undefined;
  // A query may choose another shape of the answer (e.g. ?return=view): both are documented.
  const schema = single && success.or ? { oneOf: [single, ref(success.or)] } : single;
  const responses: Json = {
    [success.status]: {
      description: success.description,
      ...(success.status === 204 ? {} : { content: { [contentType]: schema ? { schema } : {} } }),
    },
  };
  for (const status of op.errors) responses[status] = { $ref: `#/components/responses/Error${status}` };
  // Every /api route is rate-limited (src/server/rate-limit/): documented once here, not per route.
  if (op.path.startsWith("/api/")) responses["429"] = { $ref: "#/components/responses/Error429" };
  if (op.errors.length > 0 || op.auth) responses["500"] = { $ref: "#/components/responses/Error500" };
  return {
    operationId: op.operationId,
    summary: op.summary,
    tags: [op.tag],
    ...(op.auth ? {} : { security: [] }),
    parameters: parameters(op),
    ...(op.body
      ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } }
      : {}),
    ...(op.bodyContentType
      ? { requestBody: { required: true, content: { [op.bodyContentType]: { schema: { type: "string" } } } } }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI document. `isRegistered` drops operations this server does not serve (e.g. the dev
 * token endpoint in Entra mode), so the document describes exactly this instance.
 */
export function buildOpenApiDocument(opts: {
  serverUrl: string;
  version: string;
  isRegistered?: (method: string, path: string) => boolean;
  operations?: readonly ApiOperation[];
}): Json {
  const paths: Record<string, Json> = {};
  for (const op of opts.operations ?? API_OPERATIONS) {
    if (opts.isRegistered && !opts.isRegistered(op.method.toUpperCase(), op.path)) continue;
    const path = toOpenApiPath(op.path);
    paths[path] = { ...paths[path], [op.method]: operationObject(op) };
  }
  const errorResponses: Json = {};
  for (const [status, description] of Object.entries({ ...ERROR_TEXT, 500: "Server error (details are logged, never sent)" })) {
    errorResponses[`Error${status}`] = { description, content: { "application/json": { schema: ref("ApiErrorBody") } } };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Common Purpose API",
      version: opts.version,
      description:
        "Agendas that start from the shared objective, contributions per department, and follow-up commitments. " +
        "Every request needs Authorization: Bearer <token>; the tenant comes from the token.",
    },
    servers: [{ url: opts.serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas: {
        ...componentSchemas(REQUEST_SCHEMAS, "input"),
        ...componentSchemas({ ...RESPONSE_SCHEMAS, ApiErrorBody }, "output"),
      },
      responses: errorResponses,
    },
  };
}
