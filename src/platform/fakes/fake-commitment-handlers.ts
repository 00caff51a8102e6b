// Commitment requests of the fake API (see fake-commitments for the rules themselves).
import { CommitmentCreate, CommitmentPatch, type Commitment, type Page } from "../../core/api/contract";
import { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import { ApiError, type WriteOptions } from "../ports";
import { badRequest, forbidden, notFound, parseOr400 } from "./fake-api-errors";
import { openView } from "./fake-agendas";
import { commitmentsCsv, filterCommitments, mayChange, newCommitment, pageOf, patchCommitment } from "./fake-commitments";
import type { FakeRequest } from "./fake-server";
import { fakeWorkbook } from "./fake-xlsx";

export function commitmentHandlers({ store, me, nowIso, newId, changed }: FakeRequest) {
  /** mine=true: anyone, own only; agenda=: its people (and PMOs); otherwise PMOs only. */
  const query = (input: CommitmentListQuery) => {
    const q = parseOr400(CommitmentListQuery, input, "query");
    if (!q.mine && q.agenda !== undefined) {
      if (me.isPmo) {
        if (!store.views.has(q.agenda)) throw notFound("Agenda");
      } else {
        openView(store.views, q.agenda, me);
      }
    } else if (!q.mine && !me.isPmo) {
      throw forbidden("Only PMOs can list every commitment in the organisation — add mine=true for your own");
    }
    const all = [...store.views.values()].flatMap((v) => v.commitments.map((c) => ({ ...c, agendaPurposeScore: v.agenda.purposeScore ?? null })));
    return { q, list: filterCommitments(all, q, me, q.today ?? nowIso().slice(0, 10)) };
  };

  return {
    addCommitment(agendaId: string, input: CommitmentCreate): Commitment {
      const view = openView(store.views, agendaId, me);
      const parsed = parseOr400(CommitmentCreate, input);
      if (parsed.contributionId !== null && !view.contributions.some((c) => c.id === parsed.contributionId)) {
        throw badRequest("Invalid body: contributionId — no such contribution on this agenda", "contributionId");
      }
      const commitment = newCommitment(parsed, view.agenda, me, store.directory, newId("com"), nowIso());
      view.commitments.push(commitment);
      changed(view, "commitment");
      // As the server: a write answers in the list's shape, with the agenda's purpose-first score.
      return { ...commitment, agendaPurposeScore: view.agenda.purposeScore ?? null };
    },
    /** Like the server: If-Match is optional; a stale one is a 412 carrying the current commitment. */
    updateCommitment(id: string, patch: CommitmentPatch, options?: WriteOptions): Commitment {
      const view = [...store.views.values()].find((v) => v.commitments.some((c) => c.id === id));
      if (!view) throw notFound("Commitment");
      const index = view.commitments.findIndex((c) => c.id === id);
      const current = view.commitments[index]!;
      if (!mayChange(current, view.agenda, me)) {
        throw forbidden("Only the commitment's owner, the meeting's organizer or a PMO can change it");
      }
      if (options?.ifMatch !== undefined && options.ifMatch !== current.version) {
        const fresh = { ...current, agendaPurposeScore: view.agenda.purposeScore ?? null };
        throw new ApiError(412, "precondition_failed", "The commitment was changed by someone else", undefined, structuredClone(fresh));
      }
      const { next, changed: didChange } = patchCommitment(current, parseOr400(CommitmentPatch, patch), me, nowIso());
      view.commitments[index] = next;
      if (didChange) changed(view, "commitment");
      return { ...next, agendaPurposeScore: view.agenda.purposeScore ?? null };
    },
    listCommitments(input: CommitmentListQuery): Page<Commitment> {
      const { q, list } = query(input);
      return pageOf(list, q.cursor, q.limit);
    },
    exportCommitmentsCsv(input: CommitmentListQuery): Blob {
      return new Blob([commitmentsCsv(query(input).list)], { type: "text/csv;charset=utf-8" });
    },
    exportCommitmentsXlsx(input: CommitmentListQuery): Blob {
      const { list } = query(input);
      if (!me.isPmo) throw forbidden("Only PMOs can export the commitments workbook");
      const rows = [["dueDate", "owner", "ownerDepartment", "action", "status", "id"], ...list.map((c) => [c.dueDate, c.ownerName, c.ownerDepartment, c.action, c.status, c.id])];
      return new Blob([fakeWorkbook(rows) as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    },
  };
}
