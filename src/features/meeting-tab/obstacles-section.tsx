// Section 3: obstacles we solve together. They are part of the agenda itself; adding one goes through
// the offline queue like every write of the tab, which patches the agenda on top of whatever others
// added meanwhile, and shows the result once saved.
// The form opens from "+ 課題を追加" (or by itself when a draft is waiting).
import { Button, Field, Input, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Agenda } from "../../core/api/contract";
import { CoachHints } from "../../components/coach/coach-hints";
import { formKeys } from "../../components/form-keys";
import { useT } from "../../components/i18n/use-t";
import { ClampedText } from "../../components/clamped-text";
import { NumberedHeading } from "../../components/numbered-heading";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { ErrorBar } from "../../components/status/error-bar";
import { useDraft, useHasDraft } from "./offline/use-draft";
import { useSubmitWrite } from "./offline/use-submit-write";
import { OBSTACLE_MAX, textProblem } from "./validate";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  open: { alignSelf: "flex-start" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export function ObstaclesSection({ agenda }: { agenda: Agenda }) {
  const t = useT();
  const styles = useStyles();
  const action = useSubmitWrite();
  const headingId = useId("tab-obstacles");
  const [open, setOpen] = useState(useHasDraft("obstacle"));
  // Opened by a click: the field takes the focus (the button that had it is gone); closed after an
  // add or a cancel, "+ 課題を追加" that replaces the form takes it back instead of <body>.
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  useEffect(() => {
    if (moveFocus.current) (open ? input.current : opener.current)?.focus();
    moveFocus.current = false;
  }, [open]);
  const [text, setText, clearText] = useDraft("obstacle", "");
  const [submitted, setSubmitted] = useState(false);
  const problem = textProblem(text, OBSTACLE_MAX);
  const visible = problem && (submitted || problem.key !== "common.required") ? problem : null;

  const submit = async () => {
    setSubmitted(true);
    if (problem) return;
    const outcome = await action.submit({
      kind: "addObstacle",
      agendaId: agenda.id,
      version: agenda.version,
      obstacles: [...agenda.obstacles],
      text: text.trim(),
    });
    // Saved, or safely queued (the pending list shows it): either way the draft's job is done.
    if (outcome === "done" || outcome === "queued") {
      clearText();
      setSubmitted(false);
      moveFocus.current = true;
      setOpen(false);
    }
  };
  const cancel = () => {
    moveFocus.current = true;
    clearText();
    setSubmitted(false);
    setOpen(false);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="tab-obstacles">
      <NumberedHeading number={3} id={headingId}>
        {t("tab.obstacles.title")}
      </NumberedHeading>
      {agenda.obstacles.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("tab.obstacles.empty")}
        </Text>
      ) : (
        <ul className={styles.list}>
          {agenda.obstacles.map((o, i) => (
            <li key={i}>
              <ClampedText text={o} />
            </li>
          ))}
        </ul>
      )}
      {!open ? (
        <Button ref={opener} className={styles.open} appearance="subtle" size="small" onClick={() => {
            moveFocus.current = true;
            setOpen(true);
          }}
          data-testid="obstacle-open">
          {t("tab.obstacle.open")}
        </Button>
      ) : (
        <form
          noValidate
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          onKeyDown={formKeys(cancel, () => void submit())}
        >
          <Field label={t("tab.obstacle.label")} validationMessage={visible ? t(visible.key, visible.params) : undefined}>
            <Input ref={input} value={text} onChange={(_, data) => setText(data.value)} data-testid="obstacle-input" />
          </Field>
          <CoachHints value={text} onApply={setText} objective={agenda.objectiveTitle} departments={agenda.departments.map((d) => d.name)} context="obstacle" data-testid="obstacle-coach" />
          <div className={styles.row}>
            <Button type="submit" appearance="primary" size="small" disabled={action.busy} data-testid="obstacle-submit">
              {t("tab.obstacle.add")}
            </Button>
            <Button size="small" onClick={cancel}>
              {t("common.cancel")}
            </Button>
            <BusyIndicator busy={action.busy} label={t("common.working")} />
          </div>
          <ErrorBar error={action.error} onDismiss={action.clearError} />
        </form>
      )}
    </section>
  );
}
