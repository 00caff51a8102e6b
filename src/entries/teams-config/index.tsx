// Composition root of the Teams tab configuration page. Outside Teams (a plain browser) it runs on the
// fake Teams host, so the page can still be tried locally (?chatId=19:meeting_…@thread.v2).
import { useEffect, useState } from "react";
import { AppShell } from "../../components/app-shell";
import { pickLang } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { TeamsConfig } from "../../features/teams-config/teams-config";
import { createFakeTeamsMeeting } from "../../platform/fakes/fake-teams-meeting";
import { apiBaseUrl, isFramed, queryParam } from "../../platform/host-detect";
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../../platform/ports";
import { createTeamsMeeting } from "../../platform/teams/teams-host";
import { mount } from "../shared/mount";
import { PageFrame } from "../shared/page-frame";
import { SignIn } from "../shared/sign-in";

async function connect(): Promise<{ teams: TeamsMeeting; context: TeamsContext; inTeams: boolean }> {
  if (isFramed()) {
    try {
      const teams = await createTeamsMeeting();
      return { teams, context: await teams.initialize(), inTeams: true };
    } catch {
      // Fall through to the browser host.
    }
  }
  const teams = createFakeTeamsMeeting({
    frame: "settings",
    chatId: queryParam("chatId"),
    locale: navigator.language,
    entityId: null,
  });
  return { teams, context: await teams.initialize(), inTeams: false };
}

function Root({ host, baseUrl }: { host: Awaited<ReturnType<typeof connect>>; baseUrl: string }) {
  const [theme, setTheme] = useState<TeamsTheme>(host.context.theme);
  // App caching: Teams may show this page again for another meeting; re-bind to its context.
  const [context, setContext] = useState<TeamsContext>(host.context);
  useEffect(() => host.teams.onThemeChange(setTheme), [host]);
  useEffect(
    () =>
      host.teams.onContextChange((next) => {
        setContext(next);
        setTheme(next.theme);
      }),
    [host],
  );
  const hint = host.inTeams ? context.userHint : null;
  return (
    <AppShell lang={pickLang(context.locale)} theme={theme}>
      <SignIn baseUrl={baseUrl} knownEmail={hint?.email ?? null} knownName={hint?.name ?? null}>
        {(client, _person, switchPerson) => (
          <PortsProvider ports={{ api: client.api, teams: host.teams }}>
            <PageFrame progress={client.progress} onSwitchPerson={switchPerson}>
              <TeamsConfig key={`${context.chatId ?? ""}|${context.entityId ?? ""}`} context={context} appBaseUrl={baseUrl} />
            </PageFrame>
          </PortsProvider>
        )}
      </SignIn>
    </AppShell>
  );
}

void connect().then((host) => mount(<Root host={host} baseUrl={apiBaseUrl()} />));
