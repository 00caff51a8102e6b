// Section 3: obstacles we solve together. They are part of the agenda itself, so adding one patches
// the agenda with its version; when someone else changed it meanwhile, we retry once on theirs.
import { Button, Field, Input, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Agenda } from "../../core/api/contract";
import { usePorts } from "../../components/ports-context";
import { CoachHints } from "../../components/coach/coach-hints";
import { useT } from "../../components/i18n/use-t";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { useAction } from "../../components/status/use-action";
import { ApiError, type ApiClient } from "../../platform/ports";
import { useDraft } from "./offline/use-draft";
import { OBSTACLE_MAX, textProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
});

async function appendObstacle(api: ApiClient, agenda: Agenda, text: string): Promise<Agenda> {
  try {
    return await api.patchAgenda(agenda.id, agenda.version, { obstacles: [...agenda.obstacles, text] });
  } catch (err) {
    const current = err instanceof ApiError && err.status === 412 ? Agenda.safeParse(err.current) : null;
    if (!current?.success) throw err;
    return api.patchAgenda(agenda.id, current.data.version, { obstacles: [...current.data.obstacles, text] });
  }
}

export function ObstaclesSection({ agenda, onChanged }: { agenda: Agenda; onChanged(agenda: Agenda): void }) {
  const t = useT();
  const styles = useStyles();
  const { api } = usePorts();
  const action = useAction();
  const [text, setText, clearText] = useDraft("obstacle", "");
  const [submitted, setSubmitted] = useState(false);
  const problem = textProblem(text, OBSTACLE_MAX);
  const visible = problem && (submitted || problem.key !== "common.required") ? problem : null;

  const submit = async () => {
    setSubmitted(true);
    if (problem) return;
    const updated = await action.run(() => appendObstacle(api, agenda, text.trim()));
    if (updated) {
      onChanged(updated);
      clearText();
      setSubmitted(false);
    }
  };

  return (
    <section className={styles.root} data-testid="tab-obstacles">
      <Subtitle2 as="h3">
        {t("tab.obstacles.title")}
      </Subtitle2>
      {agenda.obstacles.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("tab.obstacles.empty")}
        </Text>
      ) : (
        <ul className={styles.list}>
          {agenda.obstacles.map((o, i) => (
            <li key={i} className={styles.item}>
              {o}
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label={t("tab.obstacle.label")} validationMessage={visible ? t(visible.key, visible.params) : undefined}>
          <Input value={text} onChange={(_, data) => setText(data.value)} data-testid="obstacle-input" />
        </Field>
        <CoachHints value={text} onApply={setText} objective={agenda.objectiveTitle} departments={agenda.departments.map((d) => d.name)} context="obstacle" data-testid="obstacle-coach" />
        <div className={styles.row}>
          <Button type="submit" disabled={action.busy} data-testid="obstacle-submit">
            {t("tab.obstacle.add")}
          </Button>
          <BusyIndicator busy={action.busy} label={t("common.working")} />
        </div>
        <ErrorBar error={action.error} onDismiss={action.clearError} />
      </form>
    </section>
  );
}
