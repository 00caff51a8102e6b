// The task pane's state: load the meeting (and its agenda, when this item already has one), keep the
// draft, and save = ONE write (create, or patch with the version: agenda, department slots and the
// library choice together), then write the answer's view into the body. Never creates a second
// agenda for the same item: the id is stored on the item the moment the agenda exists.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AgendaView, Department, Objective } from "../../../core/api/contract";
import type { Lang } from "../../../core/api/primitives";
import { agendaLiveUrl } from "../../../core/agenda/agenda-markers";
import { departmentKey, spannedDepartments } from "../../../core/meeting/departments";
import { usePorts } from "../../../components/ports-context";
import { useAction, type ActionState } from "../../../components/status/use-action";
import { ApiError, type BodyFormat, type MeetingItem } from "../../../platform/ports";
import { readMeeting, type DirectoryCache } from "../api/read-meeting";
import { createAgenda, updateAgenda, withLibraryObjective } from "../api/save-agenda";
import { writeAgendaIntoBody } from "../api/write-agenda-into-body";
import {
  departmentsWithMissions,
  draftFromAgenda,
  draftProblems,
  emptyDraft,
  savedSlots,
  slotTextsOf,
  slotsToSend,
  type DraftProblem,
  type EditorDraft,
  type MeetingFacts,
} from "../draft";

export type EditorNotice = "inserted" | "updated" | "agendaMissing" | null;

export interface AgendaEditorModel {
  phase: "loading" | "ready" | "failed";
  loadError: unknown;
  retryLoad(): void;
  /** The pane's own language: the host's display language until the organizer switches it. */
  uiLang: Lang;
  setUiLang(lang: Lang): void;
  draft: EditorDraft;
  updateDraft(change: (draft: EditorDraft) => EditorDraft): void;
  /** The organizer's explicit choice of the agenda's language (until then it follows the pane's). */
  setAgendaLang(lang: Lang): void;
  facts: MeetingFacts | null;
  bodyFormat: BodyFormat;
  objectives: Objective[];
  library: Department[];
  saved: AgendaView | null;
  notice: EditorNotice;
  /** Validation shows only after the first save attempt, not while the organizer is still typing. */
  showProblems: boolean;
  /** What stops an insert right now (empty until the first attempt). */
  problems: DraftProblem[];
  action: ActionState;
  /** Inserts, or — with problems — resolves with them (the pane then takes the organizer there). */
  save(): Promise<DraftProblem[]>;
  /** Why the attendees' departments could not be looked up (null when they were). */
  directoryError: unknown;
  /** "What can we do for it" per department (by departmentKey): saved with the agenda, kept after. */
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
  const directory = useRef<DirectoryCache>(new Map());
  const [phase, setPhase] = useState<AgendaEditorModel["phase"]>("loading");
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  // The host's language is read on every render: Office's is fixed for the session, the fake's (on
  // /preview) follows the page. The pane's own switch holds only while the host's language stays.
  const hostLang = item.displayLanguage();
  const [uiChoice, setUiChoice] = useState<{ host: Lang; lang: Lang } | null>(null);
  const uiLang = uiChoice && uiChoice.host === hostLang ? uiChoice.lang : hostLang;
  const setUiLang = useCallback((lang: Lang) => setUiChoice({ host: hostLang, lang }), [hostLang]);
  // The agenda's language is the pane's until the organizer picks one (or the saved agenda has one).
  const [agendaLangChosen, setAgendaLangChosen] = useState(false);
  const [rawDraft, setDraft] = useState<EditorDraft>(() => emptyDraft(hostLang));
  const draft = useMemo(() => (agendaLangChosen || rawDraft.lang === uiLang ? rawDraft : { ...rawDraft, lang: uiLang }), [agendaLangChosen, rawDraft, uiLang]);
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
        readMeeting(item, api, directory.current),
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
      setSlots(slotTextsOf(view, meeting.facts.organizerEmail));
      if (view) setAgendaLangChosen(true);
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

  const save = useCallback(async (): Promise<DraftProblem[]> => {
    setShowProblems(true);
    setNotice(null);
    const problems = draftProblems(draft, slots);
    if (problems.length > 0) return problems;
    await action.run(async () => {
      // Attendees and the Teams link may have changed since the pane opened; the directory is asked
      // only about people it was not asked about yet.
      const meeting = await readMeeting(item, api, directory.current);
      setFacts(meeting.facts);
      setBodyFormat(meeting.bodyFormat);
      setDirectoryError(meeting.directoryError);

      const next = withLibraryObjective(draft, objectives);
      const toSend = slotsToSend(next, slots, savedSlots(saved, meeting.facts.organizerEmail));

      let view: AgendaView;
      if (saved) {
        const result = await updateAgenda(api, saved.agenda, next, meeting.facts, toSend);
        if ("conflict" in result) {
          // Adopt the server's version so the next save overwrites on purpose; the draft stays.
          const current = result.current;
          if (current) setSaved((s) => (s ? { ...s, agenda: current } : s));
          throw result.conflict;
        }
        view = result.view;
      } else {
        view = await createAgenda(api, next, meeting.facts, toSend);
        await item.setAgendaId(view.agenda.id);
      }
      setSaved(view);
      // Once inserted, the agenda keeps its language whatever the pane is switched to later.
      setAgendaLangChosen(true);
      setDraft((d) => ({ ...d, lang: view.agenda.lang, objectiveId: view.agenda.objectiveId, objectiveTitle: view.agenda.objectiveTitle, addObjectiveToLibrary: false }));
      const joined = view.agenda.objectiveId;
      if (joined && !objectives.some((o) => o.id === joined)) {
        setObjectives((list) => [...list, { id: joined, title: view.agenda.objectiveTitle, description: "", createdAt: view.agenda.updatedAt }]);
      }
      // The fields keep what was saved (a department's own confirmed text is shown, not edited).
      setSlots(slotTextsOf(view, meeting.facts.organizerEmail));
      const { replaced } = await writeAgendaIntoBody(item, view, {
        liveUrl: agendaLiveUrl(appBaseUrl, view.agenda.id),
        lang: next.lang,
      });
      setNotice(replaced ? "updated" : "inserted");
    });
    return [];
  }, [action, api, appBaseUrl, draft, item, objectives, saved, slots]);

  const setAgendaLang = useCallback((lang: Lang) => {
    setAgendaLangChosen(true);
    setDraft((d) => ({ ...d, lang }));
    setNotice((n) => (n === "agendaMissing" ? n : null));
  }, []);

  const setSlot = useCallback((department: string, text: string) => {
    setSlots((current) => ({ ...current, [departmentKey(department)]: text }));
    setNotice((n) => (n === "agendaMissing" ? n : null));
  }, []);

  return {
    phase,
    loadError,
    retryLoad: () => setAttempt((n) => n + 1),
    uiLang,
    setUiLang,
    draft,
    updateDraft,
    setAgendaLang,
    facts,
    bodyFormat,
    objectives,
    library,
    saved,
    notice,
    showProblems,
    problems: showProblems ? draftProblems(draft, slots) : [],
    action,
    save,
    directoryError,
    slots,
    setSlot,
    adoptView: setSaved,
  };
}
