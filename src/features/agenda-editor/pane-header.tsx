// The pane's title and its own language switch. The pane starts in the host's display language
// (the MeetingItem port's displayLanguage()); switching it never changes the agenda's language.
import { Select, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core/api/primitives";
import { useT } from "../../components/i18n/use-t";
import { useEditorT } from "./editor-messages";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0 },
  switch: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function PaneHeader({ uiLang, onUiLang }: { uiLang: Lang; onUiLang(lang: Lang): void }) {
  const t = useT();
  const et = useEditorT();
  const styles = useStyles();
  const selectId = useId("pane-ui-language");
  return (
    <header className={styles.root}>
      <Subtitle2 as="h2" className={styles.title}>
        <PhraseText>{et("pane.title")}</PhraseText>
      </Subtitle2>
      <div className={styles.switch}>
        <label htmlFor={selectId} className={styles.label}>
          {et("pane.uiLanguage")}
        </label>
        <Select id={selectId} size="small" value={uiLang} onChange={(_, data) => onUiLang(data.value as Lang)} data-testid="pane-ui-language">
          <option value="ja">{t("common.lang.ja")}</option>
          <option value="en">{t("common.lang.en")}</option>
        </Select>
      </div>
    </header>
  );
}
