// One HTTP call to our API, made safe to retry: bearer token (refreshed once on 401), a timeout,
// retries with backoff on network errors and 408/429/502/503/504 (Retry-After honoured), and one
// Idempotency-Key per write that every retry repeats, so the server applies the write at most once.
import { ApiError, type Auth } from "../ports";
import { backoffDelay, retryAfterMs, sleep } from "./backoff";
import { apiErrorFrom } from "./error-body";
import { NETWORK_MESSAGE } from "./error-codes";

export interface RequesterOptions {
  baseUrl: string;
  auth: Auth;
  fetch?: typeof fetch;
  /** Calls in flight (including their retries), for a progress indicator. */
  onProgress?: (inFlight: number) => void;
  /** attempts counts the first try too. */
  retry?: { attempts: number; baseDelayMs: number };
  timeoutMs?: number;
  random?: () => number;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestSpec<T> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The caller's key for this write (an offline queue keeps it across reloads); a new one otherwise. */
  idempotencyKey?: string;
  /** Reads a 2xx response. Throw ApiError for a bad answer; any other error counts as a network drop. */
  read: (response: Response) => Promise<T>;
}

export type Requester = <T>(spec: RequestSpec<T>) => Promise<T>;

const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);
const networkError = (cause: unknown) => withCause(new ApiError(0, "network", NETWORK_MESSAGE), cause);

function withCause<E extends Error>(error: E, cause: unknown): E {
  Object.defineProperty(error, "cause", { value: cause, enumerable: false, configurable: true });
  return error;
}

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const qs = params.toString();
  return `${baseUrl.replace(/\/+$/, "")}${path}${qs ? `?${qs}` : ""}`;
}

/** A UUID v4. randomUUID exists only in secure contexts (https, localhost); getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === "function") return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createRequester(options: RequesterOptions): Requester {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { attempts, baseDelayMs } = options.retry ?? { attempts: 4, baseDelayMs: 400 };
  const timeoutMs = options.timeoutMs ?? 30_000;
  let inFlight = 0;
  const progress = (delta: number) => {
    inFlight += delta;
    options.onProgress?.(inFlight);
  };

  async function token(forceRefresh: boolean): Promise<string> {
    try {
      return await options.auth.getToken(forceRefresh ? { forceRefresh: true } : undefined);
    } catch (err) {
      if (err instanceof ApiError) throw err;
      throw withCause(new ApiError(401, "unauthorized", err instanceof Error ? err.message : "Sign-in required"), err);
    }
  }

  return async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const url = buildUrl(options.baseUrl, spec.path, spec.query);
    const headers: Record<string, string> = { accept: "application/json", ...spec.headers };
    if (spec.method !== "GET") headers["idempotency-key"] = spec.idempotencyKey ?? newIdempotencyKey();
    if (spec.body !== undefined) headers["content-type"] = "application/json";
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);

    progress(+1);
    try {
      let refreshed = false;
      for (let attempt = 1; ; attempt++) {
        const last = attempt >= attempts;
        let wait: number | null = null;
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new Error("timeout")), timeoutMs);
        try {
          const bearer = await token(refreshed);
          const response = await doFetch(url, {
            method: spec.method,
            headers: { ...headers, authorization: `Bearer ${bearer}` },
            body,
            signal: controller.signal,
          });
          if (response.ok) return await spec.read(response);
          if (response.status === 401 && !refreshed) {
            // An expired or revoked token: one fresh token, one more try, not counted as a retry.
            refreshed = true;
            attempt--;
            void response.body?.cancel().catch(() => undefined);
            continue;
          }
          if (RETRYABLE_STATUS.has(response.status) && !last) {
            wait = retryAfterMs(response.headers.get("retry-after"));
            void response.body?.cancel().catch(() => undefined);
          } else {
            const error = await apiErrorFrom(response);
            // Our earlier try of this very write is still running on the server (e.g. it timed out
            // here): asking again with the same key soon gets its result. Keys are never reused
            // for a different request, so no other 409 names this field.
            if (last || !(error.status === 409 && error.field === "Idempotency-Key")) throw error;
            wait = retryAfterMs(response.headers.get("retry-after"));
          }
        } catch (err) {
          if (err instanceof ApiError && !err.isNetwork) throw err;
          if (last) throw err instanceof ApiError ? err : networkError(err);
        } finally {
          clearTimeout(timer);
        }
        await sleep(Math.min(wait ?? backoffDelay(attempt, { baseDelayMs }, options.random), 60_000));
      }
    } finally {
      progress(-1);
    }
  };
}
