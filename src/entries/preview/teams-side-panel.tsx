// A simulated Teams meeting side panel (320 px) running the real meeting tab as one attendee.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DemoPerson } from "../../core/demo/demo-people";
import { ErrorBoundary } from "../../components/error-boundary";
import { useT } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { RequestProgress } from "../../components/status/request-progress";
import { MeetingTab } from "../../features/meeting-tab/meeting-tab";
import { createBrowserLocalStore } from "../../platform/storage/browser-local-store";
import type { PersonClient } from "../shared/api-for-person";

/** Drafts and queued writes survive a reload of the preview too (keys are per person). */
const localStore = createBrowserLocalStore();

const useStyles = makeStyles({
  panel: {
    width: "320px",
    flexShrink: 0,
    boxSizing: "border-box",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowX: "hidden",
  },
  titlebar: {
    display: "block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  waiting: { display: "block", padding: tokens.spacingHorizontalM },
});

export interface TeamsSidePanelProps {
  index: number;
  person: DemoPerson;
  client: PersonClient;
  agendaId: string | null;
}

export function TeamsSidePanel({ index, person, client, agendaId }: TeamsSidePanelProps) {
  const t = useT();
  const styles = useStyles();
  const label = t("preview.attendee.label", { name: person.name, department: person.department });
  return (
    <section className={styles.panel} aria-label={label} data-testid={`side-panel-${index}`} data-person={person.email}>
      <Text weight="semibold" className={styles.titlebar}>
        {label}
      </Text>
      <RequestProgress source={client.progress} label={t("common.loading")} />
      <PortsProvider ports={{ api: client.api }}>
        <ErrorBoundary>
          {agendaId ? (
            <MeetingTab agendaId={agendaId} layout="narrow" store={localStore} />
          ) : (
            <Text className={styles.waiting} data-testid="side-panel-waiting">
              {t("preview.attendee.waiting")}
            </Text>
          )}
        </ErrorBoundary>
      </PortsProvider>
    </section>
  );
}
