// What the CSV and the Excel exports hold, defined once: the columns, their headers in the reader's
// language (times named with the organisation's time zone, e.g. 「作成日時（JST）」), and each row
// with its meeting's title and date, read batch by batch so memory stays flat.
import type { CommitmentStatus } from "../../core/api/contract";
import type { Lang } from "../../core/api/primitives";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { dateTimeIn, zoneLabel } from "../../core/text/zoned-time";
import type { Db } from "../db/database";
import { commitmentRowBatches } from "./commitment.repository";
import type { CommitmentFilter, CommitmentRow } from "./commitment.table";

export interface ExportRow {
  row: CommitmentRow;
  meetingTitle: string;
  /** ISO start of the meeting, null when the agenda has no date. */
  meetingStartsAt: string | null;
}

/** A cell before formatting: text, a calendar date, or an instant shown in the tenant's time zone. */
export type ExportValue = { kind: "text"; value: string | null } | { kind: "date"; value: string } | { kind: "instant"; value: string | null };

export interface ExportColumn {
  header: Record<Lang, string>;
  /** Width in characters (Excel). */
  width: number;
  /** The header names the time zone ("作成日時（JST）"): columns with a time of day. */
  zoned?: boolean;
  value(r: ExportRow, lang: Lang): ExportValue;
}

const STATUS_LABELS: Record<Lang, Record<CommitmentStatus, string>> = {
  ja: { open: "未完了", done: "完了", dropped: "取り下げ" },
  en: { open: "Open", done: "Done", dropped: "Dropped" },
};

const text = (value: string | null): ExportValue => ({ kind: "text", value });

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  // A calendar day, the same everywhere: no time zone in its header (only times of day carry one).
  { header: { ja: "期限", en: "Due date" }, width: 12, value: (r) => ({ kind: "date", value: r.row.due_date }) },
  { header: { ja: "担当者", en: "Owner" }, width: 16, value: (r) => text(r.row.owner_name) },
  { header: { ja: "担当者のメール", en: "Owner email" }, width: 28, value: (r) => text(r.row.owner_email) },
  { header: { ja: "部門", en: "Department" }, width: 14, value: (r) => text(r.row.owner_department) },
  { header: { ja: "支援する部門", en: "Helps department" }, width: 14, value: (r) => text(r.row.helps_department) },
  { header: { ja: "内容", en: "Action" }, width: 40, value: (r) => text(r.row.action) },
  { header: { ja: "目的", en: "Objective" }, width: 30, value: (r) => text(r.row.objective_title) },
  { header: { ja: "目的への貢献", en: "How it serves the objective" }, width: 30, value: (r) => text(r.row.serves_objective) },
  {
    header: { ja: "状態", en: "Status" },
    width: 10,
    value: (r, lang) => text(STATUS_LABELS[lang][r.row.status as CommitmentStatus] ?? r.row.status),
  },
  { header: { ja: "会議", en: "Meeting" }, width: 30, value: (r) => text(r.meetingTitle) },
  { header: { ja: "会議の日時", en: "Meeting date" }, width: 17, zoned: true, value: (r) => ({ kind: "instant", value: r.meetingStartsAt }) },
  { header: { ja: "作成者", en: "Created by" }, width: 28, value: (r) => text(r.row.created_by_email) },
  { header: { ja: "作成日時", en: "Created at" }, width: 17, zoned: true, value: (r) => ({ kind: "instant", value: r.row.created_at }) },
  { header: { ja: "更新日時", en: "Updated at" }, width: 17, zoned: true, value: (r) => ({ kind: "instant", value: r.row.updated_at }) },
  { header: { ja: "会議ID", en: "Meeting ID" }, width: 24, value: (r) => text(r.row.agenda_id) },
  { header: { ja: "ID", en: "ID" }, width: 24, value: (r) => text(r.row.id) },
];

/** The header of a column: 「作成日時（JST）」 in Japanese, "Created at (JST)" in English. */
export function exportHeader(column: ExportColumn, lang: Lang, timeZone: string): string {
  const name = column.header[lang];
  if (!column.zoned) return name;
  const zone = zoneLabel(timeZone);
  return lang === "ja" ? `${name}（${zone}）` : `${name} (${zone})`;
}

/** "YYYY-MM-DD HH:mm" of an ISO instant in the time zone; "" for none, the raw text if unreadable. */
export function instantIn(timeZone: string, iso: string | null): string {
  if (iso === null || iso === "") return "";
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateTimeIn(timeZone, new Date(ms));
}

// Up to 500 per query: well under both databases' bound-parameter limits.
const IN_BATCH = 500;

/** Each batch of matching commitments with its meetings' titles and dates (one query per batch). */
export async function* exportRowBatches(
  db: Db,
  tenantId: string,
  filter: CommitmentFilter,
  batchSize: number,
  sort?: CommitmentSort,
): AsyncGenerator<ExportRow[]> {
  for await (const rows of commitmentRowBatches(db, tenantId, filter, batchSize, sort)) {
    const ids = [...new Set(rows.map((r) => r.agenda_id))];
    const meetings = new Map<string, { subject: string; starts_at: string | null }>();
    for (let i = 0; i < ids.length; i += IN_BATCH) {
      const found = await db
        .selectFrom("agendas")
        .select(["id", "subject", "starts_at"])
        .where("tenant_id", "=", tenantId)
        .where("id", "in", ids.slice(i, i + IN_BATCH))
        .execute();
      for (const m of found) meetings.set(m.id, m);
    }
    yield rows.map((row) => {
      const meeting = meetings.get(row.agenda_id);
      return { row, meetingTitle: meeting?.subject ?? "", meetingStartsAt: meeting?.starts_at ?? null };
    });
  }
}
