// Outside Teams there is no Save button around the page: this bar plays Teams' part on the fake
// host, so the page can be tried (and tested end to end) in a plain browser.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import type { FakeTeamsMeeting, SavedTeamsConfig } from "../../platform/fakes/fake-teams-meeting";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function BrowserSaveBar({ teams }: { teams: FakeTeamsMeeting }) {
  const t = useT();
  const styles = useStyles();
  const [saved, setSaved] = useState<SavedTeamsConfig | null>(null);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setError(null);
    try {
      setSaved(await teams.triggerSave());
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className={styles.bar} role="region" aria-label={t("config.browserSave")}>
      <Button appearance="primary" onClick={() => void save()} data-testid="config-browser-save">
        {t("common.save")}
      </Button>
      {saved && (
        <Text data-testid="config-browser-saved" data-entity-id={saved.entityId}>
          {t("config.browserSaved", { url: saved.contentUrl })}
        </Text>
      )}
      <ErrorBar error={error} />
    </div>
  );
}
