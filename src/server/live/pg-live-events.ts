// Live events across several server instances on one PostgreSQL database. A write's instance
// publishes a small NOTIFY (tenant, agenda, revision, kind) after its commit; every instance,
// including the writer's, LISTENs on a dedicated connection and hands the change to its own local
// fan-out, which loads the view once and sends it to that instance's viewers. Instances keep no
// state another needs: a viewer whose instance died reconnects anywhere and catches up by revision.
import { sql } from "kysely";
import type { Db } from "../db/database";
import { startPgListener, type PgListener, type PgListenerLog } from "../db/pg-listener";
import type { ChangeKind } from "../routes/route-deps";
import { createLocalFanout, type InProcessLiveEvents } from "./live-events";

export const AGENDA_CHANNEL = "cp_agenda_changes";

interface ChangeNotice {
  t: string;
  a: string;
  r: number;
  k: ChangeKind;
}

export interface PgLiveEvents extends InProcessLiveEvents {
  /** Starts listening (first attempt awaited, later ones in the background); call once. */
  listen(log: PgListenerLog): Promise<void>;
  /** True while this instance receives other instances' changes. */
  readonly listening: boolean;
}

export function createPgLiveEvents(
  db: Db,
  url: string,
  options: { minDelayMs?: number; maxDelayMs?: number; applicationName?: string } = {},
): PgLiveEvents {
  const local = createLocalFanout(db);
  let listener: PgListener | null = null;
  let closed = false;

  const onNotification = (payload: string) => {
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(payload) as ChangeNotice;
    } catch {
      return;
    }
    if (typeof notice.t !== "string" || typeof notice.a !== "string") return;
    void local.deliver(notice.t, notice.a, notice.k, typeof notice.r === "number" ? notice.r : undefined).catch(() => {
      // The viewers catch up on their next reconnect; one bad load must not stop the listener.
    });
  };

  /** Notifications sent while we were disconnected are gone: re-send every watched agenda as it is now. */
  const catchUp = () => {
    for (const { tenantId, agendaId } of local.watched()) {
      void local.deliver(tenantId, agendaId, "agenda").catch(() => {});
    }
  };

  const events: PgLiveEvents = {
    get listening() {
      return listener?.connected ?? false;
    },
    async listen(log) {
      if (listener || closed) return;
      listener = await startPgListener({ url, channel: AGENDA_CHANNEL, onNotification, onReconnect: catchUp, log, ...options });
    },
    async agendaChanged(tenantId, agendaId, kind) {
      const row = await db
        .selectFrom("agendas")
        .select("revision")
        .where("tenant_id", "=", tenantId)
        .where("id", "=", agendaId)
        .executeTakeFirst();
      if (!row) return;
      const notice: ChangeNotice = { t: tenantId, a: agendaId, r: Number(row.revision), k: kind };
      await sql`SELECT pg_notify(${AGENDA_CHANNEL}, ${JSON.stringify(notice)})`.execute(db);
      // Without our own listener the notice comes back to no one here: deliver it ourselves.
      if (!listener?.connected) await local.deliver(tenantId, agendaId, kind, notice.r);
    },
    subscribe: local.subscribe,
    subscriberCount: local.subscriberCount,
    async close() {
      closed = true;
      await listener?.close();
      await local.close();
    },
  };
  return events;
}
