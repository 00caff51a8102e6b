// MeetingItem over Office.js: the appointment the organizer is composing. Every callback API goes
// through officeAsync once. The item is looked up on each call because a pinned task pane stays
// open while the user switches to another item. It never calls item.saveAsync: on an existing
// meeting that would send updates to attendees behind the organizer's back.
import type { Lang } from "../../core/api/primitives";
import type { BodyFormat, MeetingAttendee, MeetingItem } from "../ports";
import { officeAsync } from "./promisify";

const AGENDA_ID_KEY = "agendaId";

/** The slice of the Office.js namespace this adapter uses (tests pass a mock of exactly this). */
export type OfficeLike = Pick<typeof Office, "context" | "CoercionType">;

export function createOfficeMeetingItem(office: OfficeLike = globalThis.Office): MeetingItem {
  const customProps = new WeakMap<object, Promise<Office.CustomProperties>>();

  function item(): Office.AppointmentCompose {
    const current = office.context.mailbox?.item as Office.AppointmentCompose | null | undefined;
    if (!current) throw new Error("No Outlook item is open");
    return current;
  }

  function properties(): Promise<Office.CustomProperties> {
    const it = item();
    let loaded = customProps.get(it);
    if (!loaded) {
      loaded = officeAsync<Office.CustomProperties>((cb) => it.loadCustomPropertiesAsync(cb));
      // A failed load may succeed later (e.g. the item was still initializing): don't cache it.
      loaded.catch(() => customProps.delete(it));
      customProps.set(it, loaded);
    }
    return loaded;
  }

  const coercion = (format: BodyFormat) => (format === "html" ? office.CoercionType.Html : office.CoercionType.Text);

  const attendees = async (
    field: Office.Recipients | undefined,
    kind: MeetingAttendee["kind"],
  ): Promise<MeetingAttendee[]> => {
    if (!field) return [];
    const list = await officeAsync<Office.EmailAddressDetails[]>((cb) => field.getAsync(cb));
    return list
      .filter((a) => a.emailAddress)
      .map((a) => ({ email: a.emailAddress, name: a.displayName ?? "", kind }));
  };

  return {
    displayLanguage(): Lang {
      return (office.context.displayLanguage ?? "").toLowerCase().startsWith("ja") ? "ja" : "en";
    },
    getSubject: async () => {
      const it = item();
      return officeAsync<string>((cb) => it.subject.getAsync(cb));
    },
    getBodyFormat: async () => {
      const it = item();
      const type = await officeAsync<Office.CoercionType>((cb) => it.body.getTypeAsync(cb));
      return String(type).toLowerCase() === "text" ? "text" : "html";
    },
    getBody: async (format) => {
      const it = item();
      return officeAsync<string>((cb) => it.body.getAsync(coercion(format), cb));
    },
    setBody: async (body, format) => {
      const it = item();
      await officeAsync<void>((cb) => it.body.setAsync(body, { coercionType: coercion(format) }, cb));
    },
    getAttendees: async () => {
      const it = item();
      const [required, optional] = await Promise.all([
        attendees(it.requiredAttendees, "required"),
        attendees(it.optionalAttendees, "optional"),
      ]);
      return [...required, ...optional];
    },
    getOrganizerEmail: async () => {
      const it = item();
      // organizer.getAsync is Mailbox 1.7; before that the organizer is the signed-in user.
      if (it.organizer?.getAsync) {
        const organizer = await officeAsync<Office.EmailAddressDetails>((cb) => it.organizer.getAsync(cb));
        if (organizer?.emailAddress) return organizer.emailAddress;
      }
      return office.context.mailbox.userProfile.emailAddress;
    },
    getTimes: async () => {
      const it = item();
      const [start, end] = await Promise.all([
        officeAsync<Date>((cb) => it.start.getAsync(cb)),
        officeAsync<Date>((cb) => it.end.getAsync(cb)),
      ]);
      return { start: start ?? null, end: end ?? null };
    },
    getAgendaId: async () => {
      const value: unknown = (await properties()).get(AGENDA_ID_KEY);
      return typeof value === "string" && value !== "" ? value : null;
    },
    setAgendaId: async (agendaId) => {
      const props = await properties();
      props.set(AGENDA_ID_KEY, agendaId);
      await officeAsync<void>((cb) => props.saveAsync(cb));
    },
  };
}
