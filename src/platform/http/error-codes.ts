// Shared by the HTTP client and the fake: what an error looks like when the body does not say.
import type { ApiErrorBody } from "../../core/api/error-contract";
import { errorCodeForStatus } from "../../core/api/error-codes";

export type ApiErrorCode = ApiErrorBody["error"]["code"] | "network";

export function codeForStatus(status: number): ApiErrorCode {
  if (status === 0) return "network";
  return errorCodeForStatus(status);
}

export const NETWORK_MESSAGE =
  "Can't reach the server — check your connection; nothing was lost, it will retry";
