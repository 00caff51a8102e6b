// The commitments export: a header row in the reader's language, then one line per commitment,
// produced batch by batch from the database so memory stays flat whatever the tenant's size.
import { Readable } from "node:stream";
import type { CommitmentStatus, Lang } from "../../core/api/contract";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { commitmentRowBatches } from "../commitments/commitment.repository";
import type { CommitmentFilter, CommitmentRow } from "../commitments/commitment.table";
import type { Db } from "../db/database";
import { UTF8_BOM, csvLine } from "./csv-format";

export const EXPORT_BATCH_SIZE = 500;

interface Column {
  ja: string;
  en: string;
  value: (row: CommitmentRow, lang: Lang) => string | null;
}

const STATUS_LABELS: Record<Lang, Record<CommitmentStatus, string>> = {
  ja: { open: "未完了", done: "完了", dropped: "取り下げ" },
  en: { open: "Open", done: "Done", dropped: "Dropped" },
};

const COLUMNS: readonly Column[] = [
  { ja: "期限", en: "Due date", value: (r) => r.due_date },
  { ja: "担当者", en: "Owner", value: (r) => r.owner_name },
  { ja: "担当者のメール", en: "Owner email", value: (r) => r.owner_email },
  { ja: "部門", en: "Department", value: (r) => r.owner_department },
  { ja: "支援する部門", en: "Helps department", value: (r) => r.helps_department },
  { ja: "内容", en: "Action", value: (r) => r.action },
  { ja: "目的", en: "Objective", value: (r) => r.objective_title },
  { ja: "目的への貢献", en: "How it serves the objective", value: (r) => r.serves_objective },
  { ja: "状態", en: "Status", value: (r, lang) => STATUS_LABELS[lang][r.status as CommitmentStatus] ?? r.status },
  { ja: "作成者", en: "Created by", value: (r) => r.created_by_email },
  { ja: "作成日時", en: "Created at", value: (r) => r.created_at },
  { ja: "更新日時", en: "Updated at", value: (r) => r.updated_at },
  { ja: "会議ID", en: "Meeting ID", value: (r) => r.agenda_id },
  { ja: "ID", en: "ID", value: (r) => r.id },
];

export function commitmentsCsvHeader(lang: Lang): string {
  return UTF8_BOM + csvLine(COLUMNS.map((c) => c[lang]));
}

/** BOM + header first, then one chunk per database batch. */
export async function* commitmentsCsvChunks(
  db: Db,
  tenantId: string,
  filter: CommitmentFilter,
  lang: Lang,
  batchSize = EXPORT_BATCH_SIZE,
  sort?: CommitmentSort,
): AsyncGenerator<Buffer> {
  yield Buffer.from(commitmentsCsvHeader(lang), "utf8");
  for await (const rows of commitmentRowBatches(db, tenantId, filter, batchSize, sort)) {
    yield Buffer.from(rows.map((r) => csvLine(COLUMNS.map((c) => c.value(r, lang)))).join(""), "utf8");
  }
}

/** The export as a byte stream; destroying it (client gone) stops the database walk. */
export function commitmentsCsvStream(db: Db, tenantId: string, filter: CommitmentFilter, lang: Lang, batchSize?: number, sort?: CommitmentSort): Readable {
  return Readable.from(commitmentsCsvChunks(db, tenantId, filter, lang, batchSize, sort), { objectMode: false });
}

/** commitments-YYYY-MM-DD.csv (UTC date). */
export function exportFileName(now: Date = new Date()): string {
  return `commitments-${now.toISOString().slice(0, 10)}.csv`;
}
