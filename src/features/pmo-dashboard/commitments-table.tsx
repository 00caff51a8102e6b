// Every commitment in a table the PMO can scan and sort (on the server); status is changed right in the row.
import {
  Badge,
  Button,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { COMMITMENT_STATUSES, type Commitment, type CommitmentStatus } from "../../core/api/contract";
import { type CommitmentSort, type CommitmentSortKey } from "../../core/api/commitment-list-contract";
import { isOverdue } from "../../components/dates";
import { formatDate } from "../../core/text/format-date";
import { coachText } from "../../components/coach/coach-messages";
import { PurposeScore } from "../../components/coach/purpose-score-badge";
import { useLang, useT } from "../../components/i18n/use-t";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { minWidth: "760px" },
  wrap: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  due: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "start" },
});

export interface CommitmentsTableProps {
  items: readonly Commitment[];
  busyIds: ReadonlySet<string>;
  onStatusChange(commitment: Commitment, status: CommitmentStatus): void;
  /** The server-side order; a sortable header toggles its column ascending ↔ descending. */
  sort: CommitmentSort;
  onSortChange(sort: CommitmentSort): void;
  /** "Sync to To Do" per row (a column appears when given). */
  onSync?: (commitment: Commitment) => void;
  syncingIds?: ReadonlySet<string>;
  syncedIds?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function CommitmentsTable({ items, busyIds, onStatusChange, sort, onSortChange, onSync, syncingIds = NONE, syncedIds = NONE }: CommitmentsTableProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const descending = sort.startsWith("-");
  const current = (descending ? sort.slice(1) : sort) as CommitmentSortKey;
  /** A header that sorts the table by `key`; clicking the current column flips its direction. */
  const sortable = (key: CommitmentSortKey, label: string) => (
    <TableHeaderCell
      sortDirection={current === key ? (descending ? "descending" : "ascending") : undefined}
      onClick={() => onSortChange(current === key && !descending ? (`-${key}` as CommitmentSort) : key)}
      data-testid={`pmo-sort-${key}`}
    >
      {label}
    </TableHeaderCell>
  );
  const syncButton = (c: Commitment) => {
    const syncing = syncingIds.has(c.id);
    const label = syncing ? t("pmo.sync.syncing") : syncedIds.has(c.id) ? t("pmo.sync.again") : t("pmo.sync.button");
    return (
      <Button
        size="small"
        disabled={syncing}
        icon={syncing ? <Spinner size="extra-tiny" /> : undefined}
        onClick={() => onSync?.(c)}
        // The name starts with the visible words; the action tells the rows apart.
        aria-label={t("pmo.sync.rowLabel", { label, action: c.action })}
        data-testid="pmo-sync"
      >
        {label}
      </Button>
    );
  };
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="small" sortable data-testid="pmo-table" aria-label={t("pmo.title")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("pmo.col.objective")}</TableHeaderCell>
            <TableHeaderCell>{t("pmo.col.action")}</TableHeaderCell>
            {sortable("owner", t("pmo.col.owner"))}
            {sortable("department", t("pmo.col.department"))}
            <TableHeaderCell>{t("pmo.col.helps")}</TableHeaderCell>
            {sortable("due", t("pmo.col.due"))}
            {sortable("status", t("pmo.col.status"))}
            {sortable("updated", t("pmo.col.updated"))}
            <TableHeaderCell>{coachText(lang, "column")}</TableHeaderCell>
            {onSync && <TableHeaderCell>{t("pmo.col.sync")}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((c) => (
            <TableRow key={c.id} data-testid="pmo-row" data-commitment-id={c.id} data-status={c.status}>
              <TableCell className={styles.wrap}>{c.objectiveTitle}</TableCell>
              <TableCell className={styles.wrap}>{c.action}</TableCell>
              <TableCell>{c.ownerName || c.ownerEmail}</TableCell>
              <TableCell>{c.ownerDepartment || t("common.unknownDepartment")}</TableCell>
              <TableCell>{c.helpsDepartment ?? "—"}</TableCell>
              <TableCell>
                <span className={styles.due}>
                  {formatDate(c.dueDate, lang)}
                  {isOverdue(c.dueDate, c.status) && (
                    <Badge appearance="filled" color="danger" size="small">
                      {t("tab.commitment.overdue")}
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell>
                <Select
                  size="small"
                  value={c.status}
                  disabled={busyIds.has(c.id)}
                  aria-label={t("pmo.statusOf", { action: c.action })}
                  onChange={(_, d) => onStatusChange(c, d.value as CommitmentStatus)}
                  data-testid="pmo-status"
                >
                  {COMMITMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </Select>
              </TableCell>
              <TableCell data-testid="pmo-updated">{formatDate(c.updatedAt.slice(0, 10), lang)}</TableCell>
              <TableCell data-testid="pmo-purpose-score">
                <PurposeScore score={c.agendaPurposeScore} size="small" />
              </TableCell>
              {onSync && <TableCell>{syncButton(c)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
