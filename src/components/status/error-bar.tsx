// The one way a failed request is shown: a Fluent MessageBar with what happened and what to do.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT } from "../i18n/use-t";
import { describeError } from "./describe-error";

export interface ErrorBarProps {
  error: unknown;
  onDismiss?: () => void;
  "data-testid"?: string;
}

export function ErrorBar({ error, onDismiss, "data-testid": testId = "error-bar" }: ErrorBarProps) {
  const t = useT();
  if (error === null || error === undefined) return null;
  return (
    <MessageBar intent="error" politeness="assertive" data-testid={testId} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("error.title")}</MessageBarTitle>
        {describeError(error, t)}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" appearance="transparent" onClick={onDismiss}>
            {t("common.dismiss")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
