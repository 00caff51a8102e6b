// The PMO's list of requests between departments: by default those waiting for an answer, the
// longest-waiting first; filtered by asking / asked department, status, shared objective and
// "still waiting after the needed-by date", the filters kept in the URL (on /pmo) so the view can be
// shared; downloaded as CSV or Excel with exactly these filters.
import { Badge, Button, Checkbox, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Department, Objective } from "../../../core/api/contract";
import { REQUEST_STATUSES, type DepartmentRequest } from "../../../core/api/request-view";
import { daysOpen, waitingDepartment } from "../../../core/meeting/request-rules";
import { formatDate } from "../../../core/text/format-date";
import { localIsoDate } from "../../../components/dates";
import { useLang, useT } from "../../../components/i18n/use-t";
import { usePorts } from "../../../components/ports-context";
import { BusyIndicator } from "../../../components/status/busy-indicator";
import { ErrorBar } from "../../../components/status/error-bar";
import { useAction } from "../../../components/status/use-action";
import { downloadBlob } from "../api/download-csv";
import { DEFAULT_REQUEST_FILTERS, requestQueryOf, useRequestFilters, type RequestFilters } from "../hooks/use-request-filters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "flex-end" },
  field: { minWidth: "140px", maxWidth: "100%" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface OpenRequestsListProps {
  /** Heading level of the list's title. */
  level: 3 | 4 | 5;
  /** The dashboard's objective, used while the list names none of its own. */
  objective?: string | undefined;
  urlState?: boolean;
  refreshSignal?: number;
  pageSize?: number;
}

export function OpenRequestsList({ level, objective: dashboardObjective, urlState = false, refreshSignal = 0, pageSize = 50 }: OpenRequestsListProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const { api } = usePorts();
  const [stored, setFilters] = useRequestFilters(urlState);
  const filters: RequestFilters = { ...stored, objective: stored.objective || (dashboardObjective ?? "") };
  const [departments, setDepartments] = useState<Department[]>([]);
  const [objectives, setObjectives] = useState<Objective[]>([]);
  const [items, setItems] = useState<DepartmentRequest[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const exporting = useAction();
  const query = requestQueryOf(filters);
  const queryKey = JSON.stringify(query);

  useEffect(() => {
    let current = true;
    Promise.all([api.listDepartments(), api.listObjectives()]).then(
      ([d, o]) => {
        if (!current) return;
        setDepartments(d);
        setObjectives(o);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    api.listRequests({ ...query, limit: pageSize }).then(
      (page) => {
        if (!current) return;
        setItems(page.items);
        setCursor(page.nextCursor);
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
    // queryKey stands for the query's content (a new object every render).
  }, [api, queryKey, pageSize, refreshSignal]);

  const loadMore = async () => {
    if (!cursor) return;
    setLoading(true);
    try {
      const page = await api.listRequests({ ...query, limit: pageSize, cursor });
      setItems((list) => [...list, ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setError(err);
    } finally {
      setLoading(false);
    }
  };

  const download = (format: "csv" | "xlsx") =>
    void exporting.run(async () => {
      const blob = format === "csv" ? await api.exportRequestsCsv({ ...query, lang }) : await api.exportRequestsXlsx({ ...query, lang });
      downloadBlob(blob, `requests-${localIsoDate()}.${format}`);
    });

  const change = (patch: Partial<RequestFilters>) => setFilters({ ...stored, ...patch });
  const Heading = `h${level}` as "h3";
  const now = new Date();
  const today = localIsoDate();
  const departmentOptions = departments.map((d) => d.name);
  const select = (key: "from" | "to", label: string) => (
    <Field label={label} className={styles.field}>
      <Select value={filters[key]} onChange={(_, d) => change({ [key]: d.value })} data-testid={`pmo-requests-filter-${key}`}>
        <option value="">{t("pmo.requests.filter.any")}</option>
        {departmentOptions.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section className={styles.root} data-testid="pmo-requests-list" aria-labelledby="pmo-requests-list-title">
      <Heading id="pmo-requests-list-title" className={styles.sub}>
        {t("pmo.requests.list")}
      </Heading>
      <div className={styles.filters} role="group" aria-label={t("pmo.requests.list")}>
        {select("from", t("pmo.requests.filter.from"))}
        {select("to", t("pmo.requests.filter.to"))}
        <Field label={t("pmo.requests.filter.status")} className={styles.field}>
          <Select value={filters.status} onChange={(_, d) => change({ status: d.value as RequestFilters["status"] })} data-testid="pmo-requests-filter-status">
            <option value="waiting">{t("pmo.requests.filter.waiting")}</option>
            <option value="">{t("pmo.requests.filter.any")}</option>
            {REQUEST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`tab.request.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("pmo.requests.filter.objective")} className={styles.field}>
          <Select value={filters.objective} onChange={(_, d) => change({ objective: d.value })} data-testid="pmo-requests-filter-objective">
            <option value="">{t("pmo.requests.filter.any")}</option>
            {objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox
          checked={filters.overdue}
          onChange={(_, d) => change({ overdue: d.checked === true, ...(d.checked === true && !["waiting", "open", "countered"].includes(filters.status) ? { status: "waiting" as const } : {}) })}
          label={t("pmo.requests.filter.overdue")}
          data-testid="pmo-requests-filter-overdue"
        />
        <Button size="small" appearance="subtle" onClick={() => setFilters(DEFAULT_REQUEST_FILTERS)} data-testid="pmo-requests-filter-clear">
          {t("pmo.requests.filter.clear")}
        </Button>
      </div>
      <div className={styles.row}>
        <Button size="small" onClick={() => download("csv")} disabled={exporting.busy} data-testid="pmo-requests-export">
          {t("pmo.requests.export")}
        </Button>
        <Button size="small" onClick={() => download("xlsx")} disabled={exporting.busy} data-testid="pmo-requests-export-xlsx">
          {t("pmo.requests.exportXlsx")}
        </Button>
        <BusyIndicator busy={loading || exporting.busy} label={t("common.loading")} />
      </div>
      <ErrorBar error={error} />
      <ErrorBar error={exporting.error} onDismiss={exporting.clearError} />
      {!loading && items.length === 0 && !error && <Text className={styles.muted} data-testid="pmo-requests-list-empty">{t("pmo.requests.listEmpty")}</Text>}
      {items.length > 0 && (
        <ul className={styles.list} data-testid="pmo-requests-waiting">
          {items.map((r) => {
            const waiting = waitingDepartment(r);
            const overdue = waiting !== null && r.neededBy !== null && r.neededBy < today;
            return (
              <li key={r.id} data-testid="pmo-requests-waiting-item" data-request-id={r.id} data-status={r.status}>
                <div className={styles.row}>
                  <Text weight="semibold">{t("tab.request.incoming", { from: r.fromDepartment, to: r.toDepartment })}</Text>
                  <Badge appearance="tint" color={waiting ? "warning" : r.status === "accepted" ? "success" : "subtle"}>
                    {t(`tab.request.status.${r.status}`)}
                  </Badge>
                  {overdue && (
                    <Badge appearance="filled" color="danger" data-testid="pmo-requests-overdue">
                      {t("pmo.requests.overdue")}
                    </Badge>
                  )}
                </div>
                <Text className={styles.text}>{r.text}</Text>{" "}
                <Text size={200} className={styles.muted}>
                  {r.neededBy && `${t("tab.request.neededBy", { date: formatDate(r.neededBy, lang) })} · `}
                  {waiting
                    ? t("tab.request.waitingLine", { open: t("tab.request.openFor", { days: daysOpen(r.createdAt, now) }), waiting: t("tab.request.waitingFor", { department: waiting }) })
                    : r.responseText}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      <div className={styles.row}>
        <Text size={200} className={styles.muted} data-testid="pmo-requests-count">
          {t("pmo.requests.count", { count: items.length })}
        </Text>
        {cursor && (
          <Button size="small" onClick={() => void loadMore()} disabled={loading} data-testid="pmo-requests-load-more">
            {t("pmo.requests.loadMore")}
          </Button>
        )}
      </div>
    </section>
  );
}
