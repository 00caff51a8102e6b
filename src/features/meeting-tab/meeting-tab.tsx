// The Teams meeting tab (content, side panel, stage): the shared objective first, then what each
// department can do for it, obstacles, commitments, and the missions tucked away in an appendix.
// Everyone's changes arrive live.
import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { CommitmentsSection } from "./commitments-section";
import { ContributionsSection } from "./contributions-section";
import { useLiveAgenda } from "./hooks/use-live-agenda";
import { useMe } from "./hooks/use-me";
import { MissionsAppendix } from "./missions-appendix";
import { ObjectiveHeader } from "./objective-header";
import { ObstaclesSection } from "./obstacles-section";

export type MeetingTabLayout = "narrow" | "wide";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
  },
  // The side panel is 320 px wide: one column, nothing with a fixed width.
  narrow: { maxWidth: "100%" },
  wide: { maxWidth: "960px", marginLeft: "auto", marginRight: "auto", width: "100%" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface MeetingTabProps {
  agendaId: string;
  layout?: MeetingTabLayout;
  /** Shown under the objective (the entry puts "Share to stage" there when Teams allows it). */
  headerActions?: ReactNode;
}

export function MeetingTab({ agendaId, layout = "narrow", headerActions }: MeetingTabProps) {
  const t = useT();
  const styles = useStyles();
  const live = useLiveAgenda(agendaId);
  const { me, error: meError } = useMe();
  const className = mergeClasses(styles.root, layout === "wide" ? styles.wide : styles.narrow);

  const error = live.loadError ?? meError;
  if (error) {
    return (
      <div className={className} data-testid="meeting-tab">
        <ErrorBar error={error} />
        <div>
          <Button onClick={live.reload}>{t("boundary.retry")}</Button>
        </div>
      </div>
    );
  }
  if (!live.view || !me) {
    return (
      <div className={className} data-testid="meeting-tab">
        <Spinner size="small" label={t("tab.loading")} />
      </div>
    );
  }

  const { view } = live;
  return (
    <div className={className} data-testid="meeting-tab" data-agenda-id={view.agenda.id}>
      <ObjectiveHeader agenda={view.agenda} status={live.status} />
      {headerActions}
      <Text size={200} className={styles.muted}>
        {t("tab.you", { name: me.name || me.email, department: me.department || t("common.unknownDepartment") })}
      </Text>
      <ContributionsSection
        view={view}
        me={me}
        onChanged={live.applyContribution}
        onDeleted={live.removeContribution}
      />
      <ObstaclesSection agenda={view.agenda} onChanged={live.applyAgenda} />
      <CommitmentsSection view={view} me={me} onChanged={live.applyCommitment} />
      <MissionsAppendix departments={view.agenda.departments} />
    </div>
  );
}
