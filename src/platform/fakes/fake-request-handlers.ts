// Requests between departments (お願い) in the fake API, with the server's rules: asked for one's own
// department (the organizer: any of the meeting's) of another department of the meeting; answered
// by the department whose turn it is; accept makes a commitment; closed requests are 409s.
import type { AgendaView } from "../../core/api/contract";
import { RequestCreate, RequestListQuery, RequestPatch, RequestRespond, RequestSummaryQuery, RequestExportQuery, type RequestPage, type RequestRespondResult, type RequestSummary } from "../../core/api/request-contract";
import { summarizeRequests } from "../../core/dashboard/request-summary";
import { isRequestClosed, type DepartmentRequest } from "../../core/api/request-view";
import { isPastDue } from "../../core/meeting/commitment-rules";
import { meetingDepartmentNamed, meetingDepartments, sameDepartment, turnOf, waitingDepartment } from "../../core/meeting/request-rules";
import { ApiError, type WriteOptions } from "../ports";
import { badRequest, forbidden, notFound, parseOr400 } from "./fake-api-errors";
import { canOpen, openView } from "./fake-agendas";
import { isCarriedInto } from "./fake-carry-forward";
import { fakeWorkbook } from "./fake-xlsx";
import { newCommitment } from "./fake-commitments";
import type { FakeRequest } from "./fake-server";

type RequestListOutput = ReturnType<typeof RequestListQuery.parse>;

const conflict = (message: string) => new ApiError(409, "conflict", message, "status");

export function requestHandlers({ store, me, nowIso, newId, changed }: FakeRequest) {
  const myDepartment = (view: AgendaView) => view.agenda.attendees.find((a) => a.email === me.email)?.department ?? "";
  const isOrganizer = (view: AgendaView) => view.agenda.organizerEmail === me.email;

  /** The request and its meeting; `mayOpen`: the caller must be able to open that meeting. */
  function find(id: string, mayOpen = true): { view: AgendaView; request: DepartmentRequest; index: number } {
    for (const view of store.views.values()) {
      const index = (view.requests ?? []).findIndex((r) => r.id === id);
      if (index >= 0) {
        if (mayOpen) openView(store.views, view.agenda.id, me);
        return { view, request: view.requests![index]!, index };
      }
    }
    throw notFound("Request");
  }

  /** Stores the change; `answeredIn`, a later meeting it was answered in, hears of it too. */
  function save(view: AgendaView, index: number, next: DepartmentRequest, answeredIn: AgendaView = view): DepartmentRequest {
    view.requests![index] = next;
    changed(view, "request");
    if (answeredIn !== view) changed(answeredIn, "request");
    return next;
  }

  /** The list's filters (server: request-filter.ts), oldest first, over the meetings `visible` lets in. */
  function matching(q: Omit<RequestListOutput, "cursor" | "limit">, visible: (v: AgendaView) => boolean): DepartmentRequest[] {
    if (q.direction && !q.department) throw badRequest("Invalid query: department — direction needs the department it is incoming to or outgoing from", "department");
    const overdue = q.overdue === "true";
    if (overdue && q.status && !["waiting", "open", "countered"].includes(q.status)) throw badRequest(`Invalid query: overdue — only requests waiting for an answer can be overdue, not ${q.status} ones`, "overdue");
    const today = q.today ?? nowIso().slice(0, 10);
    const statusOk = (r: DepartmentRequest) =>
      q.status === "waiting" || (overdue && !q.status) ? r.status === "open" || r.status === "countered" : !q.status || r.status === q.status;
    return [...store.views.values()]
      .filter(visible)
      .filter((v) => !q.objective || v.agenda.objectiveId === q.objective)
      .flatMap((v) => v.requests ?? [])
      .filter((r) => !q.agenda || r.agendaId === q.agenda)
      .filter(statusOk)
      .filter((r) => (!q.from || r.fromDepartment === q.from) && (!q.to || r.toDepartment === q.to))
      .filter((r) => !overdue || (r.neededBy !== null && r.neededBy < today))
      .filter((r) => {
        if (!q.department) return true;
        const incoming = r.toDepartment === q.department;
        const outgoing = r.fromDepartment === q.department;
        return q.direction === "incoming" ? incoming : q.direction === "outgoing" ? outgoing : incoming || outgoing;
      })
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  const assertOpen = (r: DepartmentRequest, doing: string) => {
    if (isRequestClosed(r.status)) throw conflict(`This request is already ${r.status}; it cannot be ${doing} any more`);
  };

  return {
    addRequest(agendaId: string, input: RequestCreate): DepartmentRequest {
      const view = openView(store.views, agendaId, me);
      const parsed = parseOr400(RequestCreate, input);
      const list = meetingDepartments(view.agenda).join(", ");
      const from = meetingDepartmentNamed(view.agenda, parsed.fromDepartment);
      if (!from) throw badRequest(`Invalid body: fromDepartment — ${parsed.fromDepartment} is not one of this meeting's departments (${list})`, "fromDepartment");
      const to = meetingDepartmentNamed(view.agenda, parsed.toDepartment);
      if (!to) throw badRequest(`Invalid body: toDepartment — ${parsed.toDepartment} is not one of this meeting's departments (${list}) — the organizer can add it to the agenda's departments first`, "toDepartment");
      if (sameDepartment(from, to)) throw badRequest(`Invalid body: toDepartment — ${to} is the asking department itself; ask another department of the meeting`, "toDepartment");
      if (!isOrganizer(view) && !sameDepartment(myDepartment(view), from)) {
        throw new ApiError(403, "forbidden", `You can ask only on behalf of your own department (yours is ${myDepartment(view) || "not known"})`, "fromDepartment");
      }
      const now = nowIso();
      const attendee = view.agenda.attendees.find((a) => a.email === me.email);
      const request: DepartmentRequest = {
        id: newId("req"),
        agendaId,
        fromDepartment: from,
        toDepartment: to,
        text: parsed.text,
        neededBy: parsed.neededBy,
        status: "open",
        askedByEmail: me.email,
        askedByName: attendee?.name || me.name,
        responseText: "",
        answeredByEmail: null,
        answeredByName: "",
        answeredAt: null,
        firstAnsweredAt: null,
        commitmentId: null,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      view.requests = [...(view.requests ?? []), request];
      changed(view, "request");
      return request;
    },

    updateRequest(id: string, patch: RequestPatch, options?: WriteOptions): DepartmentRequest {
      const { view, request, index } = find(id);
      if (!isOrganizer(view) && !sameDepartment(myDepartment(view), request.fromDepartment)) {
        throw forbidden(`Only someone of ${request.fromDepartment} (the asking department) or the organizer can change this request`);
      }
      if (options?.ifMatch === undefined) throw new ApiError(428, "precondition_required", "If-Match is required", "If-Match");
      if (options.ifMatch !== request.version) throw new ApiError(412, "precondition_failed", "The request was changed by someone else", undefined, structuredClone(request));
      const parsed = parseOr400(RequestPatch, patch);
      assertOpen(request, parsed.status === "withdrawn" ? "withdrawn" : "changed");
      const next: DepartmentRequest = {
        ...request,
        text: parsed.text ?? request.text,
        neededBy: parsed.neededBy === undefined ? request.neededBy : parsed.neededBy,
        status: parsed.status ?? request.status,
        updatedAt: nowIso(),
        version: request.version + 1,
      };
      return save(view, index, next);
    },

    respondToRequest(id: string, input: RequestRespond, options?: WriteOptions): RequestRespondResult {
      const parsed = parseOr400(RequestRespond, input);
      // Answered in a later meeting it is carried into: that meeting's attendees and commitments.
      const elsewhere = parsed.agendaId !== undefined ? openView(store.views, parsed.agendaId, me) : undefined;
      const { view: own, request, index } = find(id, elsewhere === undefined);
      const view = elsewhere && elsewhere.agenda.id !== own.agenda.id ? elsewhere : own;
      if (view !== own && !isCarriedInto(own, view)) {
        throw badRequest("Invalid body: agendaId — this request is not carried into that meeting; it can be answered in its own meeting or a later one on the same objective", "agendaId");
      }
      if (options?.ifMatch !== undefined && options.ifMatch !== request.version) {
        throw new ApiError(412, "precondition_failed", "The request was changed by someone else", undefined, structuredClone(request));
      }
      const mine = myDepartment(view);
      const side = sameDepartment(mine, request.toDepartment) ? "asked" : sameDepartment(mine, request.fromDepartment) ? "asking" : null;
      if (!side) throw forbidden(`Only someone of ${request.toDepartment} (asked) or ${request.fromDepartment} (asking) can answer this request`);
      assertOpen(request, "answered");
      if (turnOf(request.status) !== side) throw conflict(`This request waits for ${waitingDepartment(request)}'s answer`);
      const now = nowIso();
      const answered = {
        answeredByEmail: me.email,
        answeredByName: view.agenda.attendees.find((a) => a.email === me.email)?.name || me.name,
        answeredAt: now,
        firstAnsweredAt: request.firstAnsweredAt ?? (side === "asked" ? now : null),
        updatedAt: now,
        version: request.version + 1,
      };
      const text = parsed.text?.trim() ?? "";
      if (parsed.action === "accept") {
        if (!parsed.owner) throw badRequest(`Invalid body: owner — accepting needs an owner: someone of ${request.toDepartment} who will do it`, "owner");
        const owner = view.agenda.attendees.find((a) => a.email === parsed.owner);
        if (!owner || !sameDepartment(owner.department, request.toDepartment)) throw badRequest(`Invalid body: owner — ${parsed.owner} is not an attendee of ${request.toDepartment}, the asked department`, "owner");
        if (!parsed.due) throw badRequest("Invalid body: due — accepting needs a due date for the commitment", "due");
        if (isPastDue(parsed.due, now.slice(0, 10))) throw badRequest(`Invalid body: due — ${parsed.due} is before today`, "due");
        const action = text || (request.status === "countered" ? request.responseText : request.text);
        const commitment = newCommitment(
          { ownerEmail: owner.email, ownerName: owner.name, ownerDepartment: owner.department, helpsDepartment: request.fromDepartment, action, dueDate: parsed.due, servesObjective: "", contributionId: null },
          view.agenda,
          me,
          store.directory,
          newId("com"),
          now,
        );
        view.commitments.push({ ...commitment, requestId: request.id });
        const next = save(own, index, { ...request, ...answered, status: "accepted", commitmentId: commitment.id }, view);
        return { request: next, commitmentId: commitment.id };
      }
      if (text === "") throw badRequest(`Invalid body: text — ${parsed.action === "counter" ? "the counter-offer" : "the reason"} is required`, "text");
      const next: DepartmentRequest =
        parsed.action === "counter"
          ? side === "asked"
            ? { ...request, ...answered, status: "countered", responseText: text }
            : { ...request, ...answered, status: "open", text }
          : { ...request, ...answered, status: side === "asked" ? "declined" : "withdrawn", responseText: text };
      return { request: save(own, index, next, view), commitmentId: null };
    },

    listRequests(input: RequestListQuery = {}): RequestPage {
      const q = parseOr400(RequestListQuery, input, "query");
      if (q.agenda && !me.isPmo) openView(store.views, q.agenda, me);
      const all = matching(q, (v) => me.isPmo || canOpen(v.agenda, me));
      const start = q.cursor ? Number(q.cursor) : 0;
      if (!Number.isInteger(start) || start < 0) throw badRequest("Invalid query: cursor — not a cursor from this list; start again without it", "cursor");
      const items = all.slice(start, start + q.limit);
      return { items, nextCursor: start + q.limit < all.length ? String(start + q.limit) : null };
    },

    exportRequestsCsv(input: RequestExportQuery = {}): Blob {
      const q = parseOr400(RequestExportQuery, input, "query");
      if (!me.isPmo) throw forbidden("Only PMOs can export every request between departments");
      const rows = matching(q, () => true);
      const cell = (s: string | null) => (/[",\r\n]/.test(s ?? "") ? `"${(s ?? "").replace(/"/g, '""')}"` : (s ?? ""));
      const lines = [["createdAt", "from", "to", "text", "neededBy", "status", "response"], ...rows.map((r) => [r.createdAt, r.fromDepartment, r.toDepartment, r.text, r.neededBy, r.status, r.responseText])];
      return new Blob([`\uFEFF${lines.map((l) => l.map(cell).join(",")).join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" });
    },
    exportRequestsXlsx(input: RequestExportQuery = {}): Blob {
      const q = parseOr400(RequestExportQuery, input, "query");
      if (!me.isPmo) throw forbidden("Only PMOs can export every request between departments");
      const rows = [["createdAt", "from", "to", "text", "neededBy", "status"], ...matching(q, () => true).map((r) => [r.createdAt, r.fromDepartment, r.toDepartment, r.text, r.neededBy ?? "", r.status])];
      return new Blob([fakeWorkbook(rows) as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    },
    requestSummary(input: RequestSummaryQuery = {}): RequestSummary {
      const q = parseOr400(RequestSummaryQuery, input, "query");
      if (!me.isPmo) throw forbidden("Only PMOs can see how every department asks and answers");
      const facts = [...store.views.values()]
        .filter((v) => !q.objective || v.agenda.objectiveId === q.objective)
        .flatMap((v) => v.requests ?? [])
        .map((r) => ({ fromDepartment: r.fromDepartment, toDepartment: r.toDepartment, status: r.status, createdAt: r.createdAt, answeredAt: r.firstAnsweredAt }));
      return summarizeRequests(facts);
    },
  };
}
