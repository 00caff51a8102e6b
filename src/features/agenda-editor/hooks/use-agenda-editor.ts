// The task pane's state: load the meeting (and its agenda, when this item already has one), keep the
// draft, and save = create/patch the agenda, then write it into the body. Never creates a second
// agenda for the same item: the id is stored on the item the moment the agenda exists.
import { useCallback, useEffect, useState } from "react";
import type { AgendaView, Department, Objective } from "../../../core/api/contract";
import { agendaLiveUrl } from "../../../core/agenda/agenda-markers";
import { departmentKey, spannedDepartments } from "../../../core/meeting/departments";
import { usePorts } from "../../../components/ports-context";
import { useAction, type ActionState } from "../../../components/status/use-action";
import { ApiError, type BodyFormat, type MeetingItem } from "../../../platform/ports";
import { addSlotContributions } from "../api/add-slot-contributions";
import { readMeeting } from "../api/read-meeting";
import { createAgenda, ensureObjective, updateAgenda } from "../api/save-agenda";
import { writeAgendaIntoBody } from "../api/write-agenda-into-body";
import {
  departmentsWithMissions,
  draftFromAgenda,
  draftProblems,
  emptyDraft,
  type EditorDraft,
  type MeetingFacts,
} from "../draft";

export type EditorNotice = "inserted" | "updated" | "agendaMissing" | null;

export interface AgendaEditorModel {
  phase: "loading" | "ready" | "failed";
  loadError: unknown;
  retryLoad(): void;
  draft: EditorDraft;
  updateDraft(change: (draft: EditorDraft) => EditorDraft): void;
  facts: MeetingFacts | null;
  bodyFormat: BodyFormat;
  objectives: Objective[];
  library: Department[];
  saved: AgendaView | null;
  notice: EditorNotice;
  /** Validation shows only after the first save attempt, not while the organizer is still typing. */
  showProblems: boolean;
  action: ActionState;
  save(): Promise<void>;
  /** Why the attendees' departments could not be looked up (null when they were). */
  directoryError: unknown;
  /** "What can we do for it" per department (by departmentKey): added as contributions on save. */
  slots: Record<string, string>;
  setSlot(department: string, text: string): void;
  /** Takes a newer view of the saved agenda (e.g. after commitments were collected). */
  adoptView(view: AgendaView): void;
}

function requireItem(item: MeetingItem | undefined): MeetingItem {
  if (!item) throw new Error("The agenda editor needs a meeting item (Outlook or the fake).");
  return item;
}

export function useAgendaEditor(appBaseUrl: string): AgendaEditorModel {
  const ports = usePorts();
  const api = ports.api;
  const item = requireItem(ports.meetingItem);
  const action = useAction();
  const [phase, setPhase] = useState<AgendaEditorModel["phase"]>("loading");
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<EditorDraft>(() => emptyDraft(item.displayLanguage()));
  const [facts, setFacts] = useState<MeetingFacts | null>(null);
  const [bodyFormat, setBodyFormat] = useState<BodyFormat>("html");
  const [objectives, setObjectives] = useState<Objective[]>([]);
  const [library, setLibrary] = useState<Department[]>([]);
  const [saved, setSaved] = useState<AgendaView | null>(null);
  const [notice, setNotice] = useState<EditorNotice>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [directoryError, setDirectoryError] = useState<unknown>(null);
  const [slots, setSlots] = useState<Record<string, string>>({});

  useEffect(() => {
    let cancelled = false;
    setPhase("loading");
    setLoadError(null);
    (async () => {
      const [meeting, objectiveList, departmentList] = await Promise.all([
        readMeeting(item, api),
        api.listObjectives(),
        api.listDepartments(),
      ]);
      let view: AgendaView | null = null;
      let missing = false;
      if (meeting.agendaId) {
        try {
          view = await api.getAgenda(meeting.agendaId);
        } catch (err) {
          if (!(err instanceof ApiError && err.status === 404)) throw err;
          missing = true;
        }
      }
      if (cancelled) return;
      setFacts(meeting.facts);
      setBodyFormat(meeting.bodyFormat);
      setDirectoryError(meeting.directoryError);
      setObjectives(objectiveList);
      setLibrary(departmentList);
      setSaved(view);
      setNotice(missing ? "agendaMissing" : null);
      setDraft((current) =>
        view
          ? draftFromAgenda(view.agenda)
          : {
              ...current,
              departments: departmentsWithMissions(spannedDepartments(meeting.facts.attendees), departmentList),
            },
      );
      setPhase("ready");
    })().catch((err: unknown) => {
      if (cancelled) return;
      setLoadError(err);
      setPhase("failed");
    });
    return () => {
      cancelled = true;
    };
  }, [api, item, attempt]);

  const updateDraft = useCallback((change: (d: EditorDraft) => EditorDraft) => {
    setDraft(change);
    setNotice((n) => (n === "agendaMissing" ? n : null));
  }, []);

  const save = useCallback(async () => {
    setShowProblems(true);
    setNotice(null);
    if (draftProblems(draft).length > 0) return;
    await action.run(async () => {
      // Attendees and the Teams link may have changed since the pane opened.
      const meeting = await readMeeting(item, api);
      setFacts(meeting.facts);
      setBodyFormat(meeting.bodyFormat);
      setDirectoryError(meeting.directoryError);

      const withObjective = await ensureObjective(api, draft, objectives);
      const created = withObjective.created;
      if (created) setObjectives((list) => [...list, created]);
      const next = withObjective.draft;
      setDraft(next);

      let agendaId: string;
      if (saved) {
        const result = await updateAgenda(api, saved.agenda, next, meeting.facts);
        if ("conflict" in result) {
          // Adopt the server's version so the next save overwrites on purpose; the draft stays.
          const current = result.current;
          if (current) setSaved((s) => (s ? { ...s, agenda: current } : s));
          throw result.conflict;
        }
        agendaId = result.agenda.id;
      } else {
        const agenda = await createAgenda(api, next, meeting.facts);
        setSaved({ agenda, contributions: [], commitments: [] });
        await item.setAgendaId(agenda.id);
        agendaId = agenda.id;
      }

      let view = await api.getAgenda(agendaId);
      if ((await addSlotContributions(api, view, next.departments, slots)) > 0) view = await api.getAgenda(agendaId);
      setSlots({});
      setSaved(view);
      const { replaced } = await writeAgendaIntoBody(item, view, {
        liveUrl: agendaLiveUrl(appBaseUrl, agendaId),
        lang: next.lang,
      });
      setNotice(replaced ? "updated" : "inserted");
    });
  }, [action, api, appBaseUrl, draft, item, objectives, saved, slots]);

  const setSlot = useCallback((department: string, text: string) => {
    setSlots((current) => ({ ...current, [departmentKey(department)]: text }));
  }, []);

  return {
    phase,
    loadError,
    retryLoad: () => setAttempt((n) => n + 1),
    draft,
    updateDraft,
    facts,
    bodyFormat,
    objectives,
    library,
    saved,
    notice,
    showProblems,
    action,
    save,
    directoryError,
    slots,
    setSlot,
    adoptView: setSaved,
  };
}
