// The Outlook task pane: the organizer sets the shared objective, the desired outcome and the
// departments, sees the agenda as it will appear, and inserts (later: updates) it in the body.
import {
  Button,
  Field,
  Link,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  Title3,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { agendaLiveUrl } from "../../core/agenda/agenda-markers";
import type { Lang } from "../../core/api/contract";
import { spannedDepartments } from "../../core/meeting/departments";
import { CoachHints } from "../../components/coach/coach-hints";
import { PurposeScore } from "../../components/coach/purpose-score-badge";
import { usePurposeScore } from "../../components/coach/use-purpose-score";
import { I18nProvider } from "../../components/i18n/i18n-provider";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import { describeError } from "../../components/status/describe-error";
import { AgendaPreview } from "./agenda-preview";
import { AttendeesByDepartment } from "./attendees-by-department";
import { CollectCommitmentsPanel } from "./collect-commitments-panel";
import { DepartmentsField } from "./departments-field";
import { draftProblems, previewView } from "./draft";
import { useEditorT } from "./editor-messages";
import { useAgendaEditor, type AgendaEditorModel } from "./hooks/use-agenda-editor";
import { usePorts } from "../../components/ports-context";
import { useCarriedForward } from "./hooks/use-carried-forward";
import { ObjectiveField } from "./objective-field";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

export interface AgendaEditorProps {
  /** Origin of this app, for the live-agenda link in the body (e.g. https://purpose.contoso.com). */
  appBaseUrl: string;
}

export function AgendaEditor({ appBaseUrl }: AgendaEditorProps) {
  const model = useAgendaEditor(appBaseUrl);
  const styles = useStyles();
  // The pane speaks the agenda's language, so the organizer sees the words attendees will see.
  return (
    <I18nProvider lang={model.draft.lang}>
      <div lang={model.draft.lang} className={styles.root} data-testid="agenda-editor">
        <EditorBody model={model} appBaseUrl={appBaseUrl} />
      </div>
    </I18nProvider>
  );
}

function EditorBody({ model, appBaseUrl }: { model: AgendaEditorModel; appBaseUrl: string }) {
  const t = useT();
  const et = useEditorT();
  const styles = useStyles();
  const departmentsTitleId = useId("editor-departments-title");
  const previewTitleId = useId("editor-preview-title");
  const { draft, updateDraft, facts, saved, action } = model;
  const problems = useMemo(() => (model.showProblems ? draftProblems(draft) : []), [model.showProblems, draft]);
  const liveUrl = agendaLiveUrl(appBaseUrl, saved?.agenda.id ?? "preview");
  const carry = useCarriedForward(usePorts().api, draft.objectiveId, facts?.startsAt ?? null, saved);
  const view = useMemo(
    () => (facts ? previewView(draft, facts, saved, model.slots, carry.carried) : null),
    [draft, facts, saved, model.slots, carry.carried],
  );
  const spanned = facts ? spannedDepartments(facts.attendees) : [];
  const liveScore = usePurposeScore(view);

  return (
    <>
      <header className={styles.section}>
        <Title3 as="h2">{t("editor.title")}</Title3>
        <Text>{t("editor.intro")}</Text>
      </header>

      <RadioGroup
        layout="horizontal"
        value={draft.lang}
        aria-label={t("editor.language")}
        onChange={(_, data) => updateDraft((d) => ({ ...d, lang: data.value as Lang }))}
        data-testid="agenda-language"
      >
        <Radio value="ja" label={t("common.lang.ja")} />
        <Radio value="en" label={t("common.lang.en")} />
      </RadioGroup>

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
          <div className={styles.section}>
            <Text size={200}>
              {t("editor.attendees", { count: facts.attendees.length })}
              {" · "}
              {spanned.length >= 2
                ? t("editor.departments.span", { count: spanned.length, names: spanned.join("、") })
                : t("editor.departments.single")}
            </Text>
            <NoticeBar intent={facts.teamsThreadId || facts.joinUrl ? "info" : "warning"} data-testid="teams-status">
              {facts.teamsThreadId || facts.joinUrl ? t("editor.teamsFound") : t("editor.teamsMissing")}
            </NoticeBar>
            <AttendeesByDepartment attendees={facts.attendees} />
            {model.directoryError != null && (
              <NoticeBar intent="warning" data-testid="directory-failed">
                {et("attendees.directoryFailed", { reason: describeError(model.directoryError, t) })}
              </NoticeBar>
            )}
            {model.notice === "agendaMissing" && (
              <NoticeBar intent="warning">{t("editor.agendaMissing")}</NoticeBar>
            )}
          </div>

          <PurposeScore score={view ? liveScore : (saved?.agenda.purposeScore ?? null)} />
          <ObjectiveField
            objectives={model.objectives}
            objectiveId={draft.objectiveId}
            title={draft.objectiveTitle}
            invalid={problems.some((p) => p.field === "objectiveTitle")}
            onChange={({ objectiveId, title }) =>
              updateDraft((d) => ({ ...d, objectiveId, objectiveTitle: title }))
            }
          />

          {carry.carried && carry.carried.total > 0 && (
            <NoticeBar intent="info" data-testid="carried-forward-notice">
              {et("carried.found", { count: carry.carried.total })}
            </NoticeBar>
          )}
          {carry.error != null && (
            <NoticeBar intent="warning" data-testid="carried-forward-failed">
              {et("carried.failed", { reason: describeError(carry.error, t) })}
            </NoticeBar>
          )}

          <Field label={t("editor.outcome.label")} hint={t("editor.outcome.hint")}>
            <Textarea
              value={draft.desiredOutcome}
              resize="vertical"
              onChange={(_, data) => updateDraft((d) => ({ ...d, desiredOutcome: data.value }))}
              data-testid="desired-outcome-input"
            />
          </Field>
          <CoachHints value={draft.desiredOutcome} onApply={(desiredOutcome) => updateDraft((d) => ({ ...d, desiredOutcome }))} objective={draft.objectiveTitle} departments={draft.departments.map((d) => d.name)} data-testid="outcome-coach" />

          <section className={styles.section} aria-labelledby={departmentsTitleId}>
            <Subtitle2 as="h3" id={departmentsTitleId}>
              {t("editor.departments.title")}
            </Subtitle2>
            <Text size={200}>{t("editor.departments.hint")}</Text>
            <DepartmentsField
              departments={draft.departments}
              library={model.library}
              problems={problems}
              onChange={(departments) => updateDraft((d) => ({ ...d, departments }))}
              slots={model.slots}
              onSlotChange={model.setSlot}
            />
          </section>

          <div className={styles.actions}>
            <Button appearance="primary" disabled={action.busy} onClick={() => void model.save()} data-testid="insert-agenda">
              {saved ? t("editor.update") : t("editor.insert")}
            </Button>
            <BusyIndicator busy={action.busy} label={t("editor.saving")} />
          </div>
          <ErrorBar error={action.error} onDismiss={action.clearError} />
          {(model.notice === "inserted" || model.notice === "updated") && saved && (
            <div className={styles.section} data-notice={model.notice} data-agenda-id={saved.agenda.id}>
              <NoticeBar data-testid="agenda-saved">
                {model.notice === "inserted" ? t("editor.inserted") : t("editor.updated")}
              </NoticeBar>
              <Link href={agendaLiveUrl(appBaseUrl, saved.agenda.id)} target="_blank" rel="noreferrer">
                {t("editor.openLive")}
              </Link>
            </div>
          )}

          <section className={styles.section} aria-labelledby={previewTitleId}>
            <Subtitle2 as="h3" id={previewTitleId}>
              {t("editor.preview.title")}
            </Subtitle2>
            <AgendaPreview view={view} format={model.bodyFormat} liveUrl={liveUrl} lang={draft.lang} />
          </section>

          {saved && <CollectCommitmentsPanel agendaId={saved.agenda.id} onView={model.adoptView} />}
        </>
      )}
    </>
  );
}
