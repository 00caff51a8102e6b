import type { z } from "zod";
import { HttpError } from "./http-error";

/** Parses request input with a contract schema; a failure is a 400 naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: "body" | "query" | "params"): z.output<S> {
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
