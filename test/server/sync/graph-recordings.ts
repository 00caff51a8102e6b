// Recorded Graph answers of this folder, and a fetch that notes every request's headers and body on
// its way to the local recorded-Graph server (which itself sees only method, URL and authorization).
import { readFileSync } from "node:fs";
import type { Recorded } from "../graph/recorded-graph";

export function recordedIn(dir: URL, name: string): Recorded {
  return JSON.parse(readFileSync(new URL(`./recorded/${name}.json`, dir), "utf8")) as Recorded;
}

export interface SentWrite {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export function capturingFetch(): { fetch: typeof fetch; sent: SentWrite[] } {
  const sent: SentWrite[] = [];
  const capture: typeof fetch = async (input, init) => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : null;
    sent.push({ method: init?.method ?? "GET", url: decodeURIComponent(String(input)), headers, body });
    return globalThis.fetch(input, init);
  };
  return { fetch: capture, sent };
}
