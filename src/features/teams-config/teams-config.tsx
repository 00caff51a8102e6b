// Teams' configuration page for the meeting tab: bind the tab to this meeting's agenda. Automatic
// when the meeting chat names one; otherwise the user (a) picks from meetings around now, (b) pastes
// the agenda's link, or (c) creates the agenda here — unless they may not, then they learn whom to ask.
import { Button, Field, Input, Radio, RadioGroup, Spinner, Subtitle1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useLang, useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import type { TeamsContext } from "../../platform/ports";
import { CreateAgendaForm } from "./create-agenda-form";
import { createBlockOf } from "./create-block";
import { CreateBlockNotice } from "./create-block-notice";
import { useConfigBinding } from "./hooks/use-config-binding";
import { useCreateAgenda, type NewAgendaInput } from "./hooks/use-create-agenda";
import { useNearbyAgendas } from "./hooks/use-nearby-agendas";
import { NearbyList } from "./nearby-list";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "640px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "200px" },
});

export interface TeamsConfigProps {
  context: TeamsContext;
  appBaseUrl: string;
  /** The clock for "meetings around now" (tests fix it). */
  now?: () => Date;
}

export function TeamsConfig({ context, appBaseUrl, now }: TeamsConfigProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const binding = useConfigBinding(context, appBaseUrl, t("config.tabName"));
  const fallbacks = !binding.loading && binding.found.length === 0;
  const nearby = useNearbyAgendas(fallbacks, now);
  const hintBlock = createBlockOf(context);
  const creator = useCreateAgenda(fallbacks && hintBlock === null && context.chatId !== null, context.chatId, lang);
  const block = hintBlock ?? creator.block;
  const [pasted, setPasted] = useState("");
  const [pasteInvalid, setPasteInvalid] = useState(false);
  const [createdId, setCreatedId] = useState<string | null>(null);

  const submitPaste = async () => {
    const ok = await binding.choosePasted(pasted);
    setPasteInvalid(!ok);
  };

  const create = async (input: NewAgendaInput) => {
    const agenda = await creator.create(input);
    if (!agenda) return;
    setCreatedId(agenda.id);
    binding.select(agenda);
  };

  // The meeting turned out to have an agenda the user may open (theirs, or one they attend): use it.
  const boundId = creator.block?.kind === "bound" ? creator.block.conflict.agendaId : null;

  return (
    <div className={styles.root} data-testid="teams-config">
      <Subtitle1 as="h2">
        <PhraseText>{t("config.title")}</PhraseText>
      </Subtitle1>
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
      {fallbacks && (
        <>
          <NoticeBar intent="info">{t("config.none")}</NoticeBar>
          <section className={styles.section} aria-labelledby="config-nearby-title">
            <Subtitle2 as="h3" id="config-nearby-title">
              <PhraseText>{t("config.nearby")}</PhraseText>
            </Subtitle2>
            <NearbyList {...nearby} selectedId={binding.selected?.id ?? null} onSelect={binding.select} />
          </section>
        </>
      )}
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
      {fallbacks && (
        <section className={styles.section} aria-labelledby="config-create-title">
          <Subtitle2 as="h3" id="config-create-title">
            <PhraseText>{t("config.create")}</PhraseText>
          </Subtitle2>
          {createdId ? (
            <NoticeBar intent="success" data-testid="config-created">
              {t("config.created")}
            </NoticeBar>
          ) : block ? (
            <>
              <CreateBlockNotice block={block} />
              {boundId && binding.selected?.id !== boundId && (
                <div>
                  <Button onClick={() => void binding.choosePasted(boundId)} data-testid="config-use-bound">
                    {t("config.useBound")}
                  </Button>
                </div>
              )}
            </>
          ) : context.chatId === null ? (
            <Text>{t("config.createNoMeeting")}</Text>
          ) : (
            <>
              <Text>{t("config.createIntro")}</Text>
              <ErrorBar error={creator.error} data-testid="config-create-error" />
              <CreateAgendaForm objectives={creator.objectives} departments={creator.departments} creating={creator.creating} onCreate={(i) => void create(i)} />
            </>
          )}
        </section>
      )}
      <ErrorBar error={binding.error} />
      {binding.selected && (
        <NoticeBar data-testid="config-selected">{t("config.selected", { title: binding.selected.objectiveTitle })}</NoticeBar>
      )}
    </div>
  );
}
