// The one escaper for every string that ends up inside HTML we build. Outlook, the Teams tab and the
// server all render agendas, and user text (objectives, contributions, names) is untrusted.

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Direction embeddings, overrides and isolates (U+202A–202E, U+2066–2069). In a mail or a page they
 * can make the rest of a line read backwards — a name, a date, who wrote what — so they are left
 * out of HTML we build; the text as typed stays in the database.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes & < > " ' so the result is safe as element text and inside quoted attribute values, and
 * drops direction controls (above).
 */
export function escapeHtml(s: string): string {
  return s.replace(DIRECTION_CONTROLS, "").replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * Escapes a value for a double- or single-quoted attribute. Beyond escapeHtml it also encodes the
 * backtick (an attribute delimiter in old IE engines, which classic Outlook's Word renderer descends
 * from) and line breaks/tabs, which some mail clients normalise inside attributes.
 */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/[`\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
