// The commitments export as an Excel workbook: the CSV's columns and order, with real dates
// (due date as a date, created/updated as date-times in UTC) and headers in the reader's language.
import type { Readable } from "node:stream";
import type { CommitmentStatus, Lang } from "../../core/api/contract";
import type { CommitmentSort } from "../../core/api/commitment-list-contract";
import { commitmentRowBatches } from "../commitments/commitment.repository";
import type { CommitmentFilter, CommitmentRow } from "../commitments/commitment.table";
import type { Db } from "../db/database";
import { xlsxStream } from "./xlsx-stream";
import type { XlsxCell, XlsxColumn } from "./xlsx-xml";

export const XLSX_BATCH_SIZE = 500;
export const ONLY_PMO_XLSX = "Only PMOs can export the commitments workbook";

const STATUS: Record<Lang, Record<CommitmentStatus, string>> = {
  ja: { open: "未完了", done: "完了", dropped: "取り下げ" },
  en: { open: "Open", done: "Done", dropped: "Dropped" },
};

const text = (value: string | null): XlsxCell => (value === null ? { kind: "empty" } : { kind: "text", value });

interface Column {
  ja: string;
  en: string;
  width: number;
  cell: (row: CommitmentRow, lang: Lang) => XlsxCell;
}

const COLUMNS: readonly Column[] = [
  { ja: "期限", en: "Due date", width: 12, cell: (r) => ({ kind: "date", value: r.due_date }) },
  { ja: "担当者", en: "Owner", width: 16, cell: (r) => text(r.owner_name) },
  { ja: "担当者のメール", en: "Owner email", width: 28, cell: (r) => text(r.owner_email) },
  { ja: "部門", en: "Department", width: 14, cell: (r) => text(r.owner_department) },
  { ja: "支援する部門", en: "Helps department", width: 14, cell: (r) => text(r.helps_department) },
  { ja: "内容", en: "Action", width: 40, cell: (r) => text(r.action) },
  { ja: "目的", en: "Objective", width: 30, cell: (r) => text(r.objective_title) },
  { ja: "目的への貢献", en: "How it serves the objective", width: 30, cell: (r) => text(r.serves_objective) },
  { ja: "状態", en: "Status", width: 10, cell: (r, lang) => text(STATUS[lang][r.status as CommitmentStatus] ?? r.status) },
  { ja: "作成者", en: "Created by", width: 28, cell: (r) => text(r.created_by_email) },
  { ja: "作成日時 (UTC)", en: "Created at (UTC)", width: 17, cell: (r) => ({ kind: "dateTime", value: r.created_at }) },
  { ja: "更新日時 (UTC)", en: "Updated at (UTC)", width: 17, cell: (r) => ({ kind: "dateTime", value: r.updated_at }) },
  { ja: "会議ID", en: "Meeting ID", width: 24, cell: (r) => text(r.agenda_id) },
  { ja: "ID", en: "ID", width: 24, cell: (r) => text(r.id) },
];

const SHEET_NAME: Record<Lang, string> = { ja: "コミットメント", en: "Commitments" };

export function commitmentsXlsxColumns(lang: Lang): XlsxColumn[] {
  return COLUMNS.map((c) => ({ header: c[lang], width: c.width }));
}

export function commitmentXlsxCells(row: CommitmentRow, lang: Lang): XlsxCell[] {
  return COLUMNS.map((c) => c.cell(row, lang));
}

export function commitmentsXlsxStream(
  db: Db,
  tenantId: string,
  filter: CommitmentFilter,
  lang: Lang,
  sort?: CommitmentSort,
  batchSize = XLSX_BATCH_SIZE,
): Readable {
  async function* batches() {
    for await (const rows of commitmentRowBatches(db, tenantId, filter, batchSize, sort)) {
      yield rows.map((r) => commitmentXlsxCells(r, lang));
    }
  }
  return xlsxStream(SHEET_NAME[lang], commitmentsXlsxColumns(lang), batches());
}

/** commitments-YYYY-MM-DD.xlsx (UTC date). */
export function xlsxFileName(now: Date = new Date()): string {
  return `commitments-${now.toISOString().slice(0, 10)}.xlsx`;
}
