// Where the page runs: inside Outlook (Office.js with a host), inside Teams (decided by teams-host's
// initialize), or a plain browser. Entries use these to pick real or fake hosts.

interface OfficeGlobal {
  context?: { host?: unknown; mailbox?: unknown };
  onReady?: (callback?: (info: { host: unknown; platform: unknown }) => void) => Promise<{ host: unknown }>;
}

function officeGlobal(scope: object): OfficeGlobal | undefined {
  return (scope as { Office?: OfficeGlobal }).Office;
}

/** True once Office.js runs inside an Office host (the Office script alone isn't enough). */
export function isInsideOffice(scope: object = globalThis): boolean {
  const office = officeGlobal(scope);
  return Boolean(office?.context?.host || office?.context?.mailbox);
}

/**
 * Waits for Office.onReady: true inside an Office host, false in a plain browser or when Office.js
 * isn't loaded. Office.onReady answers promptly outside Office, the timeout guards a blocked script.
 */
export function whenOfficeReady(timeoutMs = 3_000, scope: object = globalThis): Promise<boolean> {
  const office = officeGlobal(scope);
  if (!office?.onReady) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    office.onReady!().then(
      (info) => {
        clearTimeout(timer);
        resolve(Boolean(info?.host));
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/** Our API lives on the origin that served the page. */
export function apiBaseUrl(location: Pick<Location, "origin"> = globalThis.location): string {
  return location.origin;
}

/** A query parameter of the page URL (e.g. ?agenda=…), or null. */
export function queryParam(name: string, location: Pick<Location, "search"> = globalThis.location): string | null {
  return new URLSearchParams(location.search).get(name);
}

/** Hosts (Teams, Outlook on the web) show our pages in an iframe; a plain browser tab doesn't. */
export function isFramed(scope: { self?: unknown; top?: unknown } = globalThis as never): boolean {
  try {
    return scope.self !== scope.top;
  } catch {
    return true; // reading a cross-origin top throws: we are framed
  }
}
