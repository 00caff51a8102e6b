// The meeting tab after the host is known: sign in, find the agenda (the tab's configured entity, the
// URL, or the meeting chat), then the live meeting tab — or the read-only stage view; ?view=mine is the
// personal tab "My commitments", which needs no agenda.
import { Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useState } from "react";
import { TeamsThreadId } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { usePageTitle } from "../../components/page-title";
import { PortsProvider } from "../../components/ports-context";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import { ShareToStageButton } from "../../features/meeting-stage/share-to-stage-button";
import { MeetingTab } from "../../features/meeting-tab/meeting-tab";
import { createBlockOf } from "../../features/teams-config/create-block";
import type { ApiClient, TeamsContext, TeamsMeeting } from "../../platform/ports";
import { createBrowserLocalStore } from "../../platform/storage/browser-local-store";
import { PageFrame } from "../shared/page-frame";
import { SignIn } from "../shared/sign-in";
import { tabViewFor, type TabView } from "./tab-view";

// The stage (?view=stage) and "My commitments" (?view=mine) are other URLs of this page: loaded only there.
const MeetingStage = lazy(() => import("../../features/meeting-stage/meeting-stage").then((m) => ({ default: m.MeetingStage })));
const MyCommitments = lazy(() => import("../../features/my-commitments/my-commitments").then((m) => ({ default: m.MyCommitments })));

/** Drafts and the offline write queue survive reloads here. */
const localStore = createBrowserLocalStore();

export interface TabAppProps {
  baseUrl: string;
  context: TeamsContext | null;
  agendaIdFromUrl: string | null;
  /** The page's ?view= (mine = the personal tab, stage = the meeting stage). */
  view?: string | null;
  /** Teams, when the page runs inside it (for "Share to stage"). */
  teams?: TeamsMeeting | null;
}

interface AgendaFinderProps {
  api: ApiClient;
  context: TeamsContext | null;
  agendaId: string | null;
  view: TabView;
  origin: string;
}

function AgendaFinder({ api, context, agendaId, view, origin }: AgendaFinderProps) {
  const t = useT();
  const [found, setFound] = useState<string | null | undefined>(agendaId ?? undefined);
  const [error, setError] = useState<unknown>(null);
  const chatId = context?.chatId ?? null;

  useEffect(() => {
    if (agendaId) return;
    if (!chatId || !TeamsThreadId.safeParse(chatId).success) {
      setFound(null);
      return;
    }
    let active = true;
    api.findAgendas({ teamsThreadId: chatId }).then(
      (agendas) => active && setFound(agendas[0]?.id ?? null),
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
    };
  }, [api, agendaId, chatId]);

  if (error) return <ErrorBar error={error} />;
  if (found === undefined) return <Spinner size="small" label={t("tab.loading")} />;
  if (found === null) {
    // Guests and anonymous participants can't create it themselves: say whom to ask instead.
    const message = !context ? t("entry.noAgenda") : createBlockOf(context) ? t("entry.noChatAgendaNoRight") : t("entry.noChatAgenda");
    return <NoticeBar intent="info">{message}</NoticeBar>;
  }
  if (view === "stage") {
    return (
      <Suspense fallback={<Spinner size="small" label={t("tab.loading")} />}>
        <MeetingStage agendaId={found} />
      </Suspense>
    );
  }
  const layout = context?.frame === "sidePanel" ? "narrow" : "wide";
  return (
    <MeetingTab
      agendaId={found}
      layout={layout}
      headerActions={<ShareToStageButton agendaId={found} origin={origin} />}
      store={localStore}
    />
  );
}

export function TabApp({ baseUrl, context, agendaIdFromUrl, view: viewParam = null, teams = null }: TabAppProps) {
  const t = useT();
  const view = tabViewFor(viewParam, context?.frame ?? null);
  usePageTitle(view === "stage" ? "page.stage" : view === "mine" ? "page.mine" : "page.meeting");
  // The stage shows the agenda that was shared (its URL); the tab shows the one it is bound to.
  const agendaId = view === "stage" ? (agendaIdFromUrl ?? context?.entityId ?? null) : (context?.entityId ?? agendaIdFromUrl);
  return (
    <SignIn baseUrl={baseUrl} knownEmail={context?.userHint.email ?? null} knownName={context?.userHint.name ?? null}>
      {(client, person, switchPerson) => (
        <PortsProvider ports={teams ? { api: client.api, teams } : { api: client.api }}>
          <PageFrame
            who={person.department ? t("common.personWithDept", { name: person.name, department: person.department }) : person.name}
            onSwitchPerson={switchPerson}
            progress={client.progress}
          >
            {view === "mine" ? (
              <Suspense fallback={<Spinner size="small" label={t("tab.loading")} />}>
                <MyCommitments />
              </Suspense>
            ) : (
              <AgendaFinder api={client.api} context={context} agendaId={agendaId} view={view} origin={baseUrl} />
            )}
          </PageFrame>
        </PortsProvider>
      )}
    </SignIn>
  );
}
