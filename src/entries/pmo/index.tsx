// Composition root of the PMO dashboard: a Teams personal tab, or /pmo in a browser.
import { Link } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { PREVIEW_CAST } from "../../core/demo/demo-people";
import { AppShell } from "../../components/app-shell";
import { PageTitle } from "../../components/page-title";
import { pickLang, useT } from "../../components/i18n/use-t";
import { PortsProvider } from "../../components/ports-context";
import { ObjectiveLibrary } from "../../features/objective-library/objective-library";
import { PmoViewsNav } from "../../features/objective-library/pmo-views-nav";
import { MY_COMMITMENTS_HREF, PmoDashboard } from "../../features/pmo-dashboard/pmo-dashboard";
import { apiBaseUrl, isFramed, queryParam } from "../../platform/host-detect";
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../../platform/ports";
import { createTeamsMeeting } from "../../platform/teams/teams-host";
import { mount } from "../shared/mount";
import { PageFrame } from "../shared/page-frame";
import { fetchClientConfig } from "../shared/server-mode";
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

/** Whether the server can sync to To Do: offered only then (false while unknown or unreachable). */
function useTaskSync(baseUrl: string): boolean {
  const [taskSync, setTaskSync] = useState(false);
  useEffect(() => {
    let active = true;
    fetchClientConfig(baseUrl).then(
      (c) => active && setTaskSync(c.taskSync === true),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [baseUrl]);
  return taskSync;
}

function Dashboard({ baseUrl, host }: { baseUrl: string; host: Host }) {
  const t = useT();
  const taskSync = useTaskSync(baseUrl);
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
            {view === "objectives" ? (
              <ObjectiveLibrary headingLevel={2} />
            ) : (
              <PmoDashboard
                headingLevel={2}
                urlState
                taskSync={taskSync}
                myCommitmentsHref={MY_COMMITMENTS_HREF}
                nav={
                  <Link href={MY_COMMITMENTS_HREF} data-testid="pmo-nav-mine">
                    {t("pmo.nav.mine")}
                  </Link>
                }
              />
            )}
          </PageFrame>
        </PortsProvider>
      )}
    </SignIn>
  );
}

/** Outside Teams, ?theme=dark|contrast shows the other Teams themes (screenshots, accessibility checks). */
function urlTheme(): TeamsTheme {
  const asked = new URLSearchParams(window.location.search).get("theme");
  return asked === "dark" || asked === "contrast" ? asked : "default";
}

function Root({ host, baseUrl }: { host: Host; baseUrl: string }) {
  const [theme, setTheme] = useState<TeamsTheme>(host?.context.theme ?? urlTheme());
  useEffect(() => host?.teams.onThemeChange(setTheme), [host]);
  return (
    <AppShell lang={pickLang(host?.context.locale ?? navigator.language)} theme={theme}>
      <PageTitle page="page.pmo" />
      <Dashboard baseUrl={baseUrl} host={host} />
    </AppShell>
  );
}

void connectTeams().then((host) => mount(<Root host={host} baseUrl={apiBaseUrl()} />));
