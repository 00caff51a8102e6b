// The numbers that need action, first on the page: open, overdue, due this week and the completion
// rate. Each is a link to the view it counts (a real URL, so it opens in a new tab too), and the one
// the table shows is marked current. They count every filter the table does, status and overdue too.
import { Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import type { DashboardTotals } from "../../core/api/dashboard-contract";
import { weekEndOf } from "../../core/text/zoned-time";
import { localIsoDate } from "../../components/dates";
import { useT } from "../../components/i18n/use-t";
import { searchOf, type CommitmentFilters } from "./filters";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textDecorationLine: "none",
    color: tokens.colorNeutralForeground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, textDecorationLine: "none" },
  },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  alert: { color: tokens.colorPaletteRedForeground1 },
});

type Key = "open" | "overdue" | "week" | "rate";

export interface ActionStripProps {
  totals: DashboardTotals | null;
  filters: CommitmentFilters;
  onChange(filters: CommitmentFilters): void;
  today?: string;
}

/** The view each number stands for: the current view's other filters, this one's status and dates. */
export function stripTarget(key: Key, f: CommitmentFilters, today: string): CommitmentFilters {
  const base = { ...f, status: "" as const, overdue: false, dueFrom: "", dueTo: "" };
  if (key === "open") return { ...base, status: "open" };
  if (key === "overdue") return { ...base, overdue: true };
  if (key === "week") return { ...base, status: "open", dueFrom: today, dueTo: weekEndOf(today) };
  return { ...base, status: "done" };
}

const sameFilter = (a: CommitmentFilters, b: CommitmentFilters) =>
  a.status === b.status && a.overdue === b.overdue && a.dueFrom === b.dueFrom && a.dueTo === b.dueTo;

export function ActionStrip({ totals, filters, onChange, today = localIsoDate() }: ActionStripProps) {
  const t = useT();
  const styles = useStyles();
  const rate = totals && totals.open + totals.done > 0 ? Math.round((totals.done / (totals.open + totals.done)) * 100) : null;
  const items: { key: Key; value: string; label: string; name: string; alert?: boolean }[] = [
    { key: "open", value: totals ? String(totals.open) : "—", label: t("pmo.strip.open"), name: t("pmo.strip.openLink", { count: totals?.open ?? 0 }) },
    {
      key: "overdue",
      value: totals ? String(totals.overdue) : "—",
      label: t("pmo.strip.overdue"),
      name: t("pmo.strip.overdueLink", { count: totals?.overdue ?? 0 }),
      alert: (totals?.overdue ?? 0) > 0,
    },
    { key: "week", value: totals ? String(totals.dueThisWeek) : "—", label: t("pmo.strip.week"), name: t("pmo.strip.weekLink", { count: totals?.dueThisWeek ?? 0 }) },
    {
      key: "rate",
      value: rate === null ? "—" : `${rate}%`,
      label: t("pmo.strip.rate"),
      name: t("pmo.strip.rateLink", { rate: rate ?? 0, done: totals?.done ?? 0 }),
    },
  ];
  return (
    <ul className={styles.list} aria-label={t("pmo.strip.label")} data-testid="pmo-strip">
      {items.map((item) => {
        const target = stripTarget(item.key, filters, today);
        const current = sameFilter(target, filters);
        const go = (e: MouseEvent) => {
          // A plain click changes the view in place; a modified click opens the link as links do.
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          onChange(target);
        };
        return (
          <li key={item.key}>
            <Link
              href={searchOf(target) || "?"}
              onClick={go}
              aria-label={item.name}
              aria-current={current ? "true" : undefined}
              className={mergeClasses(styles.item, current && styles.current)}
              data-testid={`pmo-strip-${item.key}`}
            >
              <span className={mergeClasses(styles.number, item.alert && styles.alert)} data-testid={`pmo-strip-${item.key}-value`}>
                {item.value}
              </span>
              <Text size={200}>{item.label}</Text>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
