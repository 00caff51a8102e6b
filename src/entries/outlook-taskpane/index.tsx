// Composition root of the Outlook task pane: Office.js host → real MeetingItem, HTTP API client.
import { AppShell } from "../../components/app-shell";
import { PageTitle } from "../../components/page-title";
import { pickLang } from "../../components/i18n/use-t";
import { apiBaseUrl, whenOfficeReady } from "../../platform/host-detect";
import { createOfficeMeetingItem } from "../../platform/office/office-meeting-item";
import { mount } from "../shared/mount";
import { OutsideOutlook, TaskpaneApp } from "./taskpane-app";

async function start(): Promise<void> {
  const baseUrl = apiBaseUrl();
  if (!(await whenOfficeReady())) {
    mount(
      <AppShell lang={pickLang(navigator.language)}>
        <PageTitle page="page.taskpane" />
        <OutsideOutlook />
      </AppShell>,
    );
    return;
  }
  const item = createOfficeMeetingItem();
  // In compose mode the organizer is the signed-in user; local auth mode signs in as them.
  const organizerEmail = await item.getOrganizerEmail().catch(() => null);
  mount(
    <AppShell lang={item.displayLanguage()}>
      <PageTitle page="page.taskpane" />
      <TaskpaneApp baseUrl={baseUrl} item={item} organizerEmail={organizerEmail || null} />
    </AppShell>,
  );
}

void start();
