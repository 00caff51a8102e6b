// Fallback (c): create the agenda right here, for a meeting scheduled in Teams (no Outlook add-in
// inserted one): objective from the library or new, desired outcome, departments.
import { Button, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Department, Objective } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import type { NewAgendaInput } from "./hooks/use-create-agenda";

const NEW = "__new__";
const MAX_TITLE = 500;
const MAX_OUTCOME = 2000;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  departments: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

export interface CreateAgendaFormProps {
  objectives: Objective[];
  departments: Department[];
  creating: boolean;
  onCreate(input: NewAgendaInput): void;
}

export function CreateAgendaForm({ objectives, departments, creating, onCreate }: CreateAgendaFormProps) {
  const t = useT();
  const styles = useStyles();
  const groupId = useId();
  // null until the user picks: the library may arrive after the first render, and its first
  // objective is the default then.
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [outcome, setOutcome] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const selectedObjective = objectiveId ?? objectives[0]?.id ?? NEW;
  const isNew = selectedObjective === NEW;
  const titleError = isNew && touched && title.trim() === "" ? t("config.createObjectiveRequired") : title.length > MAX_TITLE ? t("config.tooLong", { max: MAX_TITLE }) : undefined;
  const outcomeError = outcome.length > MAX_OUTCOME ? t("config.tooLong", { max: MAX_OUTCOME }) : undefined;

  return (
    <form
      noValidate
      className={styles.form}
      data-testid="config-create"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if ((isNew && title.trim() === "") || titleError || outcomeError) return;
        onCreate({ objectiveId: isNew ? null : selectedObjective, objectiveTitle: title, desiredOutcome: outcome, departments: chosen });
      }}
    >
      <Field label={t("config.createObjective")}>
        <Select value={selectedObjective} onChange={(_, d) => setObjectiveId(d.value)} data-testid="config-create-objective">
          {objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
          <option value={NEW}>{t("config.createObjectiveNew")}</option>
        </Select>
      </Field>
      {isNew && (
        <Field label={t("config.createObjectiveTitle")} required validationMessage={titleError}>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} data-testid="config-create-title" />
        </Field>
      )}
      <Field label={t("config.createOutcome")} hint={t("config.createOutcomeHint")} validationMessage={outcomeError}>
        <Textarea value={outcome} onChange={(_, d) => setOutcome(d.value)} data-testid="config-create-outcome" />
      </Field>
      {departments.length > 0 && (
        <div role="group" aria-labelledby={groupId}>
          <span id={groupId}>{t("config.createDepartments")}</span>
          <div className={styles.departments}>
            {departments.map((d) => (
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
        <Button type="submit" appearance="primary" disabled={creating} data-testid="config-create-submit">
          {creating ? t("config.creating") : t("config.createSubmit")}
        </Button>
      </div>
    </form>
  );
}
