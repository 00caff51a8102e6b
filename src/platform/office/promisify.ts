// Office.js reports through callbacks with an AsyncResult; this is the one place that turns them into
// promises, so a failure always becomes a rejection (never a throw inside a callback nobody catches).

/** An Office.js failure, keeping Office's error name (e.g. "DataExceedsMaximumSize") and code. */
export class OfficeError extends Error {
  readonly code: number | undefined;
  constructor(name: string, message: string, code?: number) {
    super(message || name);
    this.name = name || "OfficeError";
    this.code = code;
  }
}

// At runtime Office.AsyncResultStatus is a string enum ("succeeded"/"failed"), although the typings
// declare it numeric; accept both so this works without the global `Office` (tests, mocks).
function failed(result: Office.AsyncResult<unknown>): boolean {
  const status = result.status as unknown;
  return status === "failed" || status === 1;
}

export function officeAsync<T>(fn: (cb: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      fn((result) => {
        if (failed(result)) {
          const e = result.error as Office.Error | undefined;
          reject(new OfficeError(e?.name ?? "OfficeError", e?.message ?? "Office call failed", e?.code));
        } else {
          resolve(result.value);
        }
      });
    } catch (err) {
      // Some Office APIs throw synchronously (e.g. an unsupported requirement set).
      reject(err instanceof Error ? err : new OfficeError("OfficeError", String(err)));
    }
  });
}
