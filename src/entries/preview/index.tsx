// Composition root of /preview: fake Outlook and Teams hosts, the real HTTP API with dev tokens.
import { useEffect, useState } from "react";
import { Lang } from "../../core/api/primitives";
import { AppShell } from "../../components/app-shell";
import { pickLang, useT } from "../../components/i18n/use-t";
import { NoticeBar } from "../../components/status/notice-bar";
import { apiBaseUrl, queryParam } from "../../platform/host-detect";
import { mount } from "../shared/mount";
import { fetchAuthMode, type AuthMode } from "../shared/server-mode";
import { PreviewPage, paneWidthFrom, type PaneWidth } from "./preview-page";

function Unavailable({ mode }: { mode: AuthMode | "down" }) {
  const t = useT();
  return (
    <main>
      <h1>Common Purpose</h1>
      <NoticeBar intent="warning">{mode === "entra" ? t("auth.entraBody") : t("entry.serverDown")}</NoticeBar>
    </main>
  );
}

function Root({ baseUrl, lang, paneWidth }: { baseUrl: string; lang: Lang; paneWidth: PaneWidth }) {
  const [mode, setMode] = useState<AuthMode | "down" | null>(null);
  useEffect(() => {
    fetchAuthMode(baseUrl).then(setMode, () => setMode("down"));
  }, [baseUrl]);
  if (mode === null) return null;
  if (mode !== "local") {
    return (
      <AppShell lang={lang}>
        <Unavailable mode={mode} />
      </AppShell>
    );
  }
  return <PreviewPage baseUrl={baseUrl} initialLang={lang} initialPaneWidth={paneWidth} />;
}

// ?lang=ja|en makes the page language deterministic (screenshots, end-to-end tests); ?pane=320|450
// starts the task pane at that width.
const requested = Lang.safeParse(queryParam("lang"));
mount(
  <Root
    baseUrl={apiBaseUrl()}
    lang={requested.success ? requested.data : pickLang(navigator.language)}
    paneWidth={paneWidthFrom(queryParam("pane"))}
  />,
);
