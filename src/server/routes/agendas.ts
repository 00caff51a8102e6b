// /api/agendas: one meeting's agenda. Reads and writes are open to its organizer and attendees only.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { AgendaCreate, AgendaListQuery, AgendaPatch, RenderQuery } from "../../core/api/contract";
import { AgendaWriteQuery } from "../../core/api/objective-library-contract";
import type { Agenda, AgendaView } from "../../core/api/contract";
import { agendaLiveUrl } from "../../core/agenda/agenda-markers";
import { renderAgendaHtml, renderAgendaText } from "../../core/agenda/render-agenda";
import { NOT_AN_ATTENDEE, canOpenAgenda, loadAgendaForPrincipal } from "../agendas/agenda-access";
import type { Principal } from "../auth/principal";
import type { Db } from "../db/database";
import { bearerTokenOf } from "../directory/directory-lookup";
import { meetingThreadResolverFor, type MeetingThreadResolver } from "../graph/meeting-thread-resolver";
import { loadAgendaView } from "../agendas/agenda-view";
import { createAgenda, listAgendas, patchAgenda } from "../agendas/agenda.service";
import { etagOf, requireIfMatch } from "../agendas/if-match";
import { HttpError, notFound } from "../http/http-error";
import { parseInput } from "../http/validate";
import { withIdempotency } from "../idempotency/with-idempotency";
import { notifyAgendaChanged } from "../live/notify-change";
import { streamAgendaEvents, type OpenStreams } from "../live/agenda-event-stream";
import type { RouteDeps } from "./route-deps";

/** Any id-shaped text: an unknown id is a 404 (like another tenant's), not a 400. */
export const IdParams = z.object({ id: z.string().min(1).max(200) });

export async function agendaRoutes(app: FastifyInstance, deps: RouteDeps, options: { resolveThread?: MeetingThreadResolver | null } = {}): Promise<void> {
  const openStreams: OpenStreams = new Set();
  const resolveThread = options.resolveThread === undefined ? meetingThreadResolverFor(deps.config) : options.resolveThread;
  /** A join URL without a thread id (a /meet/ short link): ask Graph; the agenda is saved either way. */
  const withThreadId = async <T extends { joinUrl?: string | null; teamsThreadId?: string | null }>(request: FastifyRequest, input: T): Promise<T> => {
    const token = bearerTokenOf(request.headers.authorization);
    if (!resolveThread || !input.joinUrl || input.teamsThreadId || !token) return input;
    try {
      const threadId = await resolveThread({ tenantId: request.principal.tenantId, callerToken: token, joinUrl: input.joinUrl });
      return threadId ? { ...input, teamsThreadId: threadId } : input;
    } catch (error) {
      request.log.warn({ err: error }, "could not resolve the Teams join URL to a thread id through Microsoft Graph");
      return input;
    }
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
      const input = await withThreadId(request, parseInput(AgendaCreate, request.body, "body"));
      return tx.commit(async (trx) => {
        const agenda = await createAgenda(trx, request.principal, input);
        return {
          status: 201,
          body: await answerOf(trx, request.principal, agenda, shape),
          headers: { location: `/api/agendas/${encodeURIComponent(agenda.id)}`, etag: etagOf(agenda.version) },
        };
      });
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
      await loadAgendaForPrincipal(deps.db, request.principal, id);
      const version = requireIfMatch(request, "agenda");
      const shape = parseInput(AgendaWriteQuery, request.query, "query").return;
      const patch = await withThreadId(request, parseInput(AgendaPatch, request.body, "body"));
      const response = await tx.commit(async (trx) => {
        const agenda = await patchAgenda(trx, request.principal, id, version, patch);
        return { status: 200, body: await answerOf(trx, request.principal, agenda, shape), headers: { etag: etagOf(agenda.version) } };
      });
      await notifyAgendaChanged(deps.live, request.log, request.principal.tenantId, id, "agenda");
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
    await streamAgendaEvents(request, reply, deps, id, openStreams);
  });
}

async function loadView(deps: RouteDeps, principal: Principal, id: string): Promise<AgendaView> {
  const view = await loadAgendaView(deps.db, principal.tenantId, id);
  if (!view) throw notFound("Agenda");
  if (!canOpenAgenda(view.agenda, principal)) throw new HttpError("forbidden", NOT_AN_ATTENDEE);
  return view;
}
