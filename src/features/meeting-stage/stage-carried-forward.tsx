// The first, compact part of section 4 on the stage: what earlier meetings on this objective still owe
// ("前回からの持ち越し 4件（期限切れ 1）"), one line each, read-only.
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { CarriedForward } from "../../core/api/contract";
import { CarriedHeadingText } from "../../components/carried-heading";
import { isOverdue } from "../../components/dates";
import { commitmentMeta } from "../../components/commitment-head";
import { useLang, useT } from "../../components/i18n/use-t";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  item: { overflowWrap: "anywhere", marginBottom: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground2 },
});

export function StageCarriedForward({ carried, today }: { carried: CarriedForward | undefined; today: string }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  if (!carried || carried.items.length === 0) return null;
  const overdue = carried.items.filter((c) => isOverdue(c.dueDate, c.status, today)).length;
  return (
    <div className={styles.root} data-testid="stage-carried-forward">
      <h3 className={styles.heading}>
        <CarriedHeadingText total={carried.total} overdue={overdue} />
      </h3>
      <ul className={styles.list}>
        {carried.items.map((c) => (
          <li key={c.id} className={styles.item} data-testid="stage-carried-commitment">
            {c.action} <span className={styles.meta}>— {commitmentMeta(t, lang, c)}</span>{" "}
            {isOverdue(c.dueDate, c.status, today) && (
              <Badge appearance="filled" color="danger">
                {t("tab.commitment.overdue")}
              </Badge>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
