// The HTTP status of each API error code, and back: one table for the server's responses, the
// client's parsing of bodies that do not say, and the UI's messages.
import type { ApiErrorBody } from "./error-contract";

export type ErrorCode = ApiErrorBody["error"]["code"];

export const STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  tenant_not_enabled: 403,
};

// A status's own code is the first one listed for it (403 → forbidden, not tenant_not_enabled). A 503
// that doesn't say "unavailable" (a proxy, a server shutting down) is no storage trouble: it reads as
// a server problem, like any other 5xx.
const CODE_OF_STATUS = new Map<number, ErrorCode>();
for (const [code, status] of Object.entries(STATUS_OF_CODE) as [ErrorCode, number][]) {
  if (code !== "unavailable" && !CODE_OF_STATUS.has(status)) CODE_OF_STATUS.set(status, code);
}

/** The code for a status: its own, else bad_request for other 4xx and internal for the rest. */
export function errorCodeForStatus(status: number): ErrorCode {
  return CODE_OF_STATUS.get(status) ?? (status >= 400 && status < 500 ? "bad_request" : "internal");
}
