// Multi-tenant (SaaS) deployments serve only organizations whose administrator enabled Common
// Purpose (onboarding). Runs after the auth hook: a verified caller of an unknown or disabled tenant
// gets 403 tenant_not_enabled, saying what their administrator can do. A disabled tenant's
// administrators keep /api/admin/* (status, export, deletion). Statuses are remembered briefly per
// instance; this instance forgets its own at once when it enables or disables a tenant.
import type { FastifyRequest, onRequestAsyncHookHandler } from "fastify";
import type { Db } from "../db/database";
import { HttpError } from "../http/http-error";
import { isTenantAdmin } from "./tenant-roles";
import { tenantStatus, type TenantStatus } from "./tenant-registry";

export const TENANT_STATUS_TTL_MS = 15_000;

export interface TenantGate {
  hook: onRequestAsyncHookHandler;
  /** Forget what this instance remembers of a tenant (after enabling or disabling it). */
  forget(tenantId: string): void;
}

export function tenantNotEnabled(publicUrl: string, status: TenantStatus | null): HttpError {
  const what =
    status === "disabled"
      ? "Your organization's administrator has disabled Common Purpose."
      : "Your organization's administrator has not enabled Common Purpose.";
  return new HttpError("tenant_not_enabled", `${what} An administrator can enable it at ${publicUrl}/onboarding`);
}

export function createTenantGate(db: Db, publicUrl: string, options: { ttlMs?: number; now?: () => number } = {}): TenantGate {
  const ttl = options.ttlMs ?? TENANT_STATUS_TTL_MS;
  const now = options.now ?? Date.now;
  const known = new Map<string, { status: TenantStatus | null; until: number }>();

  const statusOf = async (tenantId: string): Promise<TenantStatus | null> => {
    const hit = known.get(tenantId);
    if (hit && hit.until > now()) return hit.status;
    const status = await tenantStatus(db, tenantId);
    if (known.size > 10_000) known.clear();
    known.set(tenantId, { status, until: now() + ttl });
    return status;
  };

  return {
    forget: (tenantId) => void known.delete(tenantId),
    async hook(request: FastifyRequest) {
      // Only verified callers: the auth hook has run and set a principal on every protected route.
      const principal = (request as Partial<FastifyRequest>).principal;
      if (!principal) return;
      const status = await statusOf(principal.tenantId);
      if (status === "enabled") return;
      const route = request.routeOptions.url ?? "";
      if (status === "disabled" && route.startsWith("/api/admin/") && isTenantAdmin(principal)) return;
      throw tenantNotEnabled(publicUrl, status);
    },
  };
}
