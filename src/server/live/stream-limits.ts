// How many live streams may be open at once on this instance: per signed-in user (tenant + object
// id), per tenant, and for the whole process (LIVE_STREAMS_PER_USER, LIVE_STREAMS_PER_TENANT,
// LIVE_STREAMS_MAX) — the tenant's share keeps one organisation's users from taking every stream. Each stream holds a
// socket, a file descriptor and a subscription; without a cap one client could open them until the
// process runs out of descriptors and no one else — not even /healthz — gets through.
import type { Principal } from "../auth/principal";
import type { LiveStreamsConfig } from "../config";

/** How long a client refused a stream waits before trying again (it polls meanwhile). */
export const STREAM_RETRY_AFTER_SEC = 10;

export type StreamSlot = { ok: true; release(): void } | { ok: false; scope: "user" | "tenant" | "server" };

export interface StreamLimits {
  /** Takes a slot for one stream of `principal`, or says which cap is full. */
  open(principal: Principal): StreamSlot;
  /** Streams open now (tests, diagnostics). */
  readonly total: number;
}

export function createStreamLimits(limits: LiveStreamsConfig): StreamLimits {
  const perUser = new Map<string, number>();
  const perTenant = new Map<string, number>();
  let total = 0;
  const down = (map: Map<string, number>, key: string) => {
    const left = (map.get(key) ?? 1) - 1;
    if (left <= 0) map.delete(key);
    else map.set(key, left);
  };
  return {
    open(principal) {
      const key = `${principal.tenantId}\u0000${principal.userId}`;
      const mine = perUser.get(key) ?? 0;
      const tenant = principal.tenantId;
      const ours = perTenant.get(tenant) ?? 0;
      if (mine >= limits.perUser) return { ok: false, scope: "user" };
      if (ours >= limits.perTenant) return { ok: false, scope: "tenant" };
      if (total >= limits.perProcess) return { ok: false, scope: "server" };
      perUser.set(key, mine + 1);
      perTenant.set(tenant, ours + 1);
      total += 1;
      let released = false;
      return {
        ok: true,
        release() {
          if (released) return;
          released = true;
          total -= 1;
          down(perUser, key);
          down(perTenant, tenant);
        },
      };
    },
    get total() {
      return total;
    },
  };
}
