// Composition root of Outlook's event-based activation (manifest runtime "events": page
// /outlook/events.html, script /outlook/events.js). Bundled into one classic script without
// imports: classic Outlook on Windows runs it in a JavaScript-only runtime with no DOM, no
// storage and no Office.onReady, so the handlers are associated as soon as the script runs.
import { createEventsDirectory } from "../../platform/office/events-directory";
import { associateEventHandlers, createItemNotifications, type OfficeEventsLike } from "../../platform/office/office-events";
import { createOfficeMeetingItem, type OfficeLike } from "../../platform/office/office-meeting-item";
import { createEventsApi } from "./events-api";
import { createEventHandlers } from "./handlers";

const log = (message: string, error: unknown) => console.error(`Common Purpose: ${message}`, error);

function start(office: OfficeEventsLike & OfficeLike): void {
  const api = createEventsApi();
  associateEventHandlers(
    office,
    createEventHandlers({
      item: createOfficeMeetingItem(office),
      notifications: createItemNotifications(office),
      resolveDepartments: api ? createEventsDirectory(api) : null,
      log,
    }),
  );
}

const office = (globalThis as { Office?: OfficeEventsLike & OfficeLike }).Office;
if (office?.actions) start(office);
else log("Office.js is not loaded; no event handlers were registered", null);
