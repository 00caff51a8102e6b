// For the PMO: requests between departments (お願い) — who asks whom and how each stands, how fast
// each asked department answers (median to a first answer), and the list of requests (by default
// those still waiting, the longest-waiting first). Counts the same objective as the table when one
// is filtered.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RequestSummary } from "../../core/api/request-contract";
import { usePorts } from "../../components/ports-context";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { OpenRequestsList } from "./requests/open-requests-list";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: "auto" },
  // In a narrow panel (a 280 px side panel) the columns keep their words — 「お願いした部門」, 「営業部」,
  // never 「部 / 門」 — breaking only at spaces, and the table scrolls sideways instead of squeezing
  // every column to a character or two (Fluent's fixed layout at 100% width).
  table: { tableLayout: "auto", width: "auto", minWidth: "100%", "& th, & td": { wordBreak: "keep-all" } },
  muted: { color: tokens.colorNeutralForeground2 },
});

const STATUSES = ["open", "countered", "accepted", "declined", "withdrawn"] as const;

export interface RequestsMatrixProps {
  /** Heading level of the panel's title. */
  level: 2 | 3 | 4;
  objective?: string | undefined;
  /** Reloads whenever it changes. */
  refreshSignal?: number;
  /** The list's filters in the page's URL (on /pmo). */
  urlState?: boolean;
}

export function RequestsMatrix({ level, objective, refreshSignal = 0, urlState = false }: RequestsMatrixProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = usePorts();
  const [summary, setSummary] = useState<RequestSummary | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    const scope = objective ? { objective } : {};
    api.requestSummary(scope).then(
      (s) => {
        if (!current) return;
        setSummary(s);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [api, objective, refreshSignal]);

  const Heading = `h${level}` as const;
  const hours = (h: number | null) => (h === null ? "—" : h < 48 ? t("pmo.requests.hours", { hours: h }) : t("pmo.requests.days", { days: Math.round((h / 24) * 10) / 10 }));
  return (
    <section className={styles.root} data-testid="pmo-requests" aria-label={t("pmo.requests.title")}>
      <div className={styles.head}>
        <Heading className={styles.heading}>{t("pmo.requests.title")}</Heading>
      </div>
      <BusyIndicator busy={loading} label={t("common.loading")} />
      <ErrorBar error={error} />
      {summary && summary.pairs.length === 0 && <Text className={styles.muted}>{t("pmo.requests.none")}</Text>}
      {summary && summary.pairs.length > 0 && (
        <>
          <div className={styles.scroll}>
            <Table size="small" className={styles.table} aria-label={t("pmo.requests.matrix")} data-testid="pmo-requests-matrix">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell data-testid="pmo-requests-direction">{t("pmo.requests.direction")}</TableHeaderCell>
                  <TableHeaderCell>{t("pmo.requests.asked")}</TableHeaderCell>
                  {STATUSES.map((s) => (
                    <TableHeaderCell key={s}>{t(`tab.request.status.${s}`)}</TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.pairs.map((p) => (
                  <TableRow key={`${p.from}→${p.to}`} data-testid="pmo-requests-pair" data-from={p.from} data-to={p.to}>
                    <TableCell>{t("tab.request.incoming", { from: p.from, to: p.to })}</TableCell>
                    <TableCell>{p.asked}</TableCell>
                    {STATUSES.map((s) => (
                      <TableCell key={s} data-status={s}>
                        {p[s]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <div className={styles.scroll}>
            <Table size="small" className={styles.table} aria-label={t("pmo.requests.answers")} data-testid="pmo-requests-answers">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("pmo.requests.askedDepartment")}</TableHeaderCell>
                  <TableHeaderCell>{t("pmo.requests.received")}</TableHeaderCell>
                  <TableHeaderCell>{t("pmo.requests.unanswered")}</TableHeaderCell>
                  <TableHeaderCell>{t("pmo.requests.median")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {summary.byDepartment.map((d) => (
                  <TableRow key={d.department} data-testid="pmo-requests-department" data-department={d.department}>
                    <TableCell>{d.department}</TableCell>
                    <TableCell>{d.received}</TableCell>
                    <TableCell>{d.unanswered}</TableCell>
                    <TableCell data-testid="pmo-requests-median">{hours(d.medianHoursToAnswer)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      <OpenRequestsList level={Math.min(level + 1, 5) as 3 | 4 | 5} objective={objective} urlState={urlState} refreshSignal={refreshSignal} />
    </section>
  );
}
