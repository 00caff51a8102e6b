// Composition root of the PMO dashboard: a Teams personal tab, or /pmo in a browser.
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { Lang } from "../../core/api/primitives";
import { PREVIEW_CAST } from "../../core/demo/demo-people";
import { AppShell } from "../../components/app-shell";
import { LangSwitch } from "../../components/lang-switch";
import { PageTitle } from "../../components/page-title";
import { useSystemTheme } from "../../components/use-system-theme";
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

function Dashboard({ baseUrl, host, languages, barClass }: { baseUrl: string; host: Host; languages: ReactNode; barClass: string }) {
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
            <div className={barClass}>
              <PmoViewsNav current={view} />
              {languages}
            </div>
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
function urlTheme(): TeamsTheme | null {
  const asked = queryParam("theme");
  return asked === "dark" || asked === "contrast" ? asked : null;
}

/** ?lang=ja|en chooses the language (as on /preview and the configuration page); else the host's or browser's. */
function startLang(host: Host): Lang {
  const asked = Lang.safeParse(queryParam("lang"));
  return asked.success ? asked.data : pickLang(host?.context.locale ?? navigator.language);
}

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "baseline", justifyContent: "space-between", flexWrap: "wrap", paddingRight: tokens.spacingHorizontalM },
});

function Root({ host, baseUrl }: { host: Host; baseUrl: string }) {
  const styles = useStyles();
  // Teams tells its theme; a browser tab follows ?theme=, else the system's light or dark.
  const system = useSystemTheme();
  const [hostTheme, setHostTheme] = useState<TeamsTheme | null>(host?.context.theme ?? urlTheme());
  useEffect(() => host?.teams.onThemeChange(setHostTheme), [host]);
  const [lang, setLang] = useState<Lang>(() => startLang(host));
  return (
    <AppShell lang={lang} theme={hostTheme ?? system}>
      <PageTitle page="page.pmo" />
      <Dashboard baseUrl={baseUrl} host={host} languages={<LangSwitch lang={lang} onChange={setLang} />} barClass={styles.bar} />
    </AppShell>
  );
}

void connectTeams().then((host) => mount(<Root host={host} baseUrl={apiBaseUrl()} />));
