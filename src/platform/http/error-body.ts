// Turns a non-2xx response into the ApiError the UI handles: code, message, field and current from
// the server's error body (ApiErrorBody) when it has one, otherwise from the status (e.g. a proxy's
// HTML 502). Read tolerantly: a code this client doesn't know yet still keeps the server's message.
import { ApiError } from "../ports";
import { codeForStatus } from "./error-codes";

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let text = "";
  try {
    text = await response.text();
  } catch {
    // The body broke off; the status alone still says what happened.
  }
  let error: Record<string, unknown> | undefined;
  try {
    const json: unknown = text ? JSON.parse(text) : undefined;
    const inner = (json as { error?: unknown } | undefined)?.error;
    if (inner && typeof inner === "object") error = inner as Record<string, unknown>;
  } catch {
    error = undefined;
  }
  const reason = response.statusText ? ` ${response.statusText}` : "";
  return new ApiError(
    response.status,
    str(error?.code) ?? codeForStatus(response.status),
    str(error?.message) ?? `The server answered ${response.status}${reason}`,
    str(error?.field),
    error?.current,
    str((error?.organizer as { name?: unknown } | undefined)?.name),
  );
}
