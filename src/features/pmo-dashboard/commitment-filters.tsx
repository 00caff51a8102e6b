import { Checkbox, Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { COMMITMENT_STATUSES, type CommitmentStatus, type Department } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import type { CommitmentFilters as Filters } from "./filters";
import { PmoSearchBox } from "./search-box";

const useStyles = makeStyles({
  root: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "end", flexWrap: "wrap", border: "none", margin: 0, padding: 0 },
  field: { minWidth: "160px" },
  search: { minWidth: "220px" },
});

export interface CommitmentFiltersProps {
  filters: Filters;
  departments: readonly Department[];
  onChange(filters: Filters): void;
}

export function CommitmentFilters({ filters, departments, onChange }: CommitmentFiltersProps) {
  const t = useT();
  const styles = useStyles();
  // A chart can name a department the library doesn't list (an attendee's free-text one): offer it too,
  // so the select shows the filter that is applied.
  const unlisted = filters.department !== "" && !departments.some((d) => d.name === filters.department);
  return (
    <div role="search" aria-label={t("pmo.filters")} className={styles.root} data-testid="pmo-filters">
      <Field label={t("pmo.filter.status")} className={styles.field}>
        <Select
          value={filters.status}
          onChange={(_, d) => onChange({ ...filters, status: d.value as CommitmentStatus | "" })}
          data-testid="pmo-filter-status"
        >
          <option value="">{t("pmo.filter.all")}</option>
          {COMMITMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("pmo.filter.department")} className={styles.field}>
        <Select
          value={filters.department}
          onChange={(_, d) => onChange({ ...filters, department: d.value })}
          data-testid="pmo-filter-department"
        >
          <option value="">{t("pmo.filter.all")}</option>
          {unlisted && <option value={filters.department}>{filters.department}</option>}
          {departments.map((d) => (
            <option key={d.id} value={d.name}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <PmoSearchBox value={filters.q} onSearch={(q) => onChange({ ...filters, q })} className={styles.search} />
      <Checkbox
        label={t("pmo.filter.overdue")}
        checked={filters.overdue}
        onChange={(_, d) => onChange({ ...filters, overdue: d.checked === true })}
        data-testid="pmo-filter-overdue"
      />
      <Switch
        label={t("pmo.group.label")}
        checked={filters.group === "objective"}
        onChange={(_, d) => onChange({ ...filters, group: d.checked ? "objective" : "none" })}
        data-testid="pmo-group-toggle"
      />
    </div>
  );
}
