// The task pane once Office.js is ready: sign in (local dev token as the organizer, or the Entra
// message), then the agenda editor on the real Outlook item.
import { makeStyles, tokens } from "@fluentui/react-components";
import { PortsProvider } from "../../components/ports-context";
import { useT } from "../../components/i18n/use-t";
import { NoticeBar } from "../../components/status/notice-bar";
import { AgendaEditor } from "../../features/agenda-editor/agenda-editor";
import type { MeetingItem } from "../../platform/ports";
import { PageFrame } from "../shared/page-frame";
import { SignIn } from "../shared/sign-in";

const useStyles = makeStyles({ message: { padding: tokens.spacingHorizontalM } });

export function TaskpaneApp({ baseUrl, item, organizerEmail }: { baseUrl: string; item: MeetingItem; organizerEmail: string | null }) {
  return (
    <SignIn baseUrl={baseUrl} knownEmail={organizerEmail}>
      {(client) => (
        <PortsProvider ports={{ api: client.api, meetingItem: item }}>
          <PageFrame progress={client.progress}>
            <AgendaEditor appBaseUrl={baseUrl} />
          </PageFrame>
        </PortsProvider>
      )}
    </SignIn>
  );
}

export function OutsideOutlook() {
  const t = useT();
  const styles = useStyles();
  return (
    <main className={styles.message}>
      <h1>Common Purpose</h1>
      <NoticeBar intent="warning">{t("entry.outsideOutlook")}</NoticeBar>
    </main>
  );
}
