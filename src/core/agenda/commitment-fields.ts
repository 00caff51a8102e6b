// The fields of a commitment as the agenda block writes them (either language), read back: column
// labels, "Owner (Department)", "Action [Done] (Helps: Department)" and the due date.
import { parseDate } from "../text/parse-date";
import { AGENDA_STRINGS, CARRIED_HEADING_PREFIXES } from "./agenda-strings";

export interface CollectedCommitment {
  /** The owner as written: a name or an email. */
  owner: string;
  /** From "Owner (Department)", when written. */
  ownerDepartment: string | null;
  action: string;
  helpsDepartment: string | null;
  /** YYYY-MM-DD, or null when the due date is missing or unreadable (see dueText). */
  dueDate: string | null;
  dueText: string;
  servesObjective: string;
}

export type Column = "who" | "what" | "due" | "serves";
/** A column of a commitments table; "meeting" only heads the carried-forward table. */
export type Label = Column | "meeting";
export const COLUMNS: readonly Column[] = ["who", "what", "due", "serves"];
export const STRINGS = Object.values(AGENDA_STRINGS);

export const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
/** For comparing labels: width, case and spacing ignored (NFKC makes "：" a ":"). */
export const key = (s: string): string => squash(s.normalize("NFKC")).toLowerCase();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LABELS = new Map<string, Label>();
for (const s of STRINGS) {
  for (const c of COLUMNS) LABELS.set(key(s.commitmentColumns[c]), c);
  LABELS.set(key(s.carriedMeetingColumn), "meeting");
}

/** The column a header label names, in either language ("Who", "誰が：", "どの会議で"…). */
export function labelOf(text: string): Label | null {
  return LABELS.get(key(text).replace(/:$/, "")) ?? null;
}

/** The commitment field a label names (the carried-forward "which meeting" column is none). */
export function columnOfLabel(text: string): Column | null {
  const label = labelOf(text);
  return label === "meeting" ? null : label;
}

/** The column labels of a header row, when at least two of its cells are labels; else null. */
export function headerLabels(cells: readonly string[]): (Label | null)[] | null {
  const labels = cells.map(labelOf);
  return labels.filter((l) => l !== null).length >= 2 ? labels : null;
}

const CARRIED_PREFIXES = CARRIED_HEADING_PREFIXES.map(key);
const OWN_HEADINGS = new Set(STRINGS.map((s) => key(s.commitmentsOwnHeading)));

/** The heading of the carried-forward part of section 4 (「前回からの持ち越し 4件…」), either language. */
export const isCarriedHeading = (line: string): boolean => CARRIED_PREFIXES.some((p) => key(line).startsWith(p));

/** The heading of this meeting's own commitments, shown after the carried-forward part. */
export const isOwnHeading = (line: string): boolean => OWN_HEADINGS.has(key(line));

/** "Owner (Department)" / "Owner（Department）" → owner and department. */
function splitWho(who: string): { owner: string; ownerDepartment: string | null } {
  const m = /^(.*?)\s*[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(who);
  return m && m[1] ? { owner: squash(m[1]), ownerDepartment: squash(m[2] as string) } : { owner: squash(who), ownerDepartment: null };
}

const HELPS_LABELS = STRINGS.map((s) => escape(s.helpsLabel)).join("|");
const HELPS = new RegExp(`\\s*[(（]\\s*(?:${HELPS_LABELS})\\s*[:：]\\s*([^()（）]+?)\\s*[)）]\\s*$`, "i");
const STATUS_LABELS = STRINGS.flatMap((s) => Object.values(s.statusLabels).map(escape)).join("|");
const STATUS = new RegExp(`\\s*[[［](?:${STATUS_LABELS})[\\]］]\\s*$`, "i");

/** "action [Done] (Helps: X)" / "action［完了］（支援先：X）" as rendered → the action and the helped department. */
function splitWhat(what: string): { action: string; helpsDepartment: string | null } {
  let action = squash(what);
  let helpsDepartment: string | null = null;
  const helps = HELPS.exec(action);
  if (helps) {
    helpsDepartment = squash(helps[1] as string);
    action = action.slice(0, helps.index);
  }
  action = action.replace(STATUS, "");
  return { action: squash(action), helpsDepartment };
}

/** One commitment from its cells, or null when who, what and due are all empty. */
export function commitmentOf(cells: Partial<Record<Column, string>>): CollectedCommitment | null {
  const who = squash(cells.who ?? "");
  const what = squash(cells.what ?? "");
  const dueText = squash(cells.due ?? "");
  if (who === "" && what === "" && dueText === "") return null;
  return {
    ...splitWho(who),
    ...splitWhat(what),
    dueDate: parseDate(dueText),
    dueText,
    servesObjective: squash(cells.serves ?? ""),
  };
}
