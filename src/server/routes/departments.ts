// The tenant's departments and their missions. Any signed-in user of the tenant may add one (an
// organizer meets a department the list lacks); changing one is the PMO's: every later agenda's
// appendix quotes its mission, and a name is what people and requests are filed under. Agendas keep
// the mission they snapshotted, so an edit never rewrites a past meeting.
import type { FastifyInstance } from "fastify";
import { DepartmentCreate, DepartmentUpdate } from "../../core/api/contract";
import type { Department } from "../../core/api/contract";
import { createDepartment, listDepartments, updateDepartment } from "../departments/department.service";
import { forbidden } from "../http/http-error";
import { parseInput } from "../http/validate";
import { withIdempotency } from "../idempotency/with-idempotency";
import { IdParams } from "./agendas";
import type { RouteDeps } from "./route-deps";

export async function departmentRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  app.get("/api/departments", async (request): Promise<Department[]> => listDepartments(deps.db, request.principal.tenantId));

  app.post("/api/departments", async (request, reply) => {
    const input = parseInput(DepartmentCreate, request.body, "body");
    return withIdempotency(request, reply, deps, (tx) =>
      tx.commit(async (trx) => ({ status: 201, body: await createDepartment(trx, request.principal.tenantId, input) })),
    );
  });

  app.put("/api/departments/:id", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const input = parseInput(DepartmentUpdate, request.body, "body");
    if (!request.principal.isPmo) throw forbidden("Only the PMO can change a department's name or mission; ask your PMO");
    return withIdempotency(request, reply, deps, (tx) =>
      tx.commit(async (trx) => ({ status: 200, body: await updateDepartment(trx, request.principal.tenantId, id, input) })),
    );
  });
}
