// Shared by the HTTP client and the fake: what an error looks like when the body does not say.
import type { ApiErrorBody } from "../../core/api/contract";

export type ApiErrorCode = ApiErrorBody["error"]["code"] | "network";

const BY_STATUS: Record<number, ApiErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  412: "precondition_failed",
  413: "payload_too_large",
  428: "precondition_required",
  429: "rate_limited",
};

export function codeForStatus(status: number): ApiErrorCode {
  if (status === 0) return "network";
  return BY_STATUS[status] ?? (status >= 400 && status < 500 ? "bad_request" : "internal");
}

export const NETWORK_MESSAGE =
  "Can't reach the server — check your connection; nothing was lost, it will retry";
