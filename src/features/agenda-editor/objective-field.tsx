// The shared objective: picked from the tenant's library, or typed for this agenda. A typed one joins
// the organization's library only when the organizer ticks the box (off by default).
import type { KeyboardEvent } from "react";
import { Checkbox, Combobox, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { OBJECTIVE_TITLE_MAX, type Objective } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { dropStaleActiveDescendant } from "../../components/stale-active-descendant";
import { useEditorT } from "./editor-messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface ObjectiveFieldProps {
  objectives: readonly Objective[];
  objectiveId: string | null;
  title: string;
  problem: "required" | "tooLong" | null;
  addToLibrary: boolean;
  onChange(value: { objectiveId: string | null; title: string }): void;
  onAddToLibrary(add: boolean): void;
  /** Focus on first render: the objective is the first thing the organizer fills. */
  autoFocus?: boolean;
}

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();
const NEW_OPTION = "__new";

// Fluent's Combobox treats Space as "choose the active option" unless the user was just typing, so
// Space in an empty field (or after arrowing) picked a library objective the organizer never chose
// and the required check never fired. In this editable field Space only ever types: stop it before
// the Combobox's own key handler (which runs ahead of ours) while leaving the browser to insert it.
function spaceOnlyTypes(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === " ") event.stopPropagation();
}

export function ObjectiveField({ objectives, objectiveId, title, problem, addToLibrary, onChange, onAddToLibrary, autoFocus }: ObjectiveFieldProps) {
  const t = useT();
  const et = useEditorT();
  const styles = useStyles();
  // While a library objective is selected show them all; while typing, only those that match.
  const query = objectiveId ? "" : norm(title);
  const matches = objectives.filter((o) => query === "" || norm(o.title).includes(query));
  const isNew = objectiveId === null && title.trim() !== "" && !objectives.some((o) => norm(o.title) === norm(title));
  const message =
    problem === "required" ? t("common.required") : problem === "tooLong" ? et("objective.tooLong", { max: OBJECTIVE_TITLE_MAX, count: title.trim().length }) : undefined;
  return (
    <div className={styles.root}>
      <Field label={t("editor.objective.label")} hint={t("editor.objective.hint")} required validationMessage={message}>
        <Combobox
          freeform
          autoFocus={autoFocus}
          onBlur={dropStaleActiveDescendant}
          onKeyDownCapture={spaceOnlyTypes}
          value={title}
          selectedOptions={objectiveId ? [objectiveId] : []}
          onChange={(e) => onChange({ objectiveId: null, title: e.target.value })}
          onOptionSelect={(_, data) => {
            // The "use for this meeting" option keeps the typed title as a new objective.
            if (data.optionValue === NEW_OPTION) return onChange({ objectiveId: null, title });
            const picked = objectives.find((o) => o.id === data.optionValue);
            if (picked) onChange({ objectiveId: picked.id, title: picked.title });
          }}
          data-testid="objective-input"
          data-field="objective"
        >
          {matches.map((o) => (
            <Option key={o.id} value={o.id} text={o.title}>
              {o.title}
            </Option>
          ))}
          {isNew ? (
            <Option key={NEW_OPTION} value={NEW_OPTION} text={title}>
              {et("objective.newOption", { title: title.trim() })}
            </Option>
          ) : null}
        </Combobox>
      </Field>
      {isNew && (
        <Field hint={et("objective.library.hint")}>
          <Checkbox
            checked={addToLibrary}
            onChange={(_, data) => onAddToLibrary(data.checked === true)}
            label={et("objective.library.add")}
            data-testid="objective-add-to-library"
          />
        </Field>
      )}
    </div>
  );
}
