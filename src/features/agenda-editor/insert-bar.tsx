// The end of the form: the agenda's language (a setting of the inserted agenda, not of the pane),
// Insert, and — right next to it — what stops the insert, each problem a link to its field.
import { Button, Field, Link, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/api/primitives";
import { useT } from "../../components/i18n/use-t";
import { PhraseText } from "../../components/phrase-text";
import { BusyIndicator } from "../../components/status/busy-indicator";
import type { DraftProblem } from "./draft";
import { useEditorPlural, useEditorT } from "./editor-messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  problems: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface InsertBarProps {
  lang: Lang;
  onLang(lang: Lang): void;
  update: boolean;
  busy: boolean;
  problems: readonly DraftProblem[];
  departmentName(index: number): string;
  onInsert(): void;
  onGoTo(problem: DraftProblem): void;
}

export function InsertBar({ lang, onLang, update, busy, problems, departmentName, onInsert, onGoTo }: InsertBarProps) {
  const t = useT();
  const et = useEditorT();
  const plural = useEditorPlural();
  const styles = useStyles();
  const say = (p: DraftProblem): string => {
    switch (p.field) {
      case "objectiveTitle":
        return et(p.kind === "required" ? "problems.objective.required" : "problems.objective.tooLong");
      case "desiredOutcome":
        return et("problems.outcome.tooLong");
      case "departments":
        return p.kind === "required" ? et("problems.department.required", { position: p.index + 1 }) : et("problems.department.duplicate", { name: departmentName(p.index) });
      case "mission":
        return et("problems.mission.tooLong", { name: departmentName(p.index) });
      case "slot":
        return et("problems.slot.tooLong", { name: p.department.trim() });
    }
  };
  return (
    <div className={styles.root}>
      <Field label={et("agendaLanguage.label")} hint={<PhraseText>{et("agendaLanguage.hint")}</PhraseText>}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_, data) => onLang(data.value as Lang)} data-testid="agenda-language">
          <Radio value="ja" label={t("common.lang.ja")} />
          <Radio value="en" label={t("common.lang.en")} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        {/* Focusable while busy: a disabled button drops the keyboard focus to the page, and the
            same button (now Update) keeps it after the insert. */}
        <Button appearance="primary" disabledFocusable={busy} onClick={onInsert} data-testid="insert-agenda">
          {update ? t("editor.update") : t("editor.insert")}
        </Button>
        <BusyIndicator busy={busy} label={t("editor.saving")} />
      </div>
      {problems.length > 0 && (
        <div role="alert" className={styles.problems} data-testid="insert-problems">
          <Text weight="semibold" data-phrase-break data-testid="insert-problems-title">
            <PhraseText>{plural("problems.title", problems.length)}</PhraseText>
          </Text>
          <ul className={styles.list}>
            {problems.map((p, i) => (
              <li key={i}>
                <Link as="button" onClick={() => onGoTo(p)} data-testid="insert-problem">
                  {say(p)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
