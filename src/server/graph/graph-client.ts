// A small Microsoft Graph client over fetch: JSON in and out, retries on 429/503/504 honouring
// Retry-After (bounded), paging through @odata.nextLink, and Graph's error bodies as GraphError.
import { GraphError, graphErrorFrom } from "./graph-error";

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Attempts per request, including the first. */
  maxAttempts?: number;
  /** A Retry-After longer than this is not waited for: the request fails as throttled. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphClient {
  get<T>(path: string, token: string): Promise<T>;
  /** Follows @odata.nextLink up to maxPages and concatenates `value`. */
  getAll<T>(path: string, token: string, maxPages?: number): Promise<T[]>;
}

const RETRYABLE = new Set([429, 503, 504]);

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === "") return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxAttempts = options.maxAttempts ?? 4;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseUrl.replace(/\/+$/, "");
  const urlOf = (path: string) => (/^https?:\/\//.test(path) ? path : `${base}/${path.replace(/^\/+/, "")}`);

  async function get<T>(path: string, token: string): Promise<T> {
    const url = urlOf(path);
    const what = `GET ${new URL(url).pathname}`;
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await doFetch(url, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
      } catch (cause) {
        if (attempt < maxAttempts) {
          await sleep(backoffMs(attempt));
          continue;
        }
        throw new GraphError(0, "network", `Microsoft Graph could not be reached (${what})`, { cause });
      }
      if (RETRYABLE.has(response.status) && attempt < maxAttempts) {
        const wait = retryAfterMs(response.headers.get("retry-after")) ?? backoffMs(attempt);
        if (wait <= maxRetryAfterMs) {
          await response.body?.cancel();
          await sleep(wait);
          continue;
        }
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.status === 429) {
        throw new GraphError(429, "throttled", `Microsoft Graph is throttling requests (${what}); try again later`);
      }
      if (!response.ok) throw graphErrorFrom(response.status, body, what);
      return body as T;
    }
  }

  return {
    get,
    async getAll<T>(path: string, token: string, maxPages = 10) {
      const items: T[] = [];
      let next: string | undefined = path;
      for (let page = 0; next !== undefined && page < maxPages; page++) {
        const body: { value?: T[]; "@odata.nextLink"?: string } = await get(next, token);
        items.push(...(body.value ?? []));
        next = body["@odata.nextLink"];
      }
      return items;
    },
  };
}

/** 0.5 s, 1 s, 2 s … capped at 8 s, for failures without a Retry-After. */
const backoffMs = (attempt: number) => Math.min(8_000, 500 * 2 ** (attempt - 1));
