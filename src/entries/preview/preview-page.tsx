// /preview: the whole story on one page with no Microsoft 365 — the organizer in a simulated Outlook
// compose window with the real task pane, two attendees of different departments in simulated Teams
// side panels, and the PMO's dashboard. Fake hosts, real API and database, a dev-token identity each.
import { Radio, RadioGroup, Select, Field, Subtitle1, Text, Title1, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../../core/api/primitives";
import { DEMO_PEOPLE } from "../../core/demo/demo-people";
import { AppShell } from "../../components/app-shell";
import { PageTitle } from "../../components/page-title";
import { ErrorBoundary } from "../../components/error-boundary";
import { useT } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { RequestProgress } from "../../components/status/request-progress";
import { AgendaEditor } from "../../features/agenda-editor/agenda-editor";
import { PmoDashboard } from "../../features/pmo-dashboard/pmo-dashboard";
import { createFakeMeetingItem, type FakeMeetingItem } from "../../platform/fakes/fake-meeting-item";
import { outlookWebRewrite } from "../../platform/fakes/outlook-rewrite";
import type { BodyFormat, TeamsTheme } from "../../platform/ports";
import { ComposeWindow } from "./compose-window";
import { createPreviewCast, type PreviewCast } from "./preview-cast";
import { sampleBody, withFreshMeetingId } from "./sample-body";
import { TeamsSidePanel } from "./teams-side-panel";
import { RemindersOutboxPanel } from "./reminders-outbox-panel";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL, padding: tokens.spacingHorizontalL },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  controls: { display: "flex", gap: tokens.spacingHorizontalXL, flexWrap: "wrap", alignItems: "end" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap", alignItems: "start" },
  // The add-in's own area is exactly the chosen width, as Outlook sizes its task pane; the frame's
  // border is drawn outside it.
  pane: {
    flex: "0 0 auto",
    boxSizing: "content-box",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  paneTitle: { display: "block", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground3 },
  paneNarrow: { width: "320px" },
  paneWide: { width: "450px" },
  pmo: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
});

function tomorrowAt(hour: number): Date {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(hour, 0, 0, 0);
  return d;
}

function createComposeItem(cast: PreviewCast, lang: Lang, subject: string, format: BodyFormat = "html"): FakeMeetingItem {
  return createFakeMeetingItem({
    subject,
    body: withFreshMeetingId(sampleBody(format, lang)),
    bodyFormat: format,
    organizerEmail: cast.organizer.person.email,
    attendees: cast.attendees.map((a) => ({ email: a.person.email, name: a.person.name, kind: "required" as const })),
    start: tomorrowAt(10),
    end: tomorrowAt(11),
    displayLanguage: lang,
    // Outlook on the web rewrites what add-ins write; the preview shows the body as it would come back.
    rewriteOnSet: outlookWebRewrite,
  });
}

/** Outlook's task pane widths: narrow (its default, and Outlook on the web) and wide (widened by the user). */
export const PANE_WIDTHS = [320, 450] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];

/** A `?pane=` value as a pane width, or the narrow default. */
export function paneWidthFrom(value: string | null): PaneWidth {
  return PANE_WIDTHS.find((w) => String(w) === value) ?? 320;
}

interface PreviewPageProps {
  baseUrl: string;
  lang: Lang;
  theme: TeamsTheme;
  paneWidth: PaneWidth;
  onLang(lang: Lang): void;
  onTheme(theme: TeamsTheme): void;
  onPaneWidth(width: PaneWidth): void;
}

function PreviewContent({ baseUrl, lang, theme, paneWidth, onLang, onTheme, onPaneWidth }: PreviewPageProps) {
  const t = useT();
  const styles = useStyles();
  const organizerTitleId = useId("preview-organizer");
  const attendeesTitleId = useId("preview-attendees");
  const pmoTitleId = useId("preview-pmo");
  const cast = useMemo(() => createPreviewCast(baseUrl), [baseUrl]);
  // One compose window per page load, in the language the page started in.
  const [item, setItem] = useState(() => createComposeItem(cast, lang, t("preview.compose.subjectValue")));
  const [snapshot, setSnapshot] = useState(() => item.snapshot());
  // A new body format is a new meeting: a fresh item, and the task pane opened anew on it.
  const [itemNumber, setItemNumber] = useState(0);
  const switchFormat = (format: BodyFormat) => {
    if (format === snapshot.bodyFormat) return;
    const next = createComposeItem(cast, lang, t("preview.compose.subjectValue"), format);
    setItem(next);
    setSnapshot(next.snapshot());
    setItemNumber((n) => n + 1);
  };
  const [pmoRefresh, setPmoRefresh] = useState(0);
  const agendaId = snapshot.agendaId;

  useEffect(() => item.onChange(setSnapshot), [item]);

  // The PMO's list has no live stream of its own; refresh it when a meeting's commitments (or the
  // requests between its departments, which the PMO's matrix counts) change.
  useEffect(() => {
    if (!agendaId) return;
    const subscription = cast.organizer.client.api.subscribeAgenda(agendaId, {
      onChange: (event) => {
        if (event.kind === "commitment" || event.kind === "request") setPmoRefresh((n) => n + 1);
      },
    });
    return () => subscription.close();
  }, [cast, agendaId]);

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title1 as="h1">
          <PhraseText>{t("preview.title")}</PhraseText>
        </Title1>
        <Text>{t("preview.intro")}</Text>
        <div className={styles.controls}>
          <RadioGroup
            layout="horizontal"
            aria-label={t("preview.pageLanguage")}
            value={lang}
            onChange={(_, d) => {
              // The page's language stands for Office's display language: the task pane follows it.
              item.setDisplayLanguage(d.value as Lang);
              onLang(d.value as Lang);
            }}
            data-testid="preview-language"
          >
            <Radio value="ja" label={t("common.lang.ja")} />
            <Radio value="en" label={t("common.lang.en")} />
          </RadioGroup>
          <Field label={t("preview.theme")}>
            <Select value={theme} onChange={(_, d) => onTheme(d.value as TeamsTheme)} data-testid="preview-theme">
              <option value="default">{t("preview.theme.default")}</option>
              <option value="dark">{t("preview.theme.dark")}</option>
              <option value="contrast">{t("preview.theme.contrast")}</option>
            </Select>
          </Field>
          <Field label={t("preview.paneWidth")}>
            <RadioGroup
              layout="horizontal"
              value={String(paneWidth)}
              onChange={(_, d) => onPaneWidth(paneWidthFrom(d.value))}
              data-testid="preview-pane-width"
            >
              <Radio value="320" label={t("preview.paneWidth.narrow")} />
              <Radio value="450" label={t("preview.paneWidth.wide")} />
            </RadioGroup>
          </Field>
        </div>
      </header>

      <main className={styles.main} data-agenda-id={agendaId ?? ""} data-testid="preview-main">
        <section className={styles.section} aria-labelledby={organizerTitleId} data-testid="preview-organizer">
          <Subtitle1 as="h2" id={organizerTitleId}>
            {t("preview.organizer.title", { name: cast.organizer.person.name })}
          </Subtitle1>
          <div className={styles.row}>
            <ComposeWindow snapshot={snapshot} organizer={cast.organizer.person} people={DEMO_PEOPLE} onFormat={switchFormat} />
            <section
              className={mergeClasses(styles.pane, paneWidth === 320 ? styles.paneNarrow : styles.paneWide)}
              aria-label={t("preview.taskpane.label")}
              data-testid="taskpane"
              data-pane-width={paneWidth}
            >
              <Text weight="semibold" className={styles.paneTitle}>
                {t("preview.taskpane.label")}
              </Text>
              <RequestProgress source={cast.organizer.client.progress} label={t("common.loading")} />
              <PortsProvider key={itemNumber} ports={{ api: cast.organizer.client.api, meetingItem: item }}>
                <ErrorBoundary>
                  <AgendaEditor appBaseUrl={baseUrl} />
                </ErrorBoundary>
              </PortsProvider>
            </section>
          </div>
        </section>

        <section className={styles.section} aria-labelledby={attendeesTitleId} data-testid="preview-attendees">
          <Subtitle1 as="h2" id={attendeesTitleId}>
            {t("preview.attendees.title")}
          </Subtitle1>
          <div className={styles.row}>
            {cast.attendees.map((a, i) => (
              <TeamsSidePanel key={a.person.email} index={i + 1} person={a.person} client={a.client} agendaId={agendaId} />
            ))}
          </div>
        </section>

        <section className={styles.section} aria-labelledby={pmoTitleId} data-testid="preview-pmo">
          <Subtitle1 as="h2" id={pmoTitleId}>
            {t("preview.pmo.title", { name: cast.pmo.person.name })}
          </Subtitle1>
          <Text size={200}>{t("preview.pmo.refreshHint")}</Text>
          <div className={styles.pmo}>
            <RequestProgress source={cast.pmo.client.progress} label={t("common.loading")} />
            <PortsProvider ports={{ api: cast.pmo.client.api }}>
              <ErrorBoundary>
                <PmoDashboard headingLevel={3} refreshSignal={pmoRefresh} />
              </ErrorBoundary>
            </PortsProvider>
          </div>
          <div className={styles.pmo}>
            <ErrorBoundary>
              <RemindersOutboxPanel baseUrl={baseUrl} pmo={cast.pmo.person} />
            </ErrorBoundary>
          </div>
        </section>
      </main>
    </div>
  );
}

export function PreviewPage({ baseUrl, initialLang, initialPaneWidth = 320 }: { baseUrl: string; initialLang: Lang; initialPaneWidth?: PaneWidth }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [theme, setTheme] = useState<TeamsTheme>("default");
  const [paneWidth, setPaneWidth] = useState<PaneWidth>(initialPaneWidth);
  return (
    <AppShell lang={lang} theme={theme}>
      <PageTitle page="page.preview" />
      <PreviewContent
        baseUrl={baseUrl}
        lang={lang}
        theme={theme}
        paneWidth={paneWidth}
        onLang={setLang}
        onTheme={setTheme}
        onPaneWidth={setPaneWidth}
      />
    </AppShell>
  );
}
