// Every commitment in a table the PMO can scan and sort (on the server); status is changed right in
// the row. Rows sit under their shared objective (a group header) unless the view is flat; "what
// to do" is the widest column; overdue rows are tinted, done rows struck through and muted.
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
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Fragment } from "react";
import { COMMITMENT_STATUSES, type Commitment, type CommitmentStatus } from "../../core/api/contract";
import { type CommitmentSort, type CommitmentSortKey } from "../../core/api/commitment-list-contract";
import { isOverdue } from "../../components/dates";
import { formatDate } from "../../core/text/format-date";
import { coachText } from "../../components/coach/coach-messages";
import { PurposeScore } from "../../components/coach/purpose-score-badge";
import { useLang, useT } from "../../components/i18n/use-t";
import type { Grouping } from "./filters";
import { groupByObjective } from "./group-rows";
import { SearchMatch } from "./search-match";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  table: { minWidth: "900px", tableLayout: "fixed" },
  wrap: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  due: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "start" },
  action: { width: "34%" },
  objective: { width: "16%" },
  person: { width: "11%" },
  department: { width: "9%" },
  date: { width: "10%" },
  status: { width: "10%" },
  // Wide enough for the badge on one line ("目的ファースト 100") however the other columns share the rest.
  score: { width: "128px" },
  nowrap: { whiteSpace: "nowrap" },
  sync: { width: "9%" },
  group: {
    backgroundColor: tokens.colorNeutralBackground3,
    ":hover": { backgroundColor: tokens.colorNeutralBackground3 },
  },
  groupCell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  groupCount: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalS },
  overdue: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    ":hover": { backgroundColor: tokens.colorPaletteRedBackground2 },
  },
  done: { color: tokens.colorNeutralForeground3 },
  struck: { textDecorationLine: "line-through" },
  dropped: { color: tokens.colorNeutralForeground3 },
});

export interface CommitmentsTableProps {
  items: readonly Commitment[];
  busyIds: ReadonlySet<string>;
  onStatusChange(commitment: Commitment, status: CommitmentStatus): void;
  /** The server-side order; a sortable header toggles its column ascending ↔ descending. */
  sort: CommitmentSort;
  onSortChange(sort: CommitmentSort): void;
  /** Rows under their shared objective, or one flat list with an objective column. */
  group?: Grouping;
  /** "Sync to To Do" per row (a column appears when given). */
  onSync?: (commitment: Commitment) => void;
  syncingIds?: ReadonlySet<string>;
  syncedIds?: ReadonlySet<string>;
  /** The search the rows answer: a match in a field the table doesn't show is shown under the action. */
  search?: string;
}

const NONE: ReadonlySet<string> = new Set();

export function CommitmentsTable({
  items,
  busyIds,
  onStatusChange,
  sort,
  onSortChange,
  group = "objective",
  onSync,
  syncingIds = NONE,
  syncedIds = NONE,
  search = "",
}: CommitmentsTableProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const grouped = group === "objective";
  const descending = sort.startsWith("-");
  const current = (descending ? sort.slice(1) : sort) as CommitmentSortKey;
  const columns = 8 + (grouped ? 0 : 1) + (onSync ? 1 : 0);
  /** A header that sorts the table by `key`; clicking the current column flips its direction. */
  const sortable = (key: CommitmentSortKey, label: string, className: string) => (
    <TableHeaderCell
      className={className}
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
  const row = (c: Commitment) => {
    const overdue = isOverdue(c.dueDate, c.status);
    const rowClass = mergeClasses(overdue && styles.overdue, c.status === "done" && styles.done, c.status === "dropped" && styles.dropped);
    return (
      <TableRow key={c.id} className={rowClass} data-testid="pmo-row" data-commitment-id={c.id} data-status={c.status} data-overdue={overdue || undefined}>
        {!grouped && <TableCell className={styles.wrap}>{c.objectiveTitle}</TableCell>}
        <TableCell className={mergeClasses(styles.wrap, c.status === "done" && styles.struck)} data-testid="pmo-cell-action">
          {c.action}
          <SearchMatch serves={c.servesObjective} q={search} />
        </TableCell>
        <TableCell>{c.ownerName || c.ownerEmail}</TableCell>
        <TableCell data-testid="pmo-cell-department">{c.ownerDepartment || t("common.unknownDepartment")}</TableCell>
        <TableCell data-testid="pmo-cell-helps">{c.helpsDepartment ?? "—"}</TableCell>
        <TableCell>
          <span className={styles.due}>
            {formatDate(c.dueDate, lang)}
            {overdue && (
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
            // Not disabled while saving: a disabled control loses the keyboard focus to the page.
            aria-busy={busyIds.has(c.id) || undefined}
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
        <TableCell className={styles.nowrap} data-testid="pmo-purpose-score">
          <PurposeScore score={c.agendaPurposeScore} size="small" />
        </TableCell>
        {onSync && <TableCell>{syncButton(c)}</TableCell>}
      </TableRow>
    );
  };
  return (
    <div className={styles.scroll}>
      <Table className={styles.table} size="small" sortable data-testid="pmo-table" aria-label={t("pmo.title")}>
        <TableHeader>
          <TableRow>
            {!grouped && <TableHeaderCell className={styles.objective}>{t("pmo.col.objective")}</TableHeaderCell>}
            <TableHeaderCell className={styles.action}>{t("pmo.col.action")}</TableHeaderCell>
            {sortable("owner", t("pmo.col.owner"), styles.person)}
            {sortable("department", t("pmo.col.department"), styles.department)}
            <TableHeaderCell className={styles.department}>{t("pmo.col.helps")}</TableHeaderCell>
            {sortable("due", t("pmo.col.due"), styles.date)}
            {sortable("status", t("pmo.col.status"), styles.status)}
            {sortable("updated", t("pmo.col.updated"), styles.date)}
            <TableHeaderCell className={styles.score}>{coachText(lang, "column")}</TableHeaderCell>
            {onSync && <TableHeaderCell className={styles.sync}>{t("pmo.col.sync")}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {grouped
            ? groupByObjective(items).map((g) => (
                <Fragment key={g.key}>
                  <TableRow className={styles.group} data-testid="pmo-group" data-objective={g.key}>
                    <TableCell colSpan={columns} className={styles.groupCell}>
                      <Text weight="semibold">{g.title || t("pmo.objectives.none")}</Text>
                      <Text size={200} className={styles.groupCount}>
                        {t("pmo.group.count", { count: g.rows.length })}
                      </Text>
                    </TableCell>
                  </TableRow>
                  {g.rows.map(row)}
                </Fragment>
              ))
            : items.map(row)}
        </TableBody>
      </Table>
    </div>
  );
}
