// /api/admin/*: a tenant's data rights, for its administrators (app role Admin) — and, for export
// and the audit, its PMOs. Every action is audited with the verified caller. The tenant is always
// the caller's own, from the token.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { DeleteTenantDataRequest, ForgetPersonRequest, RetentionUpdate, type TenantAdminStatus } from "../../core/api/data-rights-contract";
import { localUserId } from "../auth/local-issuer";
import type { Principal } from "../auth/principal";
import { actorOf, listAudit, recordAudit } from "../data-rights/audit";
import { forgetPerson } from "../data-rights/person-forget";
import { getRetentionDays, setRetentionDays } from "../data-rights/retention";
import { deleteTenantData } from "../data-rights/tenant-delete";
import { exportFileName, tenantJsonLinesStream, type ExportCounts } from "../data-rights/tenant-export";
import { HttpError, badRequest, forbidden } from "../http/http-error";
import { parseInput } from "../http/validate";
import { isTenantAdmin } from "../tenants/tenant-roles";
import { disableTenant, tenantStatus } from "../tenants/tenant-registry";
import type { RouteDeps } from "./route-deps";

export const ONLY_ADMINS = "Only your organization's Common Purpose administrators (app role Admin) can do this";
export const ONLY_ADMINS_OR_PMO = "Only your organization's Common Purpose administrators (app role Admin) and PMOs can do this";

const requireAdmin = (principal: Principal) => {
  if (!isTenantAdmin(principal)) throw forbidden(ONLY_ADMINS);
};
const requireAdminOrPmo = (principal: Principal) => {
  if (!isTenantAdmin(principal) && !principal.isPmo) throw forbidden(ONLY_ADMINS_OR_PMO);
};

export interface DataRightsRouteOptions {
  /** Called after this instance enables or disables a tenant, so the gate doesn't wait for its cache. */
  onTenantChanged?: (tenantId: string) => void;
}

export async function dataRightsRoutes(app: FastifyInstance, deps: RouteDeps, options: DataRightsRouteOptions = {}): Promise<void> {
  const saas = deps.config.deploymentMode === "saas";

  app.get("/api/admin/tenant", async (request): Promise<TenantAdminStatus> => {
    requireAdminOrPmo(request.principal);
    const { tenantId } = request.principal;
    const status = saas ? ((await tenantStatus(deps.db, tenantId)) ?? "disabled") : "enabled";
    return { tenantId, deploymentMode: deps.config.deploymentMode, status, finishedAgendaRetentionDays: await getRetentionDays(deps.db, tenantId) };
  });

  app.post("/api/admin/tenant/disable", async (request, reply) => {
    requireAdmin(request.principal);
    if (!saas) throw new HttpError("conflict", "This server serves one organization: remove the app in the Teams and Microsoft 365 admin centers instead");
    const changed = await disableTenant(deps.db, request.principal.tenantId, actorOf(request.principal));
    options.onTenantChanged?.(request.principal.tenantId);
    return reply.code(200).send({ status: "disabled", changed });
  });

  app.get("/api/admin/export.jsonl", async (request: FastifyRequest, reply) => {
    requireAdminOrPmo(request.principal);
    const { tenantId } = request.principal;
    const at = new Date();
    const counts: ExportCounts = {};
    const stream = tenantJsonLinesStream(deps.db, tenantId, { at, counts });
    // Audited once the last row went out (or with what went out, if the client hung up).
    stream.once("close", () => {
      void recordAudit(deps.db, tenantId, actorOf(request.principal), "export", { format: "jsonl", complete: stream.readableEnded, counts }).catch((error: unknown) =>
        request.log.error({ err: error }, "could not audit an export"),
      );
    });
    return reply
      .header("content-type", "application/x-ndjson; charset=utf-8")
      .header("content-disposition", `attachment; filename="${exportFileName(tenantId, at)}"`)
      .header("cache-control", "no-store")
      .send(stream);
  });

  app.post("/api/admin/delete-tenant-data", async (request) => {
    requireAdmin(request.principal);
    const body = parseInput(DeleteTenantDataRequest, request.body, "body");
    const { tenantId } = request.principal;
    if (body.confirmTenantId.toLowerCase() !== tenantId.toLowerCase()) {
      throw badRequest(`Invalid body: confirmTenantId — type your organization's tenant id (${tenantId}) to confirm`, "confirmTenantId");
    }
    const deleted = await deleteTenantData(deps.db, tenantId, actorOf(request.principal));
    options.onTenantChanged?.(tenantId);
    return { deleted };
  });

  app.post("/api/admin/forget-person", async (request) => {
    requireAdmin(request.principal);
    const body = parseInput(ForgetPersonRequest, request.body, "body");
    const { tenantId } = request.principal;
    // Local mode's object ids are derived from the email: the same person either way.
    const objectId = body.objectId ?? (deps.config.authMode === "local" && body.email ? localUserId(tenantId, body.email) : null);
    const counts = await forgetPerson(deps.db, tenantId, { email: body.email ?? null, objectId, mode: body.mode, reference: body.reference ?? null }, actorOf(request.principal));
    const pick = (key: "anonymised" | "deleted") => Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, c[key]]).filter(([, n]) => (n as number) > 0));
    return { anonymised: pick("anonymised"), deleted: pick("deleted") };
  });

  app.put("/api/admin/retention", async (request) => {
    requireAdmin(request.principal);
    const body = parseInput(RetentionUpdate, request.body, "body");
    await setRetentionDays(deps.db, request.principal.tenantId, body.finishedAgendaDays, actorOf(request.principal));
    return { finishedAgendaDays: body.finishedAgendaDays };
  });

  app.get("/api/admin/audit", async (request) => {
    requireAdminOrPmo(request.principal);
    return listAudit(deps.db, request.principal.tenantId);
  });
}
