// The Teams meeting tab (content, side panel) as a live document with the same numbered sections as the
// agenda in the meeting body: 1 the shared objective (first), 2 what each department can do for it,
// 3 obstacles, 4 commitments (what earlier meetings still owe first), 5 the missions in an appendix.
// Everyone's changes arrive live; my writes go through an offline queue and my typing is kept as
// drafts, both in the local store the entry gives (memory when none).
import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { Agenda, Commitment, Contribution } from "../../core/api/contract";
import type { RequestRespondResult } from "../../core/api/request-contract";
import type { DepartmentRequest } from "../../core/api/request-view";
import { usePorts } from "../../components/ports-context";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { useRevealOpenedForms } from "../../components/use-reveal-opened-forms";
import { AccessRefused, isRefusal } from "../../components/status/access-refused";
import { CommitmentsSection } from "./commitments-section";
import { ContributionsSection } from "./contributions-section";
import { useLiveAgenda } from "./hooks/use-live-agenda";
import { useMe } from "./hooks/use-me";
import { MissionsAppendix } from "./missions-appendix";
import { ObjectiveSection } from "./objective-section";
import { ObstaclesSection } from "./obstacles-section";
import type { WriteIntent } from "./offline/queued-write";
import { SignInAgain } from "./offline/sign-in-again";
import { TabWritesProvider } from "./offline/tab-writes";
import { TabWritesStatus } from "./offline/tab-writes-status";
import { ApiError, type LocalStore } from "../../platform/ports";
import { createMemoryLocalStore } from "../../platform/storage/memory-local-store";

export type MeetingTabLayout = "narrow" | "wide";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    boxSizing: "border-box",
    // The inline forms' buttons are short labels: one line each (「キャン／セル」 at 280 px was not
    // readable), and their row wraps instead when the panel is too narrow for all of them.
    "& form .fui-Button": { whiteSpace: "nowrap", flexShrink: 0 },
    "& form div:has(> .fui-Button)": { flexWrap: "wrap" },
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
  /** Where drafts and the offline queue are kept (localStorage in the entries). */
  store?: LocalStore;
}

const isUnauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

export function MeetingTab({ agendaId, layout = "narrow", headerActions, store }: MeetingTabProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = usePorts();
  const live = useLiveAgenda(agendaId);
  const [meAttempt, setMeAttempt] = useState(0);
  const { me, error: meError } = useMe(meAttempt);
  const [memoryStore] = useState(createMemoryLocalStore);
  const revealOpenedForm = useRevealOpenedForms();
  const className = mergeClasses(styles.root, layout === "wide" ? styles.wide : styles.narrow);

  // My own writes show at once, before their change event arrives.
  const onSent = (intent: WriteIntent, result: unknown) => {
    if (intent.kind === "deleteContribution") live.removeContribution(intent.id);
    else if (intent.kind === "addContribution" || intent.kind === "editContribution") live.applyContribution(result as Contribution);
    else if (intent.kind === "addRequest") live.applyRequest(result as DepartmentRequest);
    else if (intent.kind === "respondRequest") live.applyRequest((result as RequestRespondResult).request);
    else if (intent.kind === "addObstacle") live.applyAgenda(result as Agenda);
    else live.applyCommitment(result as Commitment);
  };

  const error = live.loadError ?? meError;
  if (isUnauthorized(error)) {
    return (
      <div className={className} data-testid="meeting-tab">
        <SignInAgain
          onSignedIn={() => {
            live.reload();
            setMeAttempt((n) => n + 1);
          }}
        />
      </div>
    );
  }
  if (isRefusal(error)) {
    return (
      <div className={className} data-testid="meeting-tab">
        <AccessRefused error={error} />
      </div>
    );
  }
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
    <TabWritesProvider api={api} store={store ?? memoryStore} email={me.email} agendaId={view.agenda.id} onSent={onSent}>
      <div className={className} data-testid="meeting-tab" data-agenda-id={view.agenda.id} onFocus={revealOpenedForm}>
        <ObjectiveSection agenda={view.agenda} status={live.status} />
        {headerActions}
        <TabWritesStatus />
        <Text size={200} className={styles.muted}>
          {t("tab.you", { name: me.name || me.email, department: me.department || t("common.unknownDepartment") })}
        </Text>
        <ContributionsSection view={view} me={me} />
        <ObstaclesSection agenda={view.agenda} />
        <CommitmentsSection view={view} me={me} />
        <MissionsAppendix departments={view.agenda.departments} />
      </div>
    </TabWritesProvider>
  );
}
