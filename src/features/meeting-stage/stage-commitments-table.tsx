// The commitments as a read-only table for the big screen: who does what, for which department, by when.
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Commitment } from "../../core/api/contract";
import { isOverdue } from "../../components/dates";
import { formatDate } from "../../core/text/format-date";
import { useLang, useT } from "../../components/i18n/use-t";

const useStyles = makeStyles({
  table: { fontSize: tokens.fontSizeBase400 },
  cell: { overflowWrap: "anywhere", paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  // The action is the longest text; the other columns share what is left.
  actionCol: { width: "36%" },
});

export function StageCommitmentsTable({ commitments, today }: { commitments: readonly Commitment[]; today: string }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const rows = [...commitments].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  if (rows.length === 0) return <Text>{t("tab.commitments.empty")}</Text>;
  return (
    <Table className={styles.table} aria-label={t("tab.commitments.title")} data-testid="stage-commitments">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.actionCol}>{t("pmo.col.action")}</TableHeaderCell>
          <TableHeaderCell>{t("pmo.col.owner")}</TableHeaderCell>
          <TableHeaderCell>{t("pmo.col.helps")}</TableHeaderCell>
          <TableHeaderCell>{t("pmo.col.due")}</TableHeaderCell>
          <TableHeaderCell>{t("pmo.col.status")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((c) => (
          <TableRow key={c.id} data-testid="stage-commitment" data-commitment-id={c.id} data-status={c.status}>
            <TableCell className={styles.cell}>{c.action}</TableCell>
            <TableCell className={styles.cell}>
              {t("common.personWithDept", { name: c.ownerName || c.ownerEmail, department: c.ownerDepartment || t("common.unknownDepartment") })}
            </TableCell>
            <TableCell className={styles.cell}>{c.helpsDepartment ?? "—"}</TableCell>
            <TableCell className={styles.cell}>{formatDate(c.dueDate, lang)}</TableCell>
            <TableCell className={styles.cell}>
              <span className={styles.badges}>
                <Badge appearance="tint" color={c.status === "done" ? "success" : "informative"}>
                  {t(`status.${c.status}`)}
                </Badge>
                {isOverdue(c.dueDate, c.status, today) && (
                  <Badge appearance="filled" color="danger">
                    {t("tab.commitment.overdue")}
                  </Badge>
                )}
              </span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
