// Agenda and contribution requests of the fake API, synchronous; fake-api-client adds latency,
// failures, copying and the call log around them.
import { scoreAgenda } from "../../core/coach/score-agenda";
import { AgendaCreate, AgendaListQuery, AgendaPatch, ContributionCreate, ContributionPatch, RenderQuery, type Agenda, type AgendaView, type Contribution } from "../../core/api/contract";
import { type Lang } from "../../core/api/primitives";
import { ApiError, type BodyFormat } from "../ports";
import { badRequest, forbidden, notFound, parseOr400 } from "./fake-api-errors";
import {
  agendaMatcher,
  canOpen,
  departmentsFor,
  isOrganizer,
  normalizeAttendees,
  openView,
  organizerOf,
  staleAgenda,
  withMissions,
} from "./fake-agendas";
import { withCarriedForward } from "./fake-carry-forward";
import { assertUsableObjective, libraryObjectiveIn } from "./fake-objective-library";
import { dropOrphanProposals, ofSlotDepartment, proposalAfterEdit, writeSlotProposals } from "./fake-slot-proposals";
import type { FakeRequest } from "./fake-server";

export function agendaHandlers(request: FakeRequest) {
  const { store, me, nowIso, newId, changed } = request;
  const findContribution = (id: string) => {
    for (const view of store.views.values()) {
      const index = view.contributions.findIndex((c) => c.id === id);
      if (index < 0) continue;
      openView(store.views, view.agenda.id, me);
      const c = view.contributions[index]!;
      if (c.authorEmail !== me.email && !isOrganizer(view.agenda, me) && !ofSlotDepartment(view, c, me)) {
        throw forbidden("Only the contribution's author or the meeting's organizer can change it");
      }
      return { view, index, c };
    }
    throw notFound("Contribution");
  };

  /** The objective id to store: a typed objective joins the library only when the organizer chose so. */
  const objectiveIdFor = (input: { objectiveId?: string | null; objectiveTitle?: string; addObjectiveToLibrary?: boolean | undefined }, current: Agenda | null) => {
    assertUsableObjective(store.objectives, input.objectiveId, current?.objectiveId ?? null);
    const id = input.objectiveId === undefined ? current?.objectiveId : input.objectiveId;
    if (!input.addObjectiveToLibrary || id) return input.objectiveId;
    return libraryObjectiveIn(request, input.objectiveTitle ?? current?.objectiveTitle ?? "").id;
  };

  const handlers = {
    createAgenda(input: AgendaCreate): Agenda {
      const { slots, addObjectiveToLibrary, ...parsed } = parseOr400(AgendaCreate, input);
      const objectiveId = objectiveIdFor({ ...parsed, addObjectiveToLibrary }, null) ?? null;
      const now = nowIso();
      const agenda: Agenda = {
        id: newId("agd"),
        organizerEmail: me.email,
        ...parsed,
        objectiveId,
        departments: withMissions(parsed.departments, store.departments),
        attendees: normalizeAttendees(parsed.attendees, organizerOf(me, store.directory)),
        version: 1,
        revision: 1,
        createdAt: now,
        updatedAt: now,
      };
      const view: AgendaView = { agenda, contributions: [], commitments: [] };
      if (slots) writeSlotProposals(request, view, slots);
      agenda.purposeScore = scoreAgenda(view).score;
      store.views.set(agenda.id, view);
      return agenda;
    },
    getAgenda: (id: string): AgendaView => withCarriedForward(store, openView(store.views, id, me)),
    patchAgenda(id: string, version: number, patch: AgendaPatch): Agenda {
      const view = openView(store.views, id, me);
      if (!Number.isInteger(version) || version < 1) {
        throw new ApiError(428, "precondition_required", 'If-Match: "<version>" is required');
      }
      const parsed = parseOr400(AgendaPatch, patch);
      // As the server: attendees change the obstacles; every other field is the organizer's.
      const organizerOnly = Object.keys(parsed).find((field) => field !== "obstacles" && parsed[field as keyof typeof parsed] !== undefined);
      if (organizerOnly !== undefined && view.agenda.organizerEmail !== me.email) {
        throw new ApiError(403, "forbidden", `Only the meeting's organizer can change this part of the agenda (${organizerOnly})`, organizerOnly);
      }
      if (version !== view.agenda.version) throw staleAgenda(view.agenda);
      if (parsed.slots !== undefined && !isOrganizer(view.agenda, me)) throw forbidden("Only the meeting's organizer proposes what each department can do (slots)");
      const objectiveId = objectiveIdFor(parsed, view.agenda);
      const { departments, attendees, slots, addObjectiveToLibrary: _add, ...rest } = parsed;
      const organizer = view.agenda.attendees.find((a) => a.role === "organizer") ?? organizerOf(me, store.directory);
      Object.assign(view.agenda, rest, {
        ...(objectiveId !== undefined ? { objectiveId } : {}),
        ...(departments ? { departments: withMissions(departments, store.departments) } : {}),
        ...(attendees ? { attendees: normalizeAttendees(attendees, organizer) } : {}),
        version: view.agenda.version + 1,
      });
      if (departments) dropOrphanProposals(view);
      if (slots) writeSlotProposals(request, view, slots);
      changed(view, "agenda");
      return view.agenda;
    },
    findAgendas(query: AgendaListQuery): Agenda[] {
      const matches = agendaMatcher(parseOr400(AgendaListQuery, query, "query"));
      return [...store.views.values()]
        .map((v) => v.agenda)
        .filter((a) => canOpen(a, me) && matches(a))
        .sort((a, b) => (a.startsAt ?? "").localeCompare(b.startsAt ?? "") || (a.id < b.id ? -1 : 1));
    },
    renderAgenda(id: string, format: BodyFormat, lang?: Lang): string {
      const view = openView(store.views, id, me);
      const q = parseOr400(RenderQuery, { format, ...(lang !== undefined ? { lang } : {}) }, "query");
      return store.render(view, q.format, q.lang ?? view.agenda.lang, store.origin);
    },

    addContribution(agendaId: string, input: ContributionCreate): Contribution {
      const view = openView(store.views, agendaId, me);
      const parsed = parseOr400(ContributionCreate, input);
      const allowed = departmentsFor(view.agenda, me);
      if (!allowed.includes(parsed.department)) {
        throw badRequest(
          allowed.length > 0
            ? `department must be one of this meeting's departments: ${allowed.join(", ")}`
            : "department: this meeting has no departments yet — add them to the agenda first",
          "department",
        );
      }
      const now = nowIso();
      const contribution: Contribution = {
        id: newId("con"),
        agendaId,
        department: parsed.department,
        authorEmail: me.email,
        authorName: view.agenda.attendees.find((a) => a.email === me.email)?.name || me.name,
        text: parsed.text,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      view.contributions.push(contribution);
      changed(view, "contribution");
      return contribution;
    },
    updateContribution(id: string, input: ContributionPatch): Contribution {
      const { view, index, c } = findContribution(id);
      const parsed = parseOr400(ContributionPatch, input);
      const now = nowIso();
      const proposal = proposalAfterEdit(view, c, me, parsed.text, now);
      const next: Contribution = { ...c, text: parsed.text, version: c.version + 1, updatedAt: now, ...(proposal ? { proposal } : {}) };
      view.contributions[index] = next;
      changed(view, "contribution");
      return next;
    },
    deleteContribution(id: string): void {
      const { view, index } = findContribution(id);
      view.contributions.splice(index, 1);
      changed(view, "contribution");
    },
  };
  return {
    ...handlers,
    createAgendaView: (input: AgendaCreate): AgendaView => handlers.getAgenda(handlers.createAgenda(input).id),
    patchAgendaView: (id: string, version: number, patch: AgendaPatch): AgendaView => handlers.getAgenda(handlers.patchAgenda(id, version, patch).id),
  };
}
