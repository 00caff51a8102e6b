// Composition root of the PMO dashboard: a Teams personal tab, or /pmo in a browser.
import { useEffect, useState } from "react";
import { PREVIEW_CAST } from "../../core/demo/demo-people";
import { AppShell } from "../../components/app-shell";
import { pickLang, useT } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { ObjectiveLibrary } from "../../features/objective-library/objective-library";
import { PmoViewsNav } from "../../features/objective-library/pmo-views-nav";
import { PmoDashboard } from "../../features/pmo-dashboard/pmo-dashboard";
import { apiBaseUrl, isFramed, queryParam } from "../../platform/host-detect";
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../../platform/ports";
import { createTeamsMeeting } from "../../platform/teams/teams-host";
import { mount } from "../shared/mount";
import { PageFrame } from "../shared/page-frame";
import { SignIn } from "../shared/sign-in";

type Host = { teams: TeamsMeeting; context: TeamsContext } | null;

/** /pmo?view=objectives is the objective library; /pmo the commitments dashboard. */
const view = queryParam("view") === "objectives" ? "objectives" : "commitments";

async function connectTeams(): Promise<Host> {
  if (!isFramed()) return null;
  try {
    const teams = await createTeamsMeeting();
    return { teams, context: await teams.initialize() };
  } catch {
    return null;
  }
}

function Dashboard({ baseUrl, host }: { baseUrl: string; host: Host }) {
  const t = useT();
  return (
    <SignIn
      baseUrl={baseUrl}
      knownEmail={host?.context.userHint.email ?? null}
      knownName={host?.context.userHint.name ?? null}
      defaultEmail={PREVIEW_CAST.pmo}
    >
      {(client, person, switchPerson) => (
        <PortsProvider ports={{ api: client.api }}>
          <PageFrame
            who={person.department ? t("common.personWithDept", { name: person.name, department: person.department }) : person.name}
            onSwitchPerson={switchPerson}
            progress={client.progress}
          >
            <PmoViewsNav current={view} />
            {view === "objectives" ? <ObjectiveLibrary headingLevel={2} /> : <PmoDashboard headingLevel={2} />}
          </PageFrame>
        </PortsProvider>
      )}
    </SignIn>
  );
}

function Root({ host, baseUrl }: { host: Host; baseUrl: string }) {
  const [theme, setTheme] = useState<TeamsTheme>(host?.context.theme ?? "default");
  useEffect(() => host?.teams.onThemeChange(setTheme), [host]);
  return (
    <AppShell lang={pickLang(host?.context.locale ?? navigator.language)} theme={theme}>
      <Dashboard baseUrl={baseUrl} host={host} />
    </AppShell>
  );
}

void connectTeams().then((host) => mount(<Root host={host} baseUrl={apiBaseUrl()} />));
