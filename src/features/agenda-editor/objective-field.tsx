// The shared objective: picked from the tenant's library, or typed for this agenda. A typed one joins
// the organization's library only when the organizer ticks the box (off by default).
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { Checkbox, Combobox, Field, Option, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { OBJECTIVE_TITLE_MAX, type Objective } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { PhraseText } from "../../components/phrase-text";
import { dropStaleActiveDescendant } from "../../components/stale-active-descendant";
import { useEditorT } from "./editor-messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // The field and its wrapped text share one grid cell: the cell grows to the text's height, so a long
  // objective is read whole inside the field itself (not cut off there and repeated below).
  control: { display: "grid", minWidth: 0 },
  // Fluent fixes the field's height (32 px); here it grows with the cell, so the wrapped text stays
  // inside the field's border.
  combobox: { gridArea: "1 / 1", minWidth: 0, height: "auto", minHeight: "32px" },
  // While the wrapped text stands in for the field's own, the one-line text (cut off) is not painted.
  hiddenText: { "& input": { color: "transparent" } },
  full: {
    gridArea: "1 / 1",
    alignSelf: "center",
    // Above the field: its root is positioned, so an unpositioned text would be painted under it.
    position: "relative",
    zIndex: 1,
    pointerEvents: "none",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    // The input's own left inset, and room for the dropdown arrow on the right.
    padding: `${tokens.spacingVerticalXS} calc(${tokens.spacingHorizontalXXL} + ${tokens.spacingHorizontalM}) ${tokens.spacingVerticalXS} calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS} + ${tokens.strokeWidthThin})`,
  },
});

/**
 * Whether the field's text is wider than the field (a one-line input cannot wrap): measured after
 * every change of the text and of the field's width.
 */
function useClipped(wrapper: RefObject<HTMLElement | null>, text: string): boolean {
  const [clipped, setClipped] = useState(false);
  useLayoutEffect(() => {
    const input = wrapper.current?.querySelector("input");
    if (!input) return;
    const measure = () => setClipped(input.value !== "" && input.scrollWidth > input.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(input);
    return () => observer.disconnect();
  }, [wrapper, text]);
  return clipped;
}

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
  const control = useRef<HTMLDivElement>(null);
  // The objective is the agenda's headline: at 320 px a long one does not fit the one-line field
  // (its end sits under the dropdown arrow). Unless the organizer is editing it, the field grows and
  // shows it wrapped in place; while editing, the input scrolls as any input does.
  const clipped = useClipped(control, title);
  const [editing, setEditing] = useState(false);
  const wrapped = clipped && !editing;
  // While a library objective is selected show them all; while typing, only those that match.
  const query = objectiveId ? "" : norm(title);
  const matches = objectives.filter((o) => query === "" || norm(o.title).includes(query));
  const isNew = objectiveId === null && title.trim() !== "" && !objectives.some((o) => norm(o.title) === norm(title));
  const message =
    problem === "required" ? t("common.required") : problem === "tooLong" ? et("objective.tooLong", { max: OBJECTIVE_TITLE_MAX, count: title.trim().length }) : undefined;
  return (
    <div className={styles.root}>
      <Field label={t("editor.objective.label")} hint={<PhraseText>{t("editor.objective.hint")}</PhraseText>} required validationMessage={message}>
        <div ref={control} className={styles.control}>
          <Combobox
            freeform
            className={mergeClasses(styles.combobox, wrapped && styles.hiddenText)}
            // The arrow is for the mouse: the keyboard opens the list with Alt+↓ from the field, and a
            // second Tab stop here made Tab land on the arrow instead of the next field.
            expandIcon={{ tabIndex: -1, "aria-hidden": true }}
            autoFocus={autoFocus}
            onFocus={() => setEditing(true)}
            onBlur={(event) => {
              setEditing(false);
              dropStaleActiveDescendant(event);
            }}
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
          {wrapped && (
            // For the eyes only: screen readers read the field's value, which is this same text.
            <div className={styles.full} data-phrase-break aria-hidden="true" data-testid="objective-full">
              <PhraseText>{title}</PhraseText>
            </div>
          )}
        </div>
      </Field>
      {isNew && (
        <Field hint={<PhraseText>{et("objective.library.hint")}</PhraseText>}>
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
