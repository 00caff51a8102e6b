// The Outlook task pane: the shared objective first (focused), then what this meeting should decide;
// the meeting's facts and the purpose-first score folded into one strip; what each department can do;
// the agenda's language and Insert, with what stops it right there. The pane speaks the host's
// language (its own switch); the inserted agenda has its own, separately chosen.
import { Button, Field, Link, Spinner, Subtitle2, Text, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { agendaLiveUrl } from "../../core/agenda/agenda-markers";
import { DESIRED_OUTCOME_MAX } from "../../core/api/contract";
import { spannedDepartments } from "../../core/meeting/departments";
import { CoachHints } from "../../components/coach/coach-hints";
import { usePurposeScoreResult } from "../../components/coach/use-purpose-score";
import { I18nProvider } from "../../components/i18n/i18n-provider";
import { useT } from "../../components/i18n/use-t";
import { usePorts } from "../../components/ports-context";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import { describeError } from "../../components/status/describe-error";
import { AgendaPreview } from "./agenda-preview";
import { AttendeesByDepartment } from "./attendees-by-department";
import { CollectCommitmentsPanel } from "./collect-commitments-panel";
import { DepartmentsField } from "./departments-field";
import { previewView, problemTarget, savedSlots, type DraftProblem } from "./draft";
import { useEditorPlural, useEditorT } from "./editor-messages";
import { useAgendaEditor, type AgendaEditorModel } from "./hooks/use-agenda-editor";
import { useCarriedForward } from "./hooks/use-carried-forward";
import { InsertBar } from "./insert-bar";
import { MeetingStrip, type StripPart } from "./meeting-strip";
import { ObjectiveField } from "./objective-field";
import { PaneHeader } from "./pane-header";
import { ScoreExplainer } from "./score-explainer";
import { PaneRequests } from "./pane-requests";
import { SlotsSection } from "./slots-section";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    minWidth: 0,
    // At 320 px the pane's hints and labels wrap often: Japanese breaks between phrases (「決める」 stays
    // whole) where the engine can; PhraseText gives the same breaks where it cannot.
    wordBreak: "auto-phrase" as "normal",
    overflowWrap: "break-word",
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface AgendaEditorProps {
  /** Origin of this app, for the live-agenda link in the body (e.g. https://purpose.contoso.com). */
  appBaseUrl: string;
}

export function AgendaEditor({ appBaseUrl }: AgendaEditorProps) {
  const model = useAgendaEditor(appBaseUrl);
  const styles = useStyles();
  return (
    <I18nProvider lang={model.uiLang}>
      <div lang={model.uiLang} className={styles.root} data-testid="agenda-editor" data-ui-lang={model.uiLang}>
        <PaneHeader uiLang={model.uiLang} onUiLang={model.setUiLang} />
        <EditorBody model={model} appBaseUrl={appBaseUrl} />
      </div>
    </I18nProvider>
  );
}

/** Problems of fields inside the strip's details (the departments) open it before focus goes there. */
const inDetails = (p: DraftProblem) => p.field === "departments" || p.field === "mission";

function EditorBody({ model, appBaseUrl }: { model: AgendaEditorModel; appBaseUrl: string }) {
  const t = useT();
  const et = useEditorT();
  const plural = useEditorPlural();
  const styles = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const previewTitleId = useId("editor-preview-title");
  const departmentsTitleId = useId("editor-departments-title");
  const [open, setOpen] = useState<StripPart[]>([]);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const { draft, updateDraft, facts, saved, action, problems } = model;
  const carry = useCarriedForward(usePorts().api, draft.objectiveId, facts?.startsAt ?? null, saved);
  const view = useMemo(() => (facts ? previewView(draft, facts, saved, model.slots, carry.carried) : null), [draft, facts, saved, model.slots, carry.carried]);
  // Scored once the coach's chunk is loaded; the strip shows a dash until then.
  const score = usePurposeScoreResult(view && draft.objectiveTitle.trim() !== "" ? view : null);
  const known = useMemo(() => savedSlots(saved, facts?.organizerEmail ?? ""), [saved, facts]);

  // Focus (and scroll) goes to a field once it is on screen — a department field first needs the
  // strip's details opened, whose panel mounts a few frames later.
  useEffect(() => {
    if (!focusTarget) return;
    let frame = 0;
    let handle = 0;
    const attempt = () => {
      const field = root.current?.querySelector<HTMLElement>(`[data-field="${focusTarget}"]`);
      if (field) {
        field.focus();
        field.scrollIntoView?.({ block: "center" });
        setFocusTarget(null);
      } else if (++frame < 60) handle = requestAnimationFrame(attempt);
      else setFocusTarget(null);
    };
    attempt();
    return () => cancelAnimationFrame(handle);
  }, [focusTarget, open]);

  const goTo = useCallback((problem: DraftProblem) => {
    if (inDetails(problem)) setOpen((parts) => (parts.includes("details") ? parts : [...parts, "details"]));
    setFocusTarget(problemTarget(problem));
  }, []);

  const insert = async () => {
    const found = await model.save();
    if (found[0]) goTo(found[0]);
  };

  const outcomeTooLong = problems.some((p) => p.field === "desiredOutcome");
  const objectiveProblem = problems.find((p) => p.field === "objectiveTitle")?.kind ?? null;

  return (
    <div ref={root} className={styles.section}>
      {model.phase === "loading" && <Spinner size="small" label={t("editor.loadingMeeting")} />}
      {model.phase === "failed" && (
        <>
          <ErrorBar error={model.loadError} />
          <div>
            <Button onClick={model.retryLoad}>{t("boundary.retry")}</Button>
          </div>
        </>
      )}

      {model.phase === "ready" && facts && view && (
        <>
          <ObjectiveField
            autoFocus
            objectives={model.objectives}
            objectiveId={draft.objectiveId}
            title={draft.objectiveTitle}
            problem={objectiveProblem}
            addToLibrary={draft.addObjectiveToLibrary}
            onChange={({ objectiveId, title }) => updateDraft((d) => ({ ...d, objectiveId, objectiveTitle: title }))}
            onAddToLibrary={(add) => updateDraft((d) => ({ ...d, addObjectiveToLibrary: add }))}
          />
          {carry.carried && carry.carried.total > 0 && (
            <NoticeBar intent="info" data-testid="carried-forward-notice">
              {plural("carried.found", carry.carried.total)}
            </NoticeBar>
          )}
          {carry.error != null && (
            <NoticeBar intent="warning" data-testid="carried-forward-failed">
              {et("carried.failed", { reason: describeError(carry.error, t) })}
            </NoticeBar>
          )}

          <div>
            <Field
              label={t("editor.outcome.label")}
              hint={<PhraseText>{t("editor.outcome.hint")}</PhraseText>}
              validationMessage={outcomeTooLong ? et("outcome.tooLong", { max: DESIRED_OUTCOME_MAX, count: draft.desiredOutcome.trim().length }) : undefined}
            >
              <Textarea
                value={draft.desiredOutcome}
                resize="vertical"
                onChange={(_, data) => updateDraft((d) => ({ ...d, desiredOutcome: data.value }))}
                data-testid="desired-outcome-input"
                data-field="outcome"
              />
            </Field>
            <CoachHints value={draft.desiredOutcome} onApply={(desiredOutcome) => updateDraft((d) => ({ ...d, desiredOutcome }))} objective={draft.objectiveTitle} departments={draft.departments.map((d) => d.name)} data-testid="outcome-coach" />
          </div>

          {model.directoryError != null && (
            <NoticeBar intent="warning" data-testid="directory-failed">
              {et("attendees.directoryFailed", { reason: describeError(model.directoryError, t) })}
            </NoticeBar>
          )}
          {model.notice === "agendaMissing" && <NoticeBar intent="warning">{t("editor.agendaMissing")}</NoticeBar>}

          <MeetingStrip
            people={facts.attendees.length}
            departments={draft.departments.filter((d) => d.name.trim() !== "").length}
            teams={Boolean(facts.teamsThreadId || facts.joinUrl)}
            score={score?.score ?? null}
            open={open}
            onOpen={setOpen}
            details={
              <>
                <NoticeBar intent={facts.teamsThreadId || facts.joinUrl ? "info" : "warning"} data-testid="teams-status">
                  {facts.teamsThreadId || facts.joinUrl ? t("editor.teamsFound") : t("editor.teamsMissing")}
                </NoticeBar>
                <Text size={200}>
                  {spannedDepartments(facts.attendees).length >= 2
                    ? t("editor.departments.span", { count: spannedDepartments(facts.attendees).length, names: spannedDepartments(facts.attendees).join("、") })
                    : t("editor.departments.single")}
                </Text>
                <AttendeesByDepartment attendees={facts.attendees} />
                <section className={styles.section} aria-labelledby={departmentsTitleId}>
                  <Subtitle2 as="h3" id={departmentsTitleId}>
                    <PhraseText>{t("editor.departments.title")}</PhraseText>
                  </Subtitle2>
                  <Text size={200}>{t("editor.departments.hint")}</Text>
                  <DepartmentsField departments={draft.departments} library={model.library} problems={problems} onChange={(departments) => updateDraft((d) => ({ ...d, departments }))} />
                </section>
              </>
            }
            explanation={<ScoreExplainer score={score} view={view} />}
          />

          <SlotsSection
            departments={draft.departments}
            attendees={facts.attendees}
            organizerEmail={facts.organizerEmail}
            slots={model.slots}
            saved={known}
            tooLong={(department) => problems.some((p) => p.field === "slot" && p.department === department)}
            objective={draft.objectiveTitle}
            onChange={model.setSlot}
          />
          {saved && <PaneRequests key={saved.agenda.id} departments={draft.departments.map((d) => d.name)} view={saved} />}

          <InsertBar
            lang={draft.lang}
            onLang={model.setAgendaLang}
            update={saved !== null}
            busy={action.busy}
            problems={problems}
            departmentName={(index) => draft.departments[index]?.name.trim() ?? ""}
            onInsert={() => void insert()}
            onGoTo={goTo}
          />
          <ErrorBar error={action.error} onDismiss={action.clearError} />
          {/* Always mounted, so screen readers announce the success when it appears (the focus stays on the button). */}
          <div role="status" aria-live="polite" data-testid="agenda-saved-status">
            {(model.notice === "inserted" || model.notice === "updated") && saved && (
              <div className={styles.section} data-notice={model.notice} data-agenda-id={saved.agenda.id}>
                <NoticeBar data-testid="agenda-saved">{model.notice === "inserted" ? t("editor.inserted") : t("editor.updated")}</NoticeBar>
                <Link href={agendaLiveUrl(appBaseUrl, saved.agenda.id)} target="_blank" rel="noreferrer">
                  {t("editor.openLive")}
                </Link>
              </div>
            )}
          </div>

          <section className={styles.section} aria-labelledby={previewTitleId}>
            <Subtitle2 as="h3" id={previewTitleId}>
              <PhraseText>{t("editor.preview.title")}</PhraseText>
            </Subtitle2>
            <AgendaPreview view={view} format={model.bodyFormat} liveUrl={agendaLiveUrl(appBaseUrl, saved?.agenda.id ?? "preview")} lang={draft.lang} />
          </section>

          {saved && <CollectCommitmentsPanel agendaId={saved.agenda.id} onView={model.adoptView} />}
        </>
      )}
    </div>
  );
}
