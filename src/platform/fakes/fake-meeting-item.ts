// An Outlook appointment in compose mode, in memory: for component tests and the simulated compose
// window on /preview. It keeps the Outlook rules the add-in must cope with: the 1,000,000-character
// body limit, no HTML into a plain-text body, format coercion on read, and (optionally) the HTML
// rewriting Outlook does on write.
import type { Lang } from "../../core/api/primitives";
import type { BodyFormat, MeetingAttendee, MeetingItem } from "../ports";
import { OfficeError } from "../office/promisify";

export const OUTLOOK_BODY_LIMIT = 1_000_000;

export interface FakeMeetingInit {
  subject?: string;
  body?: string;
  bodyFormat?: BodyFormat;
  attendees?: MeetingAttendee[];
  organizerEmail?: string;
  start?: Date | null;
  end?: Date | null;
  displayLanguage?: Lang;
  agendaId?: string | null;
  /** Simulates Outlook rewriting HTML on setAsync (see outlookWebRewrite). */
  rewriteOnSet?: (html: string) => string;
}

export interface FakeMeetingSnapshot {
  subject: string;
  body: string;
  bodyFormat: BodyFormat;
  attendees: MeetingAttendee[];
  organizerEmail: string;
  start: Date | null;
  end: Date | null;
  agendaId: string | null;
  displayLanguage: Lang;
  /** How many times the add-in wrote the body. */
  setBodyCount: number;
}

export interface FakeMeetingItem extends MeetingItem {
  snapshot(): FakeMeetingSnapshot;
  /** Simulates the organizer editing the To/Optional lines. */
  setAttendees(attendees: MeetingAttendee[]): void;
  /** Simulates the organizer typing in the body. */
  setUserBody(body: string): void;
  /** Simulates Outlook's display language changing (on /preview: the page's language). */
  setDisplayLanguage(lang: Lang): void;
  /** Called after every change (by the add-in or by the simulated user); returns an unsubscribe. */
  onChange(listener: (snapshot: FakeMeetingSnapshot) => void): () => void;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/** Roughly what Outlook returns for getAsync(text) on an HTML body. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Roughly what Outlook returns for getAsync(html) on a text body, or stores for setAsync(text) on HTML. */
export function textToHtml(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => (l ? `<div>${escapeHtml(l)}</div>` : "<div><br></div>"));
  return `<html><body>${lines.join("")}</body></html>`;
}

export function createFakeMeetingItem(init: FakeMeetingInit = {}): FakeMeetingItem {
  const state = {
    subject: init.subject ?? "",
    body: init.body ?? "",
    bodyFormat: init.bodyFormat ?? ("html" as BodyFormat),
    attendees: [...(init.attendees ?? [])],
    organizerEmail: init.organizerEmail ?? "organizer@contoso.example",
    start: init.start ?? null,
    end: init.end ?? null,
    agendaId: init.agendaId ?? null,
    displayLanguage: init.displayLanguage ?? ("ja" as Lang),
    setBodyCount: 0,
  };
  const listeners = new Set<(s: FakeMeetingSnapshot) => void>();

  const snapshot = (): FakeMeetingSnapshot => ({
    ...state,
    attendees: state.attendees.map((a) => ({ ...a })),
  });
  const changed = () => {
    const s = snapshot();
    for (const listener of [...listeners]) listener(s);
  };
  // Office answers asynchronously even when it has the value at hand.
  const later = async <T>(value: () => T): Promise<T> => {
    await Promise.resolve();
    return value();
  };

  return {
    displayLanguage: () => state.displayLanguage,
    getSubject: () => later(() => state.subject),
    getBodyFormat: () => later(() => state.bodyFormat),
    getBody: (format) =>
      later(() => {
        if (format === state.bodyFormat) return state.body;
        return format === "text" ? htmlToText(state.body) : textToHtml(state.body);
      }),
    async setBody(body, format) {
      await Promise.resolve();
      if (body.length > OUTLOOK_BODY_LIMIT) {
        throw new OfficeError("DataExceedsMaximumSize", "The data exceeds the maximum size of 1,000,000 characters.");
      }
      if (format === "html" && state.bodyFormat === "text") {
        throw new OfficeError("InvalidFormatError", "HTML can't be inserted into a plain-text body.");
      }
      if (state.bodyFormat === "html") {
        const html = format === "text" ? textToHtml(body) : body;
        state.body = init.rewriteOnSet ? init.rewriteOnSet(html) : html;
      } else {
        state.body = body;
      }
      state.setBodyCount += 1;
      changed();
    },
    getAttendees: () => later(() => state.attendees.map((a) => ({ ...a }))),
    getOrganizerEmail: () => later(() => state.organizerEmail),
    getTimes: () => later(() => ({ start: state.start, end: state.end })),
    getAgendaId: () => later(() => state.agendaId),
    async setAgendaId(id) {
      await Promise.resolve();
      state.agendaId = id;
      changed();
    },

    snapshot,
    setAttendees(attendees) {
      state.attendees = attendees.map((a) => ({ ...a }));
      changed();
    },
    setUserBody(body) {
      state.body = body;
      changed();
    },
    setDisplayLanguage(lang) {
      if (state.displayLanguage === lang) return;
      state.displayLanguage = lang;
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
