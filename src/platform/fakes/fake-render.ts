// renderAgenda of the fake API: the same core renderer the server uses, so /preview inserts exactly
// the agenda block the real server would hand out. Injectable for tests that want to see calls.
import type { AgendaView } from "../../core/api/contract";
import type { Lang } from "../../core/api/primitives";
import { agendaLiveUrl } from "../../core/agenda/agenda-markers";
import { renderAgendaHtml, renderAgendaText } from "../../core/agenda/render-agenda";
import type { BodyFormat } from "../ports";

export type AgendaRenderer = (view: AgendaView, format: BodyFormat, lang: Lang, origin: string) => string;

export const renderAgendaForFake: AgendaRenderer = (view, format, lang, origin) => {
  const opts = { liveUrl: agendaLiveUrl(origin, view.agenda.id), lang };
  return format === "html" ? renderAgendaHtml(view, opts) : renderAgendaText(view, opts);
};
