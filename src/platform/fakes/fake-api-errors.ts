// How the fake API rejects: the same ApiError shapes the server produces (400 with the field path of
// the first invalid field, 404, 412 with the current state), so UI code is exercised against them.
import type { z } from "zod";
import { ApiError } from "../ports";
import { codeForStatus, NETWORK_MESSAGE } from "../http/error-codes";

/** Like the server's parseInput: 400 naming the first bad field (an unknown key by its name). */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown, where: "body" | "query" = "body"): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? issue.path.map(String) : [];
  if (issue?.code === "unrecognized_keys" && issue.keys[0]) path.push(issue.keys[0]);
  const field = path.join(".") || where;
  return throwError(new ApiError(400, "bad_request", `Invalid ${where}: ${field} — ${issue?.message ?? "invalid"}`, field));
}

function throwError(error: ApiError): never {
  throw error;
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} was not found`);
export const badRequest = (message: string, field?: string) => new ApiError(400, "bad_request", message, field);
export const forbidden = (message: string) => new ApiError(403, "forbidden", message);

/** The error a simulated failure (failNext) rejects with. */
export function simulatedFailure(status: number | "network"): ApiError {
  if (status === "network") return new ApiError(0, "network", NETWORK_MESSAGE);
  return new ApiError(status, codeForStatus(status), `Simulated failure (HTTP ${status})`);
}
