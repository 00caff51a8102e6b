// POST /api/reminders/run: a PMO runs the reminder job now for their tenant (local mode only, for the
// preview and the e2e; Entra mode runs it on its schedule only, since it sends real mail). Safe to
// repeat: a reminder already sent in its period is not sent again.
import type { FastifyInstance } from "fastify";
import type { ReminderRunResult } from "../../core/api/reminders-contract";
import { HttpError, forbidden } from "../http/http-error";
import { createOutboxNotifier } from "../notifier/outbox-notifier";
import { runReminderJob } from "../reminders/reminder-job";
import type { RouteDeps } from "./route-deps";

export const LOCAL_ONLY_REMINDERS =
  "Reminders are sent by hand only in the local demo; on this server they go out by mail on their schedule";

export async function reminderRoutes(app: FastifyInstance, deps: RouteDeps, options: { now?: () => Date } = {}): Promise<void> {
  const notifier = createOutboxNotifier();
  const now = options.now ?? (() => new Date());
  app.post("/api/reminders/run", async (request): Promise<ReminderRunResult> => {
    if (deps.config.authMode !== "local") throw new HttpError("conflict", LOCAL_ONLY_REMINDERS);
    if (!request.principal.isPmo) throw forbidden("Only a PMO can run the reminders");
    return runReminderJob(
      { db: deps.db, config: deps.config, notifier, holder: `run-by:${request.principal.email}`, log: request.log },
      { now: now(), tenantId: request.principal.tenantId, anyHour: true },
    );
  });
}
