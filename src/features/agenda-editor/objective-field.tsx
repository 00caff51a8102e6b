// The shared objective: picked from the tenant's library, or typed as a new one (created on save).
import { Combobox, Field, Option } from "@fluentui/react-components";
import type { Objective } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { dropStaleActiveDescendant } from "../../components/stale-active-descendant";

export interface ObjectiveFieldProps {
  objectives: readonly Objective[];
  objectiveId: string | null;
  title: string;
  invalid: boolean;
  onChange(value: { objectiveId: string | null; title: string }): void;
}

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();

export function ObjectiveField({ objectives, objectiveId, title, invalid, onChange }: ObjectiveFieldProps) {
  const t = useT();
  // While a library objective is selected show them all; while typing, only those that match.
  const query = objectiveId ? "" : norm(title);
  const matches = objectives.filter((o) => query === "" || norm(o.title).includes(query));
  const isNew = title.trim() !== "" && !objectives.some((o) => norm(o.title) === norm(title));
  return (
    <Field
      label={t("editor.objective.label")}
      hint={t("editor.objective.hint")}
      required
      validationMessage={invalid ? t("common.required") : undefined}
    >
      <Combobox
        freeform
        onBlur={dropStaleActiveDescendant}
        value={title}
        selectedOptions={objectiveId ? [objectiveId] : []}
        onChange={(e) => onChange({ objectiveId: null, title: e.target.value })}
        onOptionSelect={(_, data) => {
          const picked = objectives.find((o) => o.id === data.optionValue);
          if (picked) onChange({ objectiveId: picked.id, title: picked.title });
        }}
        data-testid="objective-input"
      >
        {matches.map((o) => (
          <Option key={o.id} value={o.id} text={o.title}>
            {o.title}
          </Option>
        ))}
        {isNew && matches.length === 0 ? (
          <Option key="__new" value="__new" text={title} disabled>
            {t("editor.objective.newOption", { title: title.trim() })}
          </Option>
        ) : null}
      </Combobox>
    </Field>
  );
}
