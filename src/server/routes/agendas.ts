// /api/agendas: one meeting's agenda. Reads and writes are open to its organizer and attendees only;
// the fields that say who is invited, what the meeting is and which meeting it is, only to its
// organizer (agendas/agenda-field-rights.ts). Before a write, invitees' addresses are resolved to
// object ids and a Teams thread id is proven (agendas/thread-proof.ts) — never inside the transaction.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { AgendaCreate, AgendaListQuery, AgendaPatch, RenderQuery } from "../../core/api/contract";
import { AgendaWriteQuery } from "../../core/api/objective-library-contract";
import type { Agenda, AgendaView } from "../../core/api/contract";
import { agendaLiveUrl } from "../../core/agenda/agenda-markers";
import { renderAgendaHtml, renderAgendaText } from "../../core/agenda/render-agenda";
import { canOpenAgenda, loadAgendaForPrincipal, notAnAttendee } from "../agendas/agenda-access";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { bearerTokenOf } from "../directory/directory-lookup";
import { graphMeetingProver, type MeetingProver } from "../graph/meeting-proof";
import type { IdentityResolver } from "../identity/identity-resolver";
import { loadAgendaView } from "../agendas/agenda-view";
import { createAgenda, listAgendas, patchAgenda, type AgendaWrite } from "../agendas/agenda.service";
import { decideThread, type ThreadClaim } from "../agendas/thread-proof";
import { assertObstaclesBounded } from "../agendas/agenda-bounds";
import { assertMayChangeFields } from "../agendas/agenda-field-rights";
import { etagOf, requireIfMatch } from "../agendas/if-match";
import { HttpError, notFound } from "../http/http-error";
import { parseInput } from "../http/validate";
import { withIdempotency } from "../idempotency/with-idempotency";
import { notifyAgendaChanged } from "../live/notify-change";
import { streamAgendaEvents, type OpenStreams } from "../live/agenda-event-stream";
import { STREAM_RETRY_AFTER_SEC, createStreamLimits } from "../live/stream-limits";
import type { RouteDeps } from "./route-deps";

export const TOO_MANY_STREAMS_USER = "You have too many live views open — close some tabs or windows; this one updates every few seconds meanwhile";
export const TOO_MANY_STREAMS_TENANT = "Your organization has as many live views open as this server gives it — this one updates every few seconds meanwhile";
export const TOO_MANY_STREAMS_SERVER = "The server has as many live views open as it can serve — this one updates every few seconds meanwhile";

export interface AgendaRouteOptions {
  /** Proof of a Teams thread through Microsoft Graph; defaults to Graph in Entra mode with a client secret. */
  meetingProof?: MeetingProver | null;
  identities: IdentityResolver;
}

/** Any id-shaped text: an unknown id is a 404 (like another tenant's), not a 400. */
export const IdParams = z.object({ id: z.string().min(1).max(200) });

export async function agendaRoutes(app: FastifyInstance, deps: RouteDeps, options: AgendaRouteOptions): Promise<void> {
  const openStreams: OpenStreams = new Set();
  const streamLimits = createStreamLimits(deps.config.liveStreams);
  const prover = options.meetingProof === undefined ? graphMeetingProver(deps.graph ?? null) : options.meetingProof;

  /** Invitees' object ids and the proven thread, established before the write's transaction. */
  const prepareWrite = async (
    request: FastifyRequest,
    input: ThreadClaim & { attendees?: readonly { email: string }[] },
    current?: { teamsThreadId: string | null; joinUrl: string | null },
  ): Promise<AgendaWrite> => {
    const principal = request.principal;
    const callerToken = bearerTokenOf(request.headers.authorization);
    const caller = { bearerToken: callerToken, log: request.log };
    const emails = (input.attendees ?? []).map((a) => a.email);
    const [attendeeOids, thread] = await Promise.all([
      options.identities.objectIds(principal.tenantId, emails, caller),
      decideThread({ authMode: deps.config.authMode, prover, principal, callerToken, log: request.log }, input, current),
    ]);
    return { attendeeOids, thread };
  };
  // Live streams never end on their own; without this, closing the app would wait for them forever.
  app.addHook("preClose", async () => {
    for (const end of [...openStreams]) end();
  });

  // ?return=view answers with the whole view (contributions, commitments, carry-forward), read in
  // the write's own transaction, so a client renders the body from this answer without a second read.
  const answerOf = async (trx: Db, principal: Principal, agenda: Agenda, shape: "agenda" | "view"): Promise<Agenda | AgendaView> => {
    if (shape === "agenda") return agenda;
    const view = await loadAgendaView(trx, principal.tenantId, agenda.id);
    if (!view) throw notFound("Agenda");
    return view;
  };

  app.post("/api/agendas", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const shape = parseInput(AgendaWriteQuery, request.query, "query").return;
      const input = parseInput(AgendaCreate, request.body, "body");
      assertObstaclesBounded(input.obstacles);
      const unbound: string[] = [];
      const write = { ...(await prepareWrite(request, input)), onThreadTaken: (agendaId: string) => void unbound.push(agendaId) };
      const response = await tx.commit(async (trx) => {
        unbound.length = 0;
        const agenda = await createAgenda(trx, request.principal, input, write);
        return {
          status: 201,
          body: await answerOf(trx, request.principal, agenda, shape),
          headers: { location: `/api/agendas/${encodeURIComponent(agenda.id)}`, etag: etagOf(agenda.version) },
        };
      });
      for (const agendaId of unbound) await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, agendaId, "agenda");
      return response;
    }),
  );

  app.get("/api/agendas", async (request) => {
    const query = parseInput(AgendaListQuery, request.query, "query");
    return listAgendas(deps.db, request.principal, query);
  });

  app.get("/api/agendas/:id", async (request, reply): Promise<AgendaView> => {
    const { id } = parseInput(IdParams, request.params, "params");
    const view = await loadView(deps, request.principal, id);
    reply.header("etag", etagOf(view.agenda.version));
    return view;
  });

  app.patch("/api/agendas/:id", (request, reply) =>
    withIdempotency(request, reply, deps, async (tx) => {
      const { id } = parseInput(IdParams, request.params, "params");
      // 404/403 before 428: a caller who may not see the agenda learns nothing about its version.
      const current = await loadAgendaForPrincipal(deps.db, request.principal, id);
      const version = requireIfMatch(request, "agenda");
      const shape = parseInput(AgendaWriteQuery, request.query, "query").return;
      const patch = parseInput(AgendaPatch, request.body, "body");
      assertObstaclesBounded(patch.obstacles);
      // Refused fields answer before any Graph call (patchAgenda checks again inside its transaction).
      assertMayChangeFields(current, request.principal, patch);
      const unbound: string[] = [];
      const write = { ...(await prepareWrite(request, patch, current)), onThreadTaken: (agendaId: string) => void unbound.push(agendaId) };
      const response = await tx.commit(async (trx) => {
        unbound.length = 0;
        const agenda = await patchAgenda(trx, request.principal, id, version, patch, write);
        return { status: 200, body: await answerOf(trx, request.principal, agenda, shape), headers: { etag: etagOf(agenda.version) } };
      });
      await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, id, "agenda");
      for (const agendaId of unbound) await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, agendaId, "agenda");
      return response;
    }),
  );

  app.get("/api/agendas/:id/render", async (request) => {
    const { id } = parseInput(IdParams, request.params, "params");
    const query = parseInput(RenderQuery, request.query, "query");
    const view = await loadView(deps, request.principal, id);
    const options = { liveUrl: agendaLiveUrl(deps.config.publicUrl, id), ...(query.lang ? { lang: query.lang } : {}) };
    const content = query.format === "text" ? renderAgendaText(view, options) : renderAgendaHtml(view, options);
    return { content };
  });

  app.get("/api/agendas/:id/events", async (request, reply) => {
    const { id } = parseInput(IdParams, request.params, "params");
    await loadAgendaForPrincipal(deps.db, request.principal, id);
    const slot = streamLimits.open(request.principal);
    if (!slot.ok) {
      throw new HttpError("rate_limited", { user: TOO_MANY_STREAMS_USER, tenant: TOO_MANY_STREAMS_TENANT, server: TOO_MANY_STREAMS_SERVER }[slot.scope], {}, { "Retry-After": String(STREAM_RETRY_AFTER_SEC) });
    }
    try {
      await streamAgendaEvents(request, reply, deps, id, openStreams, slot.release);
    } catch (error) {
      slot.release(); // idempotent: a stream that had started released it when it ended
      throw error;
    }
  });
}

async function loadView(deps: RouteDeps, principal: Principal, id: string): Promise<AgendaView> {
  const view = await loadAgendaView(deps.db, principal.tenantId, id);
  if (!view) throw notFound("Agenda");
  if (!canOpenAgenda(view.agenda, principal)) throw notAnAttendee(view.agenda);
  return view;
}
