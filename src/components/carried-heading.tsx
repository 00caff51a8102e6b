// The words of the heading over what earlier meetings still owe — "前回からの持ち越し 4件（期限切れ 1）" —
// shared by the tab and the stage. The count and the overdue part each stay on one line: in a 280 px
// side panel the heading wraps between the parts, never inside the parenthesis (「期限切れ／1）」).
import { makeStyles } from "@fluentui/react-components";
import { useT } from "./i18n/use-t";
import { useTNodes } from "./i18n/use-t-nodes";

const useStyles = makeStyles({
  together: { whiteSpace: "nowrap" },
});

export interface CarriedHeadingTextProps {
  total: number;
  overdue: number;
}

export function CarriedHeadingText({ total, overdue }: CarriedHeadingTextProps) {
  const t = useT();
  const tNodes = useTNodes();
  const styles = useStyles();
  const count = <span className={styles.together}>{t("tab.carried.headingCount", { count: total })}</span>;
  if (overdue === 0) return tNodes("tab.carried.heading", { count });
  const late = <span className={styles.together}>{t("tab.carried.headingOverduePart", { overdue })}</span>;
  return tNodes("tab.carried.headingOverdue", { count, overdue: late });
}
