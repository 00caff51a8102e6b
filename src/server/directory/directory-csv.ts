// Parses the local directory's CSV import: a header naming email, name and department (any order,
// any case), then one person per line. UTF-8 with or without a BOM (Excel writes one), CRLF or LF,
// RFC 4180 quoting. Every problem names its line and column, and one bad row rejects the whole
// file — a half-imported directory would put people in the wrong departments without anyone noticing.
import { type DirectoryEntry } from "../../core/api/contract";
import { Email } from "../../core/api/primitives";
import { isTimeZone } from "../time-zone";

export const DIRECTORY_CSV_COLUMNS = ["email", "name", "department"] as const;
/** Optional: a person's IANA time zone (Asia/Tokyo) and language (ja or en), for reminders. */
export const DIRECTORY_CSV_OPTIONAL = ["time_zone", "language"] as const;
type Column = (typeof DIRECTORY_CSV_COLUMNS)[number] | (typeof DIRECTORY_CSV_OPTIONAL)[number];
const KNOWN: readonly string[] = [...DIRECTORY_CSV_COLUMNS, ...DIRECTORY_CSV_OPTIONAL];

/** A person of the file: who they are, and (when the file says) how they keep time. */
export interface DirectoryCsvPerson extends DirectoryEntry {
  timeZone: string | null;
  language: "ja" | "en" | null;
}
const MAX_TEXT = 200;

export class DirectoryCsvError extends Error {
  constructor(
    readonly line: number,
    readonly column: string | null,
    message: string,
  ) {
    super(column ? `Line ${line}, column "${column}": ${message}` : `Line ${line}: ${message}`);
    this.name = "DirectoryCsvError";
  }
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/** RFC 4180 records with the (1-based) line each starts on; quoted fields may span lines. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      wasQuoted = true;
      field = "";
    } else if (c === ",") endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else if (wasQuoted) {
      if (c.trim() !== "") throw new DirectoryCsvError(line, null, "text after a closing quote — put the whole field in quotes, and double any quote inside it");
    } else field += c;
  }
  if (quoted) throw new DirectoryCsvError(start, null, "a quoted field is never closed");
  endRecord();
  return records;
}

/** The people in the file, or a DirectoryCsvError naming the first bad line and column. */
export function parseDirectoryCsv(input: string): DirectoryCsvPerson[] {
  const text = input.replace(/^\uFEFF/, "");
  // Text may not hold NUL (PostgreSQL refuses it): say where it is rather than fail on storing.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) throw new DirectoryCsvError(text.slice(0, nul).split(/\r\n|\r|\n/).length, null, "contains a NUL character — save the file again as UTF-8 CSV");
  const records = parseCsvRecords(text);
  const header = records[0];
  if (!header) throw new DirectoryCsvError(1, null, `the file is empty; the first line must be the header "${DIRECTORY_CSV_COLUMNS.join(",")}"`);
  const index = new Map<Column, number>();
  header.fields.forEach((name, i) => {
    const column = name.trim().toLowerCase() as Column;
    if (!KNOWN.includes(column)) {
      throw new DirectoryCsvError(
        header.line,
        name,
        `unknown column; the header must be "${DIRECTORY_CSV_COLUMNS.join(",")}", optionally with ${DIRECTORY_CSV_OPTIONAL.join(" and ")}`,
      );
    }
    if (index.has(column)) throw new DirectoryCsvError(header.line, name, "this column appears twice");
    index.set(column, i);
  });
  for (const column of DIRECTORY_CSV_COLUMNS) {
    if (!index.has(column)) throw new DirectoryCsvError(header.line, column, `missing; the header must be "${DIRECTORY_CSV_COLUMNS.join(",")}"`);
  }
  if (records.length < 2) throw new DirectoryCsvError(header.line + 1, null, "no people after the header");

  const seen = new Map<string, number>();
  return records.slice(1).map(({ line, fields }) => {
    if (fields.length !== header.fields.length) {
      throw new DirectoryCsvError(line, null, `expected ${header.fields.length} fields, found ${fields.length}`);
    }
    const value = (column: Column) => fields[index.get(column) as number] as string;
    const optional = (column: Column) => (index.has(column) ? value(column).trim() : "");
    const email = Email.safeParse(value("email"));
    if (!email.success) throw new DirectoryCsvError(line, "email", `"${value("email")}" is not an e-mail address`);
    const previous = seen.get(email.data);
    if (previous !== undefined) throw new DirectoryCsvError(line, "email", `${email.data} is already on line ${previous}`);
    seen.set(email.data, line);
    const name = value("name").trim();
    const department = value("department").trim();
    if (name.length > MAX_TEXT) throw new DirectoryCsvError(line, "name", `longer than ${MAX_TEXT} characters`);
    if (department.length > MAX_TEXT) throw new DirectoryCsvError(line, "department", `longer than ${MAX_TEXT} characters`);
    const timeZone = optional("time_zone");
    if (timeZone !== "" && !isTimeZone(timeZone)) {
      throw new DirectoryCsvError(line, "time_zone", `"${timeZone}" is not a time zone; write an IANA name such as Asia/Tokyo, or leave it empty`);
    }
    const language = optional("language").toLowerCase();
    if (language !== "" && language !== "ja" && language !== "en") {
      throw new DirectoryCsvError(line, "language", `"${language}" is not a language of the app; write ja or en, or leave it empty`);
    }
    return { email: email.data, name, department, timeZone: timeZone || null, language: (language || null) as "ja" | "en" | null };
  });
}
