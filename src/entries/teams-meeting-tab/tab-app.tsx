// The meeting tab after the host is known: sign in, find the agenda (the tab's configured entity, the
// URL, or the meeting chat), then the live meeting tab.
import { Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { TeamsThreadId } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import { MeetingTab } from "../../features/meeting-tab/meeting-tab";
import type { ApiClient, TeamsContext } from "../../platform/ports";
import { PageFrame } from "../shared/page-frame";
import { SignIn } from "../shared/sign-in";

export interface TabAppProps {
  baseUrl: string;
  context: TeamsContext | null;
  agendaIdFromUrl: string | null;
}

function AgendaFinder({ api, context, agendaId }: { api: ApiClient; context: TeamsContext | null; agendaId: string | null }) {
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
  if (found === null) return <NoticeBar intent="info">{context ? t("entry.noChatAgenda") : t("entry.noAgenda")}</NoticeBar>;
  const layout = context?.frame === "sidePanel" ? "narrow" : "wide";
  return <MeetingTab agendaId={found} layout={layout} />;
}

export function TabApp({ baseUrl, context, agendaIdFromUrl }: TabAppProps) {
  const t = useT();
  const agendaId = context?.entityId ?? agendaIdFromUrl;
  return (
    <SignIn baseUrl={baseUrl} knownEmail={context?.userHint.email ?? null} knownName={context?.userHint.name ?? null}>
      {(client, person, switchPerson) => (
        <PortsProvider ports={{ api: client.api }}>
          <PageFrame
            who={person.department ? t("common.personWithDept", { name: person.name, department: person.department }) : person.name}
            onSwitchPerson={switchPerson}
            progress={client.progress}
          >
            <AgendaFinder api={client.api} context={context} agendaId={agendaId} />
          </PageFrame>
        </PortsProvider>
      )}
    </SignIn>
  );
}
