// The agenda block for a meeting body, as HTML (Outlook, Teams) or plain text (text bodies). The
// sections are rendered one function each in render-agenda-html.ts / render-agenda-text.ts, from
// the same content (agenda-content.ts), so both formats say the same thing in the same order.
import type { AgendaView } from "../api/contract";
import type { Lang } from "../api/primitives";
import { agendaContent } from "./agenda-content";
import { agendaHtml } from "./render-agenda-html";
import { agendaText } from "./render-agenda-text";
import { dateInZone } from "./render-carried-forward";

export interface RenderAgendaOptions {
  /** The live agenda (see agendaLiveUrl); must be an http(s) URL. */
  liveUrl: string;
  /** Defaults to the agenda's own language. */
  lang?: Lang;
  /** IANA zone for the dates of carried-forward meetings and for "today" (the reader's); default UTC. */
  timeZone?: string;
  /** The reader's date (YYYY-MM-DD): carried-forward items due before it count as overdue. Default: now in timeZone. */
  today?: string;
}

const HTTP_URL = /^https?:\/\/[^\s"'<>`\\\u0000-\u001f\u007f]+$/i;

function checkedLiveUrl(url: string): string {
  if (!HTTP_URL.test(url)) throw new Error(`liveUrl must be an absolute http(s) URL, got ${JSON.stringify(url)}`);
  return url;
}

function contentOf(view: AgendaView, opts: RenderAgendaOptions) {
  const today = opts.today ?? dateInZone(new Date().toISOString(), opts.timeZone);
  return agendaContent(view, opts.lang, today);
}

export function renderAgendaHtml(view: AgendaView, opts: RenderAgendaOptions): string {
  const liveUrl = checkedLiveUrl(opts.liveUrl);
  return agendaHtml(contentOf(view, opts), liveUrl, opts.timeZone);
}

export function renderAgendaText(view: AgendaView, opts: RenderAgendaOptions): string {
  const liveUrl = checkedLiveUrl(opts.liveUrl);
  return agendaText(contentOf(view, opts), liveUrl, opts.timeZone);
}
