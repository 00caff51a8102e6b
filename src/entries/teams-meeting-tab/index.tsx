// Composition root of the Teams meeting tab (content, side panel, stage) and of /agenda/:id in a
// plain browser. Inside a frame we try Teams; outside (or when Teams doesn't answer) it is "browser"
// mode: the agenda comes from the URL and, in local auth mode, the user picks a demo person.
import { AppShell } from "../../components/app-shell";
import { pickLang } from "../../components/i18n/use-t";
import { useHostContext } from "../../features/teams-config/hooks/use-host-context";
import { parseAgendaRef } from "../../features/teams-config/parse-agenda-ref";
import { apiBaseUrl, isFramed, queryParam } from "../../platform/host-detect";
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../../platform/ports";
import { createTeamsMeeting } from "../../platform/teams/teams-host";
import { mount } from "../shared/mount";
import { TabApp } from "./tab-app";

async function connectTeams(): Promise<{ teams: TeamsMeeting; context: TeamsContext } | null> {
  if (!isFramed()) return null;
  try {
    const teams = await createTeamsMeeting();
    return { teams, context: await teams.initialize() };
  } catch {
    return null;
  }
}

function Root({ host, baseUrl }: { host: { teams: TeamsMeeting; context: TeamsContext } | null; baseUrl: string }) {
  // Outside Teams, ?theme=dark|contrast shows the other Teams themes (screenshots, accessibility checks).
  // Live theme changes; app caching may show this cached page again for another tab or meeting.
  const { context, theme, bindingKey } = useHostContext(host?.teams ?? null, host?.context ?? null, urlTheme());
  return (
    <AppShell lang={pickLang(context?.locale ?? navigator.language)} theme={theme}>
      <TabApp
        key={bindingKey}
        baseUrl={baseUrl}
        context={context}
        agendaIdFromUrl={parseAgendaRef(window.location.href)}
        view={queryParam("view")}
        teams={host?.teams ?? null}
      />
    </AppShell>
  );
}

function urlTheme(): TeamsTheme {
  const asked = queryParam("theme");
  return asked === "dark" || asked === "contrast" ? asked : "default";
}

async function start(): Promise<void> {
  const host = await connectTeams();
  mount(<Root host={host} baseUrl={apiBaseUrl()} />);
}

void start();
