// The read-only big-screen view Teams shows on the meeting stage, in the same numbered sections as the
// agenda in the meeting body: 1 the shared objective very large and what the meeting should decide,
// 2 what each department can do for it, 3 obstacles, 4 commitments (what earlier meetings still owe
// first), 5 the missions. Nothing to type or press: the stage is watched by the whole room, and changes
// arrive live from the side panels.
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { localIsoDate } from "../../components/dates";
import { useT } from "../../components/i18n/use-t";
import { NumberedHeading } from "../../components/numbered-heading";
import { AccessRefused, isRefusal } from "../../components/status/access-refused";
import { ErrorBar } from "../../components/status/error-bar";
import { useStageAgenda } from "./hooks/use-stage-agenda";
import { StageCarriedForward } from "./stage-carried-forward";
import { StageCommitmentsTable } from "./stage-commitments-table";
import { stageGroups } from "./stage-groups";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXL,
    padding: tokens.spacingHorizontalXXL,
    boxSizing: "border-box",
    minWidth: 0,
  },
  objective: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    borderLeft: `8px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase400 },
  missions: { margin: 0, display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  mission: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap", color: tokens.colorNeutralForeground2 },
  // Readable from the back of the room: the objective is the largest thing on the screen.
  title: { margin: 0, fontSize: "clamp(2rem, 5vw, 4rem)", lineHeight: 1.2, fontWeight: tokens.fontWeightBold, overflowWrap: "anywhere" },
  outcome: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  groups: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  group: { padding: tokens.spacingHorizontalM, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  groupTitle: { margin: 0, marginBottom: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  item: { overflowWrap: "anywhere", marginBottom: tokens.spacingVerticalS },
  // The big screen has nothing to press: a very long entry shows its first lines (all of it stays in
  // the page for screen readers, and in full in everyone's side panel).
  clamped: { display: "-webkit-box", WebkitBoxOrient: "vertical", WebkitLineClamp: "6", overflow: "hidden", whiteSpace: "pre-wrap" },
});

export interface MeetingStageProps {
  agendaId: string;
  /** The local day "overdue" is measured against (tests fix it). */
  today?: string;
}

export function MeetingStage({ agendaId, today }: MeetingStageProps) {
  const t = useT();
  const styles = useStyles();
  const { view, error, reload } = useStageAgenda(agendaId);

  if (isRefusal(error)) {
    return (
      <div className={styles.root} data-testid="meeting-stage">
        <AccessRefused error={error} />
      </div>
    );
  }
  if (error) {
    return (
      <div className={styles.root} data-testid="meeting-stage">
        <ErrorBar error={error} />
        <div>
          <Button onClick={reload}>{t("boundary.retry")}</Button>
        </div>
      </div>
    );
  }
  if (!view) {
    return (
      <div className={styles.root} data-testid="meeting-stage">
        <Spinner size="medium" label={t("tab.loading")} />
      </div>
    );
  }

  const groups = stageGroups(view);
  const missions = view.agenda.departments.filter((d) => d.mission.trim() !== "");
  return (
    <div className={styles.root} data-testid="meeting-stage" data-agenda-id={view.agenda.id} data-revision={view.agenda.revision}>
      <section className={styles.objective} aria-labelledby="stage-objective-heading">
        <NumberedHeading number={1} id="stage-objective-heading" size="large">
          {t("tab.objective.label")}
        </NumberedHeading>
        <p className={styles.title} data-phrase-break data-testid="stage-objective-title">
          <PhraseText>{view.agenda.objectiveTitle}</PhraseText>
        </p>
        {view.agenda.desiredOutcome && (
          <Text className={styles.outcome} data-testid="stage-outcome">
            <strong>{t("common.labelled", { label: t("tab.outcome.label") })}</strong>
            {view.agenda.desiredOutcome}
          </Text>
        )}
      </section>
      <section className={styles.section} aria-labelledby="stage-contributions-title">
        <NumberedHeading number={2} id="stage-contributions-title" size="large">
          {t("tab.contributions.title")}
        </NumberedHeading>
        {groups.length === 0 ? (
          <Text className={styles.muted}>{t("tab.contributions.empty")}</Text>
        ) : (
          <div className={styles.groups}>
            {groups.map((g) => (
              <div key={g.department} className={styles.group} data-testid="stage-group" data-department={g.department}>
                <h3 className={styles.groupTitle}>{g.department}</h3>
                <ul className={styles.list}>
                  {g.contributions.map((c) => (
                    <li key={c.id} className={styles.item}>
                      <span className={styles.clamped}>{c.text}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </section>
      <section className={styles.section} aria-labelledby="stage-obstacles-title" data-testid="stage-obstacles">
        <NumberedHeading number={3} id="stage-obstacles-title" size="large">
          {t("tab.obstacles.title")}
        </NumberedHeading>
        {view.agenda.obstacles.length === 0 ? (
          <Text className={styles.muted}>{t("tab.obstacles.empty")}</Text>
        ) : (
          <ul className={styles.list}>
            {view.agenda.obstacles.map((o, i) => (
              <li key={i} className={styles.item}>
                {o}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="stage-commitments-title">
        <NumberedHeading number={4} id="stage-commitments-title" size="large">
          {t("tab.commitments.title")}
        </NumberedHeading>
        <StageCarriedForward carried={view.carriedForward} today={today ?? localIsoDate()} />
        <StageCommitmentsTable commitments={view.commitments} today={today ?? localIsoDate()} />
      </section>
      <section className={styles.section} aria-labelledby="stage-appendix-title" data-testid="stage-appendix">
        <NumberedHeading number={5} id="stage-appendix-title" size="large">
          {t("tab.appendix.title")}
        </NumberedHeading>
        {missions.length === 0 ? (
          <Text className={styles.muted}>{t("tab.appendix.empty")}</Text>
        ) : (
          <dl className={styles.missions}>
            {missions.map((d) => (
              <div key={d.name}>
                <dt className={styles.groupTitle}>{d.name}</dt>
                <dd className={styles.mission}>{d.mission}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
