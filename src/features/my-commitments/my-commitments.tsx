// The personal tab "My commitments": what I promised across meetings, late ones first, then by due
// date, each with the shared objective it serves, and mark done / reopen right there.
import { Button, Subtitle2, Text, Title2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Commitment } from "../../core/api/contract";
import { localIsoDate } from "../../components/dates";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { groupMine, type MineGroup, type MineGroupKey } from "./group-commitments";
import { useMyCommitments } from "./hooks/use-my-commitments";
import { MyCommitmentItem } from "./my-commitment-item";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "960px",
    marginLeft: "auto",
    marginRight: "auto",
    width: "100%",
    boxSizing: "border-box",
  },
  list: { margin: 0, padding: 0, listStyleType: "none" },
  muted: { color: tokens.colorNeutralForeground2 },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

const GROUP_KEYS = {
  overdue: "mine.group.overdue",
  open: "mine.group.open",
  closed: "mine.group.closed",
} as const satisfies Record<MineGroupKey, string>;

interface GroupProps {
  group: MineGroup;
  title: string;
  today: string;
  onChanged(c: Commitment): void;
}

function Group({ group, title, today, onChanged }: GroupProps) {
  const styles = useStyles();
  const headingId = useId("mine-group");
  return (
    <section aria-labelledby={headingId} data-testid="my-commitments-group" data-group={group.key}>
      <Subtitle2 as="h2" id={headingId}>
        {title} ({group.items.length})
      </Subtitle2>
      <ul className={styles.list}>
        {group.items.map((c) => (
          <MyCommitmentItem key={c.id} commitment={c} today={today} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

export interface MyCommitmentsProps {
  pageSize?: number;
  /** The local day "overdue" is measured against (tests fix it). */
  today?: string;
}

export function MyCommitments({ pageSize = 50, today }: MyCommitmentsProps) {
  const t = useT();
  const styles = useStyles();
  const list = useMyCommitments(pageSize);
  const day = today ?? localIsoDate();
  const groups = useMemo(() => groupMine(list.items, day), [list.items, day]);

  return (
    <div className={styles.root} data-testid="my-commitments">
      <Title2 as="h2">
        <PhraseText>{t("mine.title")}</PhraseText>
      </Title2>
      <Text className={styles.muted}>{t("mine.intro")}</Text>
      <BusyIndicator busy={list.loading} label={t("common.loading")} />
      <ErrorBar error={list.error} />
      {list.error != null && (
        <div>
          <Button onClick={list.reload}>{t("boundary.retry")}</Button>
        </div>
      )}
      {list.loaded && list.items.length === 0 && (
        <Text data-testid="my-commitments-empty">{t("mine.empty")}</Text>
      )}
      {groups.map((g) => (
        <Group key={g.key} group={g} title={t(GROUP_KEYS[g.key])} today={day} onChanged={list.replace} />
      ))}
      {list.items.length > 0 && (
        <div className={styles.bar}>
          <Text size={200} className={styles.muted} data-testid="my-commitments-count">
            {t("pmo.count", { count: list.items.length })}
          </Text>
          {list.nextCursor && (
            <Button onClick={list.loadMore} disabled={list.loading} data-testid="my-commitments-load-more">
              {t("mine.loadMore")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
