// A 401 that the silent token refresh could not fix: ask the user to sign in, from a click (so the
// browser allows the sign-in popup). Drafts and the queue stay in local storage meanwhile.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useState } from "react";
import { usePorts } from "../../../components/ports-context";
import { useT } from "../../../components/i18n/use-t";
import { ErrorBar } from "../../../components/status/error-bar";

export function SignInAgain({ onSignedIn }: { onSignedIn(): void }) {
  const t = useT();
  const { api } = usePorts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const signIn = () => {
    if (!api.signInAgain) return onSignedIn();
    setBusy(true);
    setError(null);
    // Started synchronously inside the click handler: a popup opened later would be blocked.
    api.signInAgain().then(
      () => {
        setBusy(false);
        onSignedIn();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err);
      },
    );
  };
  return (
    <div data-testid="sign-in-again">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("tab.signIn.title")}</MessageBarTitle>
          {t("tab.signIn.body")}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={busy} onClick={signIn} data-testid="sign-in-again-button">
            {t("tab.signIn.button")}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
    </div>
  );
}
