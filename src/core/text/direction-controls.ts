// Direction embeddings, overrides and isolates (U+202A–202E, U+2066–2069). Wherever text we wrote
// is shown to someone else — a mail, a page, a spreadsheet cell — they can make the rest of a line
// read backwards (a name, a date, who wrote what), so everything we build for reading leaves them
// out; the text as typed stays in the database.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, "");
}
