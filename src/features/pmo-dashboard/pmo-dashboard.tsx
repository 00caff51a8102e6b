// The PMO's view of every commitment, in the order a PMO works: the numbers that need action
// (each a filter), then the table — filter, search, sort, group by objective, page through, change a
// status inline, export to CSV or Excel — then the charts, which count the same filters. The whole
// view lives in the URL (on /pmo), and someone without the PMO role gets a page that says so.
import { Button, Subtitle1, Subtitle2, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { Commitment, CommitmentStatus, Department } from "../../core/api/contract";
import { localIsoDate } from "../../components/dates";
import { usePorts } from "../../components/ports-context";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";
import { downloadBlob } from "./api/download-csv";
import { AppliedFilters } from "./applied-filters";
import { ApiError } from "../../platform/ports";
import { ActionStrip } from "./action-strip";
import { CommitmentFilters } from "./commitment-filters";
import { CommitmentsTable } from "./commitments-table";
import { DashboardCharts } from "./dashboard-charts";
import { RequestsMatrix } from "./requests-matrix";
import { RowActionStatus, type RowNotice } from "./row-action-status";
import { toQuery } from "./filters";
import { useCommitments } from "./hooks/use-commitments";
import { useUrlFilters } from "./hooks/use-url-filters";
import { PmoOnly } from "./pmo-only";
import { staleCommitmentOf } from "./stale-commitment";
import { useDashboardSummary } from "./hooks/use-dashboard-summary";
import { useTaskSync } from "./hooks/use-task-sync";
import { TaskSyncResult } from "./task-sync-result";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, minWidth: 0 },
  head: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "baseline", flexWrap: "wrap" },
  nav: { display: "flex", gap: tokens.spacingHorizontalM, marginLeft: "auto" },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginLeft: "auto", alignItems: "end" },
  muted: { color: tokens.colorNeutralForeground2 },
});

const isForbidden = (error: unknown) => error instanceof ApiError && error.status === 403;

export interface PmoDashboardProps {
  pageSize?: number;
  /** Heading level of the title: 1 when the dashboard is the page, deeper when embedded in one. */
  headingLevel?: 1 | 2 | 3;
  /** Reloads the list whenever it changes (e.g. /preview bumps it when a meeting adds a commitment). */
  refreshSignal?: number;
  /** Keep the view (filters, sort, grouping, charts) in the page's URL: on /pmo, not inside /preview. */
  urlState?: boolean;
  /** The server can sync to To Do (GET /api/client-config's taskSync): only then is it offered. */
  taskSync?: boolean;
  /** Where "My commitments" is, for the page someone without the PMO role sees. */
  myCommitmentsHref?: string;
  /** Links to the PMO's other pages, at the right of the title. */
  nav?: ReactNode;
}

export const MY_COMMITMENTS_HREF = "/teams/tab.html?view=mine";

export function PmoDashboard({
  pageSize = 50,
  headingLevel = 1,
  refreshSignal = 0,
  urlState = false,
  taskSync: canSync = false,
  myCommitmentsHref = MY_COMMITMENTS_HREF,
  nav,
}: PmoDashboardProps) {
  const t = useT();
  const styles = useStyles();
  const { api } = usePorts();
  const [filters, setFilters] = useUrlFilters(urlState);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<RowNotice | null>(null);
  const list = useCommitments(filters, pageSize);
  const rowAction = useAction();
  const exportAction = useAction();
  const taskSync = useTaskSync();
  const { reload } = list;
  // The charts and the strip count the same filters as the table.
  const charts = useDashboardSummary(filters);
  const reloadCharts = charts.reload;

  useEffect(() => {
    if (refreshSignal > 0) {
      reload();
      reloadCharts();
    }
  }, [refreshSignal, reload, reloadCharts]);

  useEffect(() => {
    let active = true;
    // The department filter still works as free text when the library can't be read.
    api.listDepartments().then(
      (d) => active && setDepartments(d),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [api]);

  const changeStatus = async (c: Commitment, status: CommitmentStatus) => {
    // The select stays enabled while saving (disabling it would drop the focus to the page): a
    // second choice on the same row waits for the first to be answered.
    if (busyIds.has(c.id)) return;
    setNotice(null);
    setBusyIds((s) => new Set(s).add(c.id));
    // If-Match: a change someone else made since this row was loaded is never silently overwritten.
    const updated = await rowAction.run(async () => {
      try {
        return await api.updateCommitment(c.id, { status }, { ifMatch: c.version });
      } catch (err) {
        const fresh = staleCommitmentOf(err);
        if (!fresh) throw err;
        list.replace(fresh);
        setNotice({ text: t("commitmentConflict.reloaded"), intent: "warning" });
        return undefined;
      }
    });
    setBusyIds((s) => {
      const next = new Set(s);
      next.delete(c.id);
      return next;
    });
    if (updated) {
      list.replace(updated);
      charts.reload();
      setNotice({ text: t("pmo.statusChanged", { status: t(`status.${updated.status}`) }), intent: "success" });
    }
  };

  const exportAs = (format: "csv" | "xlsx") =>
    exportAction.run(async () => {
      const query = toQuery(filters);
      const blob = format === "csv" ? await api.exportCommitmentsCsv(query) : await api.exportCommitmentsXlsx(query);
      downloadBlob(blob, `commitments-${localIsoDate()}.${format}`);
    });

  const titleText = <PhraseText>{t("pmo.title")}</PhraseText>;
  const title =
    headingLevel === 1 ? (
      <Title2 as="h1">{titleText}</Title2>
    ) : headingLevel === 2 ? (
      <Subtitle1 as="h2">{titleText}</Subtitle1>
    ) : (
      <Subtitle2 as="h3">{titleText}</Subtitle2>
    );

  if (isForbidden(list.error) || isForbidden(charts.error)) {
    return (
      <div className={styles.root} data-testid="pmo-dashboard">
        <PmoOnly myCommitmentsHref={myCommitmentsHref} headingLevel={headingLevel} />
      </div>
    );
  }

  return (
    <div className={styles.root} data-testid="pmo-dashboard">
      <div className={styles.head}>
        {title}
        <Text size={200} className={styles.muted}>
          {t("pmo.intro")}
        </Text>
        {nav && (
          <nav aria-label={t("pmo.nav.label")} className={styles.nav} data-testid="pmo-nav">
            {nav}
          </nav>
        )}
      </div>
      <ActionStrip totals={charts.summary?.totals ?? null} filters={filters} onChange={setFilters} />
      <div className={styles.bar}>
        <CommitmentFilters filters={filters} departments={departments} onChange={setFilters} />
        <div className={styles.actions}>
          <Button onClick={() => void exportAs("csv")} disabled={exportAction.busy} data-testid="pmo-export">
            {t("pmo.export")}
          </Button>
          <Button onClick={() => void exportAs("xlsx")} disabled={exportAction.busy} data-testid="pmo-export-xlsx">
            {t("pmo.exportXlsx")}
          </Button>
          <Button
            onClick={() => {
              list.reload();
              charts.reload();
            }}
            disabled={list.loading}
            data-testid="pmo-refresh"
          >
            {t("pmo.refresh")}
          </Button>
        </div>
      </div>
      <AppliedFilters filters={filters} onChange={setFilters} />
      <BusyIndicator busy={list.loading || exportAction.busy} label={t("common.loading")} />
      <ErrorBar error={list.error} />
      <ErrorBar error={rowAction.error} onDismiss={rowAction.clearError} />
      <ErrorBar error={exportAction.error} onDismiss={exportAction.clearError} />
      <RowActionStatus busy={rowAction.busy} notice={notice} onDismiss={() => setNotice(null)} />
      <TaskSyncResult outcome={taskSync.outcome} onDismiss={taskSync.dismiss} />
      {!list.loading && !list.error && list.items.length === 0 ? (
        <Text data-testid="pmo-empty">{t("pmo.empty")}</Text>
      ) : (
        <CommitmentsTable
          items={list.items}
          busyIds={busyIds}
          onStatusChange={(c, s) => void changeStatus(c, s)}
          sort={filters.sort}
          onSortChange={(sort) => setFilters((f) => ({ ...f, sort }))}
          group={filters.group}
          search={filters.q}
          {...(canSync ? { onSync: (c: Commitment) => void taskSync.sync(c), syncingIds: taskSync.syncingIds, syncedIds: taskSync.syncedIds } : {})}
        />
      )}
      <div className={styles.bar}>
        <Text size={200} className={styles.muted} data-testid="pmo-count">
          {t("pmo.count", { count: list.items.length })}
        </Text>
        {list.nextCursor && (
          <Button onClick={list.loadMore} disabled={list.loading} data-testid="pmo-load-more">
            {t("pmo.loadMore")}
          </Button>
        )}
      </div>
      <DashboardCharts
        summary={charts.summary}
        error={charts.error}
        level={headingLevel === 1 ? 2 : headingLevel === 2 ? 3 : 4}
        open={filters.charts}
        onToggle={(open) => setFilters((f) => ({ ...f, charts: open }))}
        // New filters reload the table from its first page (useCommitments restarts on them).
        onSelectDepartment={(department) => setFilters((f) => ({ ...f, department }))}
        onSelectObjective={(objective, objectiveTitle) => setFilters((f) => ({ ...f, objective, objectiveTitle }))}
      />
      <RequestsMatrix level={headingLevel === 1 ? 2 : headingLevel === 2 ? 3 : 4} objective={filters.objective} refreshSignal={refreshSignal} urlState={urlState} />
    </div>
  );
}
