import type { ApiErrorBody } from "../../core/api/error-contract";
import { STATUS_OF_CODE, type ErrorCode } from "../../core/api/error-codes";

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
    this.statusCode = STATUS_OF_CODE[code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const notFound = (what: string) => new HttpError("not_found", `${what} was not found`);
export const forbidden = (why: string) => new HttpError("forbidden", why);
export const badRequest = (message: string, field?: string) =>
  new HttpError("bad_request", message, field ? { field } : {});
