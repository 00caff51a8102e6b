// "Share to stage" for the meeting side panel. Teams allows it only in some meetings and for some
// roles, so the button appears only after the capability check says yes.
import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { usePorts } from "../../components/ports-context";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import { useAction } from "../../components/status/use-action";
import { stageUrl } from "./stage-url";

export interface ShareToStageButtonProps {
  agendaId: string;
  /** Where the stage page is served (the page's own origin in the entry). */
  origin: string;
}

export function ShareToStageButton({ agendaId, origin }: ShareToStageButtonProps) {
  const t = useT();
  const { teams } = usePorts();
  const [capable, setCapable] = useState(false);
  const [shared, setShared] = useState(false);
  const action = useAction();

  useEffect(() => {
    let active = true;
    setCapable(false);
    if (!teams) return;
    teams.canShareToStage().then(
      (yes) => active && setCapable(yes),
      () => active && setCapable(false),
    );
    return () => {
      active = false;
    };
  }, [teams]);

  if (!teams || !capable) return null;
  const share = async () => {
    setShared(false);
    const done = await action.run(async () => {
      await teams.shareToStage(stageUrl(origin, agendaId));
      return true;
    });
    if (done) setShared(true);
  };
  return (
    <div data-testid="share-to-stage-area">
      <Button appearance="primary" size="small" disabled={action.busy} onClick={() => void share()} data-testid="share-to-stage">
        {t("stage.share")}
      </Button>
      {shared && <NoticeBar data-testid="share-to-stage-done">{t("stage.shared")}</NoticeBar>}
      <ErrorBar error={action.error} onDismiss={action.clearError} />
    </div>
  );
}
