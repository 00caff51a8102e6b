// Local auth mode only: which demo person this browser signs in as. Storage may be unavailable
// (private windows, some webviews); then the picker simply asks again next time.
const KEY = "common-purpose.local-person";

export function rememberedPerson(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

export function rememberPerson(email: string | null): void {
  try {
    if (email) globalThis.localStorage?.setItem(KEY, email);
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
