// Writes to Microsoft Graph (POST/PATCH) with the same throttling rules as graph-client.ts's reads:
// 429 honours Retry-After (bounded). Only 429 is retried for POST — Graph did not process a throttled
// request — because a POST retried after a 503/504 may have been applied and would duplicate.
import { retryAfterMs } from "./graph-client";
import { GraphError, graphErrorFrom } from "./graph-error";

export interface GraphWriterOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Attempts per request, including the first. */
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited for: the request fails as throttled. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphWrite {
  method: "POST" | "PATCH";
  path: string;
  token: string;
  body: unknown;
  headers?: Record<string, string>;
}

export interface GraphWriteResult<T> {
  status: number;
  /** The JSON body; null for 202/204. */
  body: T | null;
}

export type GraphWriter = <T>(write: GraphWrite) => Promise<GraphWriteResult<T>>;

export function createGraphWriter(options: GraphWriterOptions): GraphWriter {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxAttempts = options.maxAttempts ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseUrl.replace(/\/+$/, "");

  return async <T>({ method, path, token, body, headers = {} }: GraphWrite): Promise<GraphWriteResult<T>> => {
    const url = `${base}/${path.replace(/^\/+/, "")}`;
    const what = `${method} ${new URL(url).pathname}`;
    const retryable = method === "POST" ? new Set([429]) : new Set([429, 503, 504]);
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          headers: { authorization: `Bearer ${token}`, accept: "application/json", "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        });
      } catch (cause) {
        // A POST that never got an answer may have been applied: not retried (see above).
        throw new GraphError(0, "network", `Microsoft Graph could not be reached (${what})`, { cause });
      }
      if (retryable.has(response.status) && attempt < maxAttempts) {
        const wait = retryAfterMs(response.headers.get("retry-after")) ?? Math.min(8_000, 500 * 2 ** (attempt - 1));
        if (wait <= maxRetryAfterMs) {
          await response.body?.cancel();
          await sleep(wait);
          continue;
        }
      }
      const text = await response.text().catch(() => "");
      const json: unknown = text === "" ? null : safeJson(text);
      if (response.status === 429) {
        const seconds = retryAfterMs(response.headers.get("retry-after"));
        throw Object.assign(new GraphError(429, "throttled", `Microsoft Graph is throttling requests (${what}); try again later`), {
          retryAfterSec: seconds === null ? null : Math.ceil(seconds / 1000),
        });
      }
      if (!response.ok) throw graphErrorFrom(response.status, json, what);
      return { status: response.status, body: json as T | null };
    }
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Seconds to wait, when Graph's last answer was a 429 that said so. */
export const retryAfterSecOf = (error: GraphError): number | null =>
  (error as GraphError & { retryAfterSec?: number | null }).retryAfterSec ?? null;
