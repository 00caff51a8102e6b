// An agenda reference as people paste it: the live link (…/agenda/<id>), a link with ?agendaId=<id>,
// or the bare id.
import { Id } from "../../core/api/primitives";

const PATH_ID = /\/agenda\/([A-Za-z0-9_-]{1,64})(?:[/?#]|$)/;

export function parseAgendaRef(input: string): string | null {
  const text = input.trim();
  if (text === "") return null;
  const fromPath = PATH_ID.exec(text)?.[1];
  if (fromPath) return fromPath;
  if (/^https?:\/\//i.test(text)) {
    try {
      const fromQuery = new URL(text).searchParams.get("agendaId");
      return fromQuery && Id.safeParse(fromQuery).success ? fromQuery : null;
    } catch {
      return null;
    }
  }
  return Id.safeParse(text).success ? text : null;
}
