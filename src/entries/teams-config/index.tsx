// Composition root of the Teams tab configuration page. Outside Teams (a plain browser) it runs on the
// fake Teams host, so the page can still be tried locally (?chatId=19:meeting_…@thread.v2).
import { AppShell } from "../../components/app-shell";
import { PageTitle } from "../../components/page-title";
import { pickLang } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { useHostContext } from "../../features/teams-config/hooks/use-host-context";
import { TeamsConfig } from "../../features/teams-config/teams-config";
import { createFakeTeamsMeeting, type FakeTeamsMeeting } from "../../platform/fakes/fake-teams-meeting";
import { apiBaseUrl, isFramed, queryParam } from "../../platform/host-detect";
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../../platform/ports";
import { createTeamsMeeting } from "../../platform/teams/teams-host";
import { mount } from "../shared/mount";
import { PageFrame } from "../shared/page-frame";
import { SignIn } from "../shared/sign-in";
import { BrowserSaveBar } from "./browser-save-bar";

async function connect(): Promise<{ teams: TeamsMeeting; context: TeamsContext; inTeams: boolean; fake?: FakeTeamsMeeting }> {
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
    locale: queryParam("lang") ?? navigator.language,
    // ?theme=dark|contrast shows the other Teams themes (screenshots, accessibility checks).
    theme: urlTheme(),
    entityId: null,
  });
  return { teams, context: await teams.initialize(), inTeams: false, fake: teams };
}

function urlTheme(): TeamsTheme {
  const asked = queryParam("theme");
  return asked === "dark" || asked === "contrast" ? asked : "default";
}

function Root({ host, baseUrl }: { host: Awaited<ReturnType<typeof connect>>; baseUrl: string }) {
  // Live theme changes, and app caching re-binding the page to another meeting's context.
  const live = useHostContext(host.teams, host.context);
  const context = live.context ?? host.context;
  const theme = live.theme;
  const hint = host.inTeams ? context.userHint : null;
  return (
    <AppShell lang={pickLang(context.locale)} theme={theme}>
      <PageTitle page="page.config" />
      <SignIn baseUrl={baseUrl} knownEmail={hint?.email ?? null} knownName={hint?.name ?? null}>
        {(client, _person, switchPerson) => (
          <PortsProvider ports={{ api: client.api, teams: host.teams }}>
            <PageFrame progress={client.progress} onSwitchPerson={switchPerson}>
              <TeamsConfig key={live.bindingKey} context={context} appBaseUrl={baseUrl} />
              {host.fake && <BrowserSaveBar teams={host.fake} />}
            </PageFrame>
          </PortsProvider>
        )}
      </SignIn>
    </AppShell>
  );
}

void connect().then((host) => mount(<Root host={host} baseUrl={apiBaseUrl()} />));
