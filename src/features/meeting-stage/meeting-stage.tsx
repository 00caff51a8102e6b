// The read-only big-screen view Teams shows on the meeting stage: the shared objective very large, what
// the meeting should decide, what each department can do for it, and the commitments. Nothing to type
// or press: the stage is watched by the whole room, and changes arrive live from the side panels.
import { Button, Spinner, Subtitle1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { localIsoDate } from "../../components/dates";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useStageAgenda } from "./hooks/use-stage-agenda";
import { StageCommitmentsTable } from "./stage-commitments-table";
import { stageGroups } from "./stage-groups";

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
  label: { fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground2 },
  // Readable from the back of the room: the objective is the largest thing on the screen.
  title: { margin: 0, fontSize: "clamp(2rem, 5vw, 4rem)", lineHeight: 1.2, fontWeight: tokens.fontWeightBold, overflowWrap: "anywhere" },
  outcome: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  groups: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  group: { padding: tokens.spacingHorizontalM, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  item: { overflowWrap: "anywhere", marginBottom: tokens.spacingVerticalS },
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
  return (
    <div className={styles.root} data-testid="meeting-stage" data-agenda-id={view.agenda.id} data-revision={view.agenda.revision}>
      <section className={styles.objective} aria-labelledby="stage-objective-title">
        <Text className={styles.label}>{t("tab.objective.label")}</Text>
        <h2 className={styles.title} id="stage-objective-title" data-testid="stage-objective-title">
          {view.agenda.objectiveTitle}
        </h2>
        {view.agenda.desiredOutcome && (
          <Text className={styles.outcome} data-testid="stage-outcome">
            <strong>{t("tab.outcome.label")}: </strong>
            {view.agenda.desiredOutcome}
          </Text>
        )}
      </section>
      <section aria-labelledby="stage-contributions-title">
        <Subtitle1 as="h3" id="stage-contributions-title">
          {t("tab.contributions.title")}
        </Subtitle1>
        {groups.length === 0 ? (
          <Text>{t("tab.contributions.empty")}</Text>
        ) : (
          <div className={styles.groups}>
            {groups.map((g) => (
              <div key={g.department} className={styles.group} data-testid="stage-group" data-department={g.department}>
                <Subtitle1 as="h4">{g.department}</Subtitle1>
                <ul className={styles.list}>
                  {g.contributions.map((c) => (
                    <li key={c.id} className={styles.item}>
                      {c.text}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="stage-commitments-title">
        <Subtitle1 as="h3" id="stage-commitments-title">
          {t("tab.commitments.title")}
        </Subtitle1>
        <StageCommitmentsTable commitments={view.commitments} today={today ?? localIsoDate()} />
      </section>
    </div>
  );
}
