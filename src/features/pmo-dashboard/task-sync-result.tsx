// What the last "Sync to To Do" did: the task's link on success; on failure what happened and what
// to do, in the user's words (what to configure is the server log's business, not theirs).
import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT, type TFunction } from "../../components/i18n/use-t";
import { describeError } from "../../components/status/describe-error";
import { ApiError } from "../../platform/ports";
import type { TaskSyncOutcome } from "./hooks/use-task-sync";

export function describeSyncError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && !error.isNetwork) {
    if (error.status === 409) return t("pmo.sync.conflict", { message: error.message });
    if (error.status === 403) return t("pmo.sync.forbidden");
    if (error.status === 429) return t("pmo.sync.busy");
  }
  return describeError(error, t);
}

export function TaskSyncResult({ outcome, onDismiss }: { outcome: TaskSyncOutcome | null; onDismiss(): void }) {
  const t = useT();
  if (!outcome) return null;
  const action = outcome.commitment.action;
  const failed = outcome.kind === "failed";
  return (
    <MessageBar
      intent={failed ? "error" : "success"}
      politeness={failed ? "assertive" : "polite"}
      layout="multiline"
      data-testid={failed ? "pmo-sync-error" : "pmo-sync-done"}
    >
      <MessageBarBody>
        <MessageBarTitle>{failed ? t("pmo.sync.failedTitle", { action }) : t("pmo.sync.doneTitle", { action })}</MessageBarTitle>
        {failed ? (
          describeSyncError(outcome.error, t)
        ) : (
          <>
            {t(outcome.result.created ? "pmo.sync.created" : "pmo.sync.updated")}{" "}
            {outcome.result.webUrl && (
              <Link href={outcome.result.webUrl} target="_blank" rel="noopener noreferrer" data-testid="pmo-sync-link">
                {t("pmo.sync.open")}
              </Link>
            )}
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t("common.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
