// Renders the saved agenda in the body's own format and merges it into the current body: an earlier
// agenda block is replaced, everything else (the Teams join block above all) is kept as it was.
import type { AgendaView } from "../../../core/api/contract";
import type { Lang } from "../../../core/api/primitives";
import { mergeAgendaIntoBody } from "../../../core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../core/agenda/render-agenda";
import type { MeetingItem } from "../../../platform/ports";

export async function writeAgendaIntoBody(
  item: MeetingItem,
  view: AgendaView,
  options: { liveUrl: string; lang: Lang; timeZone?: string },
): Promise<{ replaced: boolean }> {
  const format = await item.getBodyFormat();
  const body = await item.getBody(format);
  // Carried-forward meetings are dated in the organizer's zone, as the preview showed them.
  const opts = { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, ...options };
  const block = format === "html" ? renderAgendaHtml(view, opts) : renderAgendaText(view, opts);
  const merged = mergeAgendaIntoBody(body, block, format);
  await item.setBody(merged.body, format);
  return { replaced: merged.replaced };
}
