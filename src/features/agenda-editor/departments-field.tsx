// The departments this meeting spans, each with its mission (for the appendix). Pre-filled from the
// attendees; the organizer may add, remove, rename and edit missions.
import {
  Button,
  Card,
  Combobox,
  Field,
  Input,
  Option,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AgendaDepartment, Department } from "../../core/api/contract";
import { departmentKey } from "../../core/meeting/departments";
import { CoachHints } from "../../components/coach/coach-hints";
import { useT } from "../../components/i18n/use-t";
import { dropStaleActiveDescendant } from "../../components/stale-active-descendant";
import type { DraftProblem } from "./draft";
import { useEditorT } from "./editor-messages";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  addRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "160px" },
});

export interface DepartmentsFieldProps {
  departments: readonly AgendaDepartment[];
  library: readonly Department[];
  problems: readonly DraftProblem[];
  onChange(departments: AgendaDepartment[]): void;
  /** "What can we do for it" per department (by departmentKey); the slot shows when given. */
  slots?: Readonly<Record<string, string>>;
  onSlotChange?(department: string, text: string): void;
}

export function DepartmentsField({ departments, library, problems, onChange, slots, onSlotChange }: DepartmentsFieldProps) {
  const t = useT();
  const et = useEditorT();
  const styles = useStyles();
  const [newName, setNewName] = useState("");
  const listed = new Set(departments.map((d) => departmentKey(d.name)));
  const addable = library.filter((d) => !listed.has(departmentKey(d.name)));

  const problemAt = (index: number) =>
    problems.find((p) => p.field === "departments" && p.index === index) as
      | Extract<DraftProblem, { field: "departments" }>
      | undefined;
  const replace = (index: number, next: AgendaDepartment) =>
    onChange(departments.map((d, i) => (i === index ? next : d)));
  const add = (name: string) => {
    const trimmed = name.trim();
    if (trimmed === "" || listed.has(departmentKey(trimmed))) return;
    const known = library.find((d) => departmentKey(d.name) === departmentKey(trimmed));
    onChange([...departments, { name: known?.name ?? trimmed, mission: known?.mission ?? "" }]);
    setNewName("");
  };

  return (
    <div>
      {departments.length === 0 && <Text>{t("editor.departments.empty")}</Text>}
      <ul className={styles.list} data-testid="departments-list">
        {departments.map((d, index) => {
          const problem = problemAt(index);
          const label = d.name.trim() || t("editor.department.name");
          return (
            <li key={index}>
              <Card className={styles.card} size="small" data-testid="department-card">
                <Field
                  label={t("editor.department.name")}
                  required
                  validationMessage={
                    problem
                      ? t(problem.kind === "duplicate" ? "editor.department.duplicate" : "common.required")
                      : undefined
                  }
                >
                  <Input value={d.name} onChange={(_, data) => replace(index, { ...d, name: data.value })} />
                </Field>
                <Field label={t("editor.department.mission", { name: label })}>
                  <Textarea
                    value={d.mission}
                    resize="vertical"
                    onChange={(_, data) => replace(index, { ...d, mission: data.value })}
                  />
                </Field>
                {onSlotChange && d.name.trim() !== "" && (
                  <Field label={et("slot.label", { name: label })} hint={et("slot.hint")}>
                    <Textarea
                      value={slots?.[departmentKey(d.name)] ?? ""}
                      resize="vertical"
                      onChange={(_, data) => onSlotChange(d.name, data.value)}
                      data-testid="contribution-slot"
                    />
                  </Field>
                )}
                {onSlotChange && d.name.trim() !== "" && (
                  <CoachHints value={slots?.[departmentKey(d.name)] ?? ""} onApply={(text) => onSlotChange(d.name, text)} departments={departments.map((x) => x.name)} ownDepartment={d.name} context="contribution" data-testid="slot-coach" />
                )}
                <div>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => onChange(departments.filter((_, i) => i !== index))}
                  >
                    {t("editor.department.remove", { name: label })}
                  </Button>
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
      <div className={styles.addRow}>
        <Field label={t("editor.department.add")} className={styles.grow}>
          <Combobox
            freeform
            onBlur={dropStaleActiveDescendant}
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            onOptionSelect={(_, data) => data.optionText && add(data.optionText)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && newName.trim() !== "") add(newName);
            }}
            data-testid="add-department-input"
          >
            {addable.map((d) => (
              <Option key={d.id} value={d.name}>
                {d.name}
              </Option>
            ))}
          </Combobox>
        </Field>
        <Button onClick={() => add(newName)} disabled={newName.trim() === ""} data-testid="add-department">
          {t("common.add")}
        </Button>
      </div>
    </div>
  );
}
