// The first line of a commitment wherever one is listed (meeting tab, carried forward, My commitments):
// what was promised, struck through once done, with its overdue and status badges.
import { Badge, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CommitmentStatus } from "../core/api/contract";
import type { Lang } from "../core/api/primitives";
import { formatDate } from "../core/text/format-date";
import { useT, type TFunction } from "./i18n/use-t";

const useStyles = makeStyles({
  head: { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "space-between", alignItems: "start" },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  done: { textDecorationLine: "line-through" },
  badges: { display: "flex", gap: tokens.spacingHorizontalXS, flexShrink: 0, flexWrap: "wrap" },
});

export interface CommitmentHeadProps {
  action: string;
  status: CommitmentStatus;
  overdue: boolean;
  /** Badges shown before the overdue and status ones (e.g. "pending" while a change waits to be sent). */
  extraBadges?: ReactNode;
  overdueTestId?: string;
}

export function CommitmentHead({ action, status, overdue, extraBadges, overdueTestId }: CommitmentHeadProps) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.head}>
      <Text weight="semibold" className={mergeClasses(styles.text, status === "done" && styles.done)}>
        {action}
      </Text>
      <span className={styles.badges}>
        {extraBadges}
        {overdue && (
          <Badge appearance="filled" color="danger" data-testid={overdueTestId}>
            {t("tab.commitment.overdue")}
          </Badge>
        )}
        <Badge appearance="tint" color={status === "done" ? "success" : "informative"}>
          {t(`status.${status}`)}
        </Badge>
      </span>
    </div>
  );
}

/** "owner (department) · due date" as the tab words it. */
export function commitmentMeta(
  t: TFunction,
  lang: Lang,
  c: { ownerName: string; ownerEmail: string; ownerDepartment: string; dueDate: string },
): string {
  return t("tab.commitment.meta", {
    owner: c.ownerName || c.ownerEmail,
    department: c.ownerDepartment || t("common.unknownDepartment"),
    due: formatDate(c.dueDate, lang),
  });
}
