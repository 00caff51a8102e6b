// Composition root of the Teams meeting tab (content, side panel, stage) and of /agenda/:id in a
// plain browser. Inside a frame we try Teams; outside (or when Teams doesn't answer) it is "browser"
// mode: the agenda comes from the URL and, in local auth mode, the user picks a demo person.
import { useEffect, useState } from "react";
import { AppShell } from "../../components/app-shell";
import { pickLang } from "../../components/i18n/use-t";
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
  const [theme, setTheme] = useState<TeamsTheme>(host?.context.theme ?? "default");
  useEffect(() => host?.teams.onThemeChange(setTheme), [host]);
  return (
    <AppShell lang={pickLang(host?.context.locale ?? navigator.language)} theme={theme}>
      <TabApp
        baseUrl={baseUrl}
        context={host?.context ?? null}
        agendaIdFromUrl={parseAgendaRef(window.location.href)}
        view={queryParam("view")}
        teams={host?.teams ?? null}
      />
    </AppShell>
  );
}

async function start(): Promise<void> {
  const host = await connectTeams();
  mount(<Root host={host} baseUrl={apiBaseUrl()} />);
}

void start();
