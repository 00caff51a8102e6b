// The one escaper for every string that ends up inside HTML we build. Outlook, the Teams tab and the
// server all render agendas, and user text (objectives, contributions, names) is untrusted.
import { withoutDirectionControls } from "./direction-controls";

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes & < > " ' so the result is safe as element text and inside quoted attribute values, and
 * drops direction controls (direction-controls.ts).
 */
export function escapeHtml(s: string): string {
  return withoutDirectionControls(s).replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/**
 * Escapes a value for a double- or single-quoted attribute. Beyond escapeHtml it also encodes the
 * backtick (an attribute delimiter in old IE engines, which classic Outlook's Word renderer descends
 * from) and line breaks/tabs, which some mail clients normalise inside attributes.
 */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/[`\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}
