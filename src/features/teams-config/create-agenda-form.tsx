// Fallback (c): create the agenda right here, for a meeting scheduled in Teams (no Outlook add-in
// inserted one): objective from the library or new, desired outcome, departments.
import { Button, Checkbox, Field, Input, Select, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Department, Objective } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import type { NewAgendaInput } from "./hooks/use-create-agenda";
import type { Reloadable } from "./hooks/use-reloadable";
import { LibraryFailedBar } from "./library-failed-bar";

const NEW = "__new__";
const MAX_TITLE = 500;
const MAX_OUTCOME = 2000;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  departments: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  loading: { display: "flex", justifyContent: "flex-start" },
});

export interface CreateAgendaFormProps {
  objectives: Reloadable<Objective>;
  departments: Reloadable<Department>;
  creating: boolean;
  onCreate(input: NewAgendaInput): void;
}

/**
 * The objective the form stands on: what the user picked, else the library's first objective once
 * the library is here, else "new" when there is no library to pick from; null while it loads (the
 * select isn't shown then, so a pick can't be made against a half-empty list).
 */
function selectedObjective(objectives: Reloadable<Objective>, picked: string | null): string | null {
  if (objectives.status === "failed") return NEW;
  if (objectives.status === "loading") return picked === NEW ? NEW : null;
  const known = picked === NEW || objectives.items.some((o) => o.id === picked);
  return known && picked !== null ? picked : (objectives.items[0]?.id ?? NEW);
}

export function CreateAgendaForm({ objectives, departments, creating, onCreate }: CreateAgendaFormProps) {
  const t = useT();
  const styles = useStyles();
  const groupId = useId();
  const objectivesLoadingId = useId();
  const departmentsLoadingId = useId();
  // null until the user picks: the library arrives after the first render, and its first objective
  // is the default then. Typing a new objective's title counts as picking "new".
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [outcome, setOutcome] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const selected = selectedObjective(objectives, objectiveId);
  const isNew = selected === NEW;
  const loadingIds = [objectives.status === "loading" ? objectivesLoadingId : null, departments.status === "loading" ? departmentsLoadingId : null].filter((id) => id !== null);
  const loading = loadingIds.length > 0;
  const titleError = isNew && touched && title.trim() === "" ? t("config.createObjectiveRequired") : title.length > MAX_TITLE ? t("config.tooLong", { max: MAX_TITLE }) : undefined;
  const outcomeError = outcome.length > MAX_OUTCOME ? t("config.tooLong", { max: MAX_OUTCOME }) : undefined;

  return (
    <form
      noValidate
      className={styles.form}
      data-testid="config-create"
      onSubmit={(e) => {
        e.preventDefault();
        if (loading || creating || selected === null) return;
        setTouched(true);
        if ((isNew && title.trim() === "") || titleError || outcomeError) return;
        onCreate({ objectiveId: isNew ? null : selected, objectiveTitle: title, desiredOutcome: outcome, departments: chosen });
      }}
    >
      <LibraryFailedBar objectives={objectives} departments={departments} />
      {selected === null ? (
        <div id={objectivesLoadingId} role="status" className={styles.loading} data-testid="config-create-objectives-loading">
          <Spinner size="tiny" labelPosition="after" label={t("config.libraryLoadingObjectives")} />
        </div>
      ) : (
        <Field label={t("config.createObjective")}>
          <Select value={selected} onChange={(_, d) => setObjectiveId(d.value)} data-testid="config-create-objective">
            {objectives.items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
            <option value={NEW}>{t("config.createObjectiveNew")}</option>
          </Select>
        </Field>
      )}
      {isNew && (
        <Field label={t("config.createObjectiveTitle")} required validationMessage={titleError}>
          <Input
            value={title}
            onChange={(_, d) => {
              setTitle(d.value);
              if (objectiveId === null) setObjectiveId(NEW);
            }}
            data-testid="config-create-title"
          />
        </Field>
      )}
      <Field label={t("config.createOutcome")} hint={t("config.createOutcomeHint")} validationMessage={outcomeError}>
        <Textarea value={outcome} onChange={(_, d) => setOutcome(d.value)} data-testid="config-create-outcome" />
      </Field>
      {departments.status === "loading" && (
        <div id={departmentsLoadingId} role="status" className={styles.loading} data-testid="config-create-departments-loading">
          <Spinner size="tiny" labelPosition="after" label={t("config.libraryLoadingDepartments")} />
        </div>
      )}
      {departments.items.length > 0 && (
        <div role="group" aria-labelledby={groupId}>
          <span id={groupId}>{t("config.createDepartments")}</span>
          <div className={styles.departments}>
            {departments.items.map((d) => (
              <Checkbox
                key={d.id}
                label={d.name}
                checked={chosen.includes(d.name)}
                onChange={(_, data) => setChosen((c) => (data.checked === true ? [...c, d.name] : c.filter((n) => n !== d.name)))}
              />
            ))}
          </div>
        </div>
      )}
      <div>
        {/* Focusable while the library loads, so a screen reader reaches it and hears why it waits. */}
        <Button
          type="submit"
          appearance="primary"
          disabled={creating}
          disabledFocusable={loading && !creating}
          aria-describedby={loading ? loadingIds.join(" ") : undefined}
          data-testid="config-create-submit"
        >
          {creating ? t("config.creating") : t("config.createSubmit")}
        </Button>
      </div>
    </form>
  );
}
