// How our agenda block is recognised in a meeting body after Outlook has rewritten it. Outlook
// strips ids, classes, data-* and comments, so the block is delimited by visible lines of text
// (which survive every client) plus the live-agenda link. Both languages' markers are always
// recognised: a meeting may switch language between two inserts.
import type { Lang } from "../api/primitives";
import { decodeHtmlEntities } from "../text/html-entities";
import { unwrapSafeLink, unwrapSafeLinksIn } from "../text/safe-links";
import { AGENDA_STRINGS } from "./agenda-strings";

/** The rule character of the marker lines (U+2501 BOX DRAWINGS HEAVY HORIZONTAL). */
export const MARKER_RULE = "━";

export const AGENDA_START_MARKER: Readonly<Record<Lang, string>> = Object.freeze({
  ja: "━━ Common Purpose アジェンダ ━━",
  en: "━━ Common Purpose agenda ━━",
});

export const AGENDA_END_MARKER: Readonly<Record<Lang, string>> = Object.freeze({
  ja: "━━ Common Purpose：アジェンダここまで ━━",
  en: "━━ Common Purpose: end of agenda ━━",
});

// Tolerant of any whitespace between the words (Word turns spaces into &nbsp; or splits runs), and
// of a full-width colon (Japanese IMEs). The start pattern cannot match an end line: the colon
// after "Purpose" only occurs in end lines. Exactly two rule characters at each end: the visible
// text of adjacent blocks runs together ("…agenda ━━━━ Common…"), and a greedy rule would reach
// into the neighbouring line.
const START_SOURCE = "━━\\s*Common\\s*Purpose\\s*(?:agenda|アジェンダ)\\s*━━";
const END_SOURCE =
  "━━\\s*Common\\s*Purpose\\s*[:：]\\s*(?:end\\s*of\\s*(?:the\\s*)?agenda|アジェンダ\\s*ここまで)\\s*━━";

export interface TextMatch {
  index: number;
  end: number;
}

function firstMatch(source: string, text: string, from: number): TextMatch | null {
  const re = new RegExp(source, "giu");
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { index: m.index, end: m.index + m[0].length } : null;
}

/** The first start-marker line in plain text at or after `from`. */
export function findStartMarker(text: string, from = 0): TextMatch | null {
  return firstMatch(START_SOURCE, text, from);
}

/** The first end-marker line in plain text at or after `from`. */
export function findEndMarker(text: string, from = 0): TextMatch | null {
  return firstMatch(END_SOURCE, text, from);
}

function labelSource(label: string): string {
  return label
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
}

const LIVE_LABEL_SOURCE = Object.values(AGENDA_STRINGS)
  .map((s) => labelSource(s.liveLinkLabel))
  .join("|");

/** The first live-agenda link label (either language) in plain text at or after `from`. */
export function findLiveLinkLabel(text: string, from = 0): TextMatch | null {
  return firstMatch(LIVE_LABEL_SOURCE, text, from);
}

/** Matches the path of a live-agenda URL as built by agendaLiveUrl. */
export const LIVE_AGENDA_PATH = /\/agenda\/[A-Za-z0-9_-]+/;

const LINK_ATTRS = /(?:^|\s)(?:href|originalsrc)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * True when an <a>'s attributes (raw source) link to a live agenda: its href, or the originalsrc
 * classic Outlook keeps beside a rewritten href, after Safe Links unwrapping.
 */
export function isLiveAgendaLink(attrs: string): boolean {
  for (const m of attrs.matchAll(LINK_ATTRS)) {
    const url = decodeHtmlEntities(m[1] ?? m[2] ?? m[3] ?? "");
    if (LIVE_AGENDA_PATH.test(unwrapSafeLink(url.trim()))) return true;
  }
  return false;
}

/** True when plain text (the rest of the live-link line) holds a live-agenda URL, Safe Links unwrapped. */
export function hasLiveAgendaUrl(text: string): boolean {
  return LIVE_AGENDA_PATH.test(unwrapSafeLinksIn(text));
}

/** The accent of our block's left border, the one mark of its outer element that Outlook keeps. */
export const OUR_BLOCK_ACCENT = "#5b5fc7";
export const OUR_BLOCK_BORDER = `border-left:4px solid ${OUR_BLOCK_ACCENT}`;

// The border as written, re-serialised by OWA ("border-left: 4px solid rgb(91, 95, 199);") or by
// Word ("border-left:solid #5B5FC7 3.0pt"): a border-left declaration in our accent colour.
const OUR_BORDER =
  /border-left\s*:[^;"']*?(?:#5b5fc7\b|rgb\(\s*91\s*,\s*95\s*,\s*199\s*\))/i;

/** True when an element's attributes (raw source) carry our block's left border. */
export function hasOurBlockStyle(attrs: string): boolean {
  return OUR_BORDER.test(decodeHtmlEntities(attrs));
}

/** The live agenda of one meeting: `${baseUrl}/agenda/${agendaId}` (a trailing "/" of the base is dropped). */
export function agendaLiveUrl(baseUrl: string, agendaId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/agenda/${encodeURIComponent(agendaId)}`;
}

/**
 * User text must never contain a marker line, or it could end (or fake) our block: the heavy rule
 * character is turned into the light one (U+2500), which looks the same in running text.
 */
export function neutralizeMarkers(s: string): string {
  return s.replace(/━/g, "─");
}
