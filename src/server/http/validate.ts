import type { z } from "zod";
import { HttpError } from "./http-error";

/**
 * Parses request input with a contract schema; a failure is a 400 naming the first bad field.
 * Text containing a NUL character is refused first, whatever the schema says: PostgreSQL can't
 * store it in text (a 500 otherwise), and SQLite and CSV readers cut the text short at it.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: "body" | "query" | "params"): z.output<S> {
  const nul = pathOfNul(value);
  if (nul !== undefined) {
    const field = nul === "" ? where : nul;
    throw new HttpError("bad_request", `Invalid ${where}: ${field} — contains a NUL character (\\u0000), which text may not hold`, {
      field,
      issues: [{ path: field, message: "contains a NUL character" }],
    });
  }
  const result = schema.safeParse(value ?? (where === "body" ? undefined : {}));
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => {
    // An unknown field has an empty path: name the field itself so the client knows what to drop.
    const keys = i.code === "unrecognized_keys" ? i.keys : [];
    return { path: [...i.path, ...keys.slice(0, 1)].map(String).join("."), message: i.message };
  });
  const first = issues[0];
  const field = first?.path || where;
  const message =
    value === undefined && where === "body"
      ? "A JSON request body is required"
      : `Invalid ${where}: ${field} — ${first?.message ?? "invalid"}`;
  throw new HttpError("bad_request", message, { field, issues });
}

/** The dotted path of the first string (or key) holding U+0000, "" for the value itself; undefined if none. */
export function pathOfNul(value: unknown, path = "", depth = 0): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  // JSON bodies nest at most 32 levels (json-depth.ts); deeper is not ours to walk.
  if (value === null || typeof value !== "object" || depth > 64) return undefined;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, child] of entries) {
    const at = path === "" ? key : `${path}.${key}`;
    if (key.includes("\u0000")) return at;
    const found = pathOfNul(child, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
