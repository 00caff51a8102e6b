import type { ApiErrorBody } from "../../core/api/contract";

type ErrorCode = ApiErrorBody["error"]["code"];

const STATUS: Record<ErrorCode, number> = {
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
};

/** An error that becomes exactly one JSON error response (see app error handler). */
export class HttpError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<ApiErrorBody["error"], "code" | "message"> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.statusCode = STATUS[code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const notFound = (what: string) => new HttpError("not_found", `${what} was not found`);
export const forbidden = (why: string) => new HttpError("forbidden", why);
export const badRequest = (message: string, field?: string) =>
  new HttpError("bad_request", message, field ? { field } : {});
