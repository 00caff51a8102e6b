// POST /api/directory/resolve from Outlook's event runtime. That runtime has no page origin to
// resolve relative URLs against, so the base URL is absolute; a slow answer is abandoned (the event
// must complete long before Outlook's ~300 s limit, and the organizer is waiting).
import type { DirectoryEntry } from "../../core/api/contract";
import type { Auth } from "../ports";

export type ResolveDepartments = (emails: readonly string[]) => Promise<DirectoryEntry[]>;

export interface EventsDirectoryOptions {
  /** Absolute origin of our API, e.g. https://purpose.contoso.com. */
  baseUrl: string;
  auth: Auth;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

function isEntry(value: unknown): value is DirectoryEntry {
  const v = value as Record<string, unknown> | null;
  return typeof v === "object" && v !== null && typeof v.email === "string" && typeof v.name === "string" && typeof v.department === "string";
}

export function createEventsDirectory(options: EventsDirectoryOptions): ResolveDepartments {
  if (!/^https?:\/\//i.test(options.baseUrl)) throw new Error(`The events runtime needs an absolute API URL, got ${JSON.stringify(options.baseUrl)}`);
  const url = `${options.baseUrl.replace(/\/+$/, "")}/api/directory/resolve`;
  const doFetch = options.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;

  return async (emails) => {
    if (emails.length === 0) return [];
    const token = await options.auth.getToken();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The directory did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const response = await Promise.race([
        doFetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ emails: emails.slice(0, 500) }),
        }),
        timeout,
      ]);
      if (!response.ok) throw new Error(`The directory answered ${response.status}`);
      const body: unknown = await Promise.race([response.json(), timeout]);
      if (!Array.isArray(body) || !body.every(isEntry)) throw new Error("The directory answered something unexpected");
      return body;
    } finally {
      clearTimeout(timer);
    }
  };
}
