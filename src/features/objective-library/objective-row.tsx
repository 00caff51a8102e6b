// One objective of the library: its title, description and use, and what a PMO can do with it —
// edit in place, archive or restore, merge into another (with what that moves, said before it runs).
import { Button, Card, Field, Input, Select, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { OBJECTIVE_TITLE_MAX, type Objective } from "../../core/api/contract";
import type { ObjectivePatch } from "../../core/api/objective-library-contract";
import { sameTitle } from "../../core/text/same-title";
import { useLibraryT } from "./library-messages";
import type { ChangeOutcome } from "./use-objective-library";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
});

export interface ObjectiveRowProps {
  objective: Objective;
  /** Active objectives this one may be merged into. */
  others: readonly Objective[];
  mergedIntoTitle: string | null;
  busy: boolean;
  onChange(patch: ObjectivePatch): Promise<ChangeOutcome>;
  onMerge(into: Objective): Promise<boolean>;
}

/** `taken`: the server refused the title because another active objective has it (since the list loaded). */
type Mode = { kind: "view" } | { kind: "edit"; title: string; description: string; touched: boolean; taken?: boolean } | { kind: "merge"; intoId: string };

export function ObjectiveRow({ objective, others, mergedIntoTitle, busy, onChange, onMerge }: ObjectiveRowProps) {
  const lt = useLibraryT();
  const styles = useStyles();
  const [mode, setMode] = useState<Mode>({ kind: "view" });
  // Restoring was refused: an active objective has this title now (the server says so).
  const [restoreRefused, setRestoreRefused] = useState(false);
  const archived = Boolean(objective.archivedAt);
  const name = objective.title;

  if (mode.kind === "edit") {
    const title = mode.title.trim();
    // Two active objectives with one title cannot be told apart in the picker: point at merging instead.
    // Only a new title is checked, so twins from before this rule can still get their description fixed.
    const twin = sameTitle(title, objective.title) ? undefined : others.find((o) => sameTitle(o.title, title));
    const taken = twin ? twin.title : mode.taken ? title : null;
    const error = !mode.touched
      ? undefined
      : title === ""
        ? lt("required")
        : title.length > OBJECTIVE_TITLE_MAX
          ? lt("tooLong", { max: OBJECTIVE_TITLE_MAX, count: title.length })
          : taken !== null
            ? lt("titleTaken", { title: taken })
            : undefined;
    const save = async () => {
      if (title === "" || title.length > OBJECTIVE_TITLE_MAX || twin) return setMode({ ...mode, touched: true });
      const outcome = await onChange({ title, description: mode.description.trim() });
      if (outcome === "titleTaken") setMode({ ...mode, touched: true, taken: true });
      else if (outcome) setMode({ kind: "view" });
    };
    return (
      <Card className={styles.card} size="small" data-testid="library-objective" data-objective-id={objective.id} data-mode="edit">
        <Field label={lt("titleLabel")} required validationMessage={error}>
          <Input value={mode.title} onChange={(_, d) => setMode({ ...mode, title: d.value, touched: true, taken: false })} data-testid="library-edit-title" />
        </Field>
        <Field label={lt("descriptionLabel")}>
          <Textarea value={mode.description} resize="vertical" onChange={(_, d) => setMode({ ...mode, description: d.value })} data-testid="library-edit-description" />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => void save()} data-testid="library-save">
            {lt("save")}
          </Button>
          <Button onClick={() => setMode({ kind: "view" })}>{lt("cancel")}</Button>
        </div>
      </Card>
    );
  }

  return (
    <Card className={styles.card} size="small" data-testid="library-objective" data-objective-id={objective.id} data-archived={archived ? "true" : "false"}>
      <Text weight="semibold" className={styles.title}>
        {name}
      </Text>
      {objective.description && <Text className={styles.muted}>{objective.description}</Text>}
      <Text size={200} className={styles.muted} data-testid="library-usage">
        {lt("usage", { count: objective.agendaCount ?? 0 })}
        {mergedIntoTitle !== null && ` · ${lt("mergedInto", { title: mergedIntoTitle })}`}
      </Text>
      {mode.kind === "merge" && (
        <>
          {others.length === 0 ? (
            <Text size={200}>{lt("mergeNone")}</Text>
          ) : (
            <>
              <Field label={lt("mergeInto")}>
                <Select value={mode.intoId} onChange={(_, d) => setMode({ kind: "merge", intoId: d.value })} data-testid="library-merge-into">
                  <option value="">{lt("mergeChoose")}</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.title}
                    </option>
                  ))}
                </Select>
              </Field>
              <Text size={200}>{lt("mergeExplain", { title: name, count: objective.agendaCount ?? 0 })}</Text>
            </>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || mode.intoId === ""}
              onClick={() => {
                const into = others.find((o) => o.id === mode.intoId);
                if (into) void onMerge(into).then((done) => done && setMode({ kind: "view" }));
              }}
              data-testid="library-merge-confirm"
            >
              {lt("mergeConfirm")}
            </Button>
            <Button onClick={() => setMode({ kind: "view" })}>{lt("cancel")}</Button>
          </div>
        </>
      )}
      {mode.kind === "view" && (
        <div className={styles.actions}>
          {!archived && (
            <>
              <Button size="small" aria-label={lt("editOf", { title: name })} onClick={() => setMode({ kind: "edit", title: name, description: objective.description, touched: false })} data-testid="library-edit">
                {lt("edit")}
              </Button>
              <Button size="small" aria-label={lt("mergeOf", { title: name })} onClick={() => setMode({ kind: "merge", intoId: "" })} data-testid="library-merge">
                {lt("merge")}
              </Button>
              <Button size="small" aria-label={lt("archiveOf", { title: name })} disabled={busy} onClick={() => void onChange({ archived: true })} data-testid="library-archive">
                {lt("archive")}
              </Button>
            </>
          )}
          {archived && mergedIntoTitle === null && (
            <Button
              size="small"
              aria-label={lt("restoreOf", { title: name })}
              disabled={busy}
              onClick={() => void onChange({ archived: false }).then((outcome) => setRestoreRefused(outcome === "titleTaken"))}
              data-testid="library-restore"
            >
              {lt("restore")}
            </Button>
          )}
        </div>
      )}
      {restoreRefused && archived && (
        <Text size={200} role="alert" data-testid="library-restore-refused">
          {lt("restoreTaken", { title: others.find((o) => sameTitle(o.title, name))?.title ?? name })}
        </Text>
      )}
    </Card>
  );
}
