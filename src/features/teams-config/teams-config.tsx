// Teams' configuration page for the meeting tab: bind the tab to this meeting's agenda.
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import type { TeamsContext } from "../../platform/ports";
import { useConfigBinding } from "./hooks/use-config-binding";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "640px" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "200px" },
});

export interface TeamsConfigProps {
  context: TeamsContext;
  appBaseUrl: string;
}

export function TeamsConfig({ context, appBaseUrl }: TeamsConfigProps) {
  const t = useT();
  const styles = useStyles();
  const binding = useConfigBinding(context, appBaseUrl, t("config.tabName"));
  const [pasted, setPasted] = useState("");
  const [pasteInvalid, setPasteInvalid] = useState(false);

  const submitPaste = async () => {
    const ok = await binding.choosePasted(pasted);
    setPasteInvalid(!ok);
  };

  return (
    <div className={styles.root} data-testid="teams-config">
      <Subtitle1 as="h2">{t("config.title")}</Subtitle1>
      <Text>{t("config.intro")}</Text>
      {binding.loading && <Spinner size="small" label={t("common.loading")} />}
      {!binding.loading && binding.found.length > 0 && (
        <RadioGroup
          aria-label={t("config.found")}
          value={binding.selected?.id ?? ""}
          onChange={(_, d) => {
            const agenda = binding.found.find((a) => a.id === d.value);
            if (agenda) binding.select(agenda);
          }}
          data-testid="config-found"
        >
          {binding.found.map((a) => (
            <Radio key={a.id} value={a.id} label={a.subject ? `${a.objectiveTitle} — ${a.subject}` : a.objectiveTitle} />
          ))}
        </RadioGroup>
      )}
      {!binding.loading && binding.found.length === 0 && <NoticeBar intent="info">{t("config.none")}</NoticeBar>}
      <form
        noValidate
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          void submitPaste();
        }}
      >
        <Field
          label={t("config.paste")}
          hint={t("config.pasteHint")}
          className={styles.grow}
          validationMessage={pasteInvalid ? t("config.pasteInvalid") : undefined}
        >
          <Input value={pasted} onChange={(_, d) => setPasted(d.value)} data-testid="config-paste" />
        </Field>
        <Button type="submit" disabled={pasted.trim() === ""} data-testid="config-paste-submit">
          {t("config.use")}
        </Button>
      </form>
      <ErrorBar error={binding.error} />
      {binding.selected && (
        <NoticeBar data-testid="config-selected">{t("config.selected", { title: binding.selected.objectiveTitle })}</NoticeBar>
      )}
    </div>
  );
}
