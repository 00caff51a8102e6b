// Who may change which part of an agenda (DESIGN.md §5): only the organizer changes who is invited,
// the subject, the objective and what the meeting should decide, the departments, language, dates
// and the meeting's links (Teams thread, join URL, Outlook ids). Attendees change only what is
// theirs: the obstacles they solve together here, and — through their own routes — their
// contributions and commitments. A field not listed for attendees is the organizer's, so a field
// added to AgendaPatch later is protected until someone decides otherwise. DESIGN gives PMOs no
// agenda fields: a PMO invited to a meeting is one of its attendees.
import type { Agenda } from "../../core/api/contract";
import type { Principal } from "../auth/principal";
import { HttpError } from "../http/http-error";
import { isOrganizer } from "./agenda-access";

/** The AgendaPatch fields an attendee who is not the organizer may send. */
export const ATTENDEE_FIELDS: ReadonlySet<string> = new Set(["obstacles"]);

export const ONLY_ORGANIZER_CHANGES = "Only the meeting's organizer can change this part of the agenda";

/** Throws 403 naming the first field of `patch` the principal may not change. */
export function assertMayChangeFields(agenda: Agenda, principal: Principal, patch: object): void {
  if (isOrganizer(agenda, principal)) return;
  const field = Object.entries(patch).find(([name, value]) => value !== undefined && !ATTENDEE_FIELDS.has(name))?.[0];
  if (field !== undefined) {
    throw new HttpError("forbidden", `${ONLY_ORGANIZER_CHANGES} (${field}); attendees add obstacles, contributions and their own commitments`, { field });
  }
}
