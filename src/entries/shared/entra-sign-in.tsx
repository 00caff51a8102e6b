// Entra ID mode: sign in (NAA in Outlook and Teams; the Office dialog in older Outlook; Teams SSO or
// Teams' sign-in window where Teams doesn't recommend NAA; a popup in a plain browser — see
// platform/auth/choose-entra-auth.ts), then ask the server who we are. A sign-in window needs a
// click, so when silent sign-in is not enough the user gets a Sign in button.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Me } from "../../core/api/me-contract";
import { useT } from "../../components/i18n/use-t";
import type { PickablePerson } from "../../components/person-picker";
import { createProgressSource } from "../../components/status/request-progress";
import { chooseEntraAuth, detectSignInHost, type EntraClientSettings } from "../../platform/auth/choose-entra-auth";
import { createHttpApiClient } from "../../platform/http/api-client";
import { ApiError, type Auth } from "../../platform/ports";
import { describeError } from "../../components/status/describe-error";
import type { PersonClient } from "./api-for-person";

/** Makes the Auth for these settings; tests pass a fake instead of MSAL. */
export type EntraAuthFactory = (settings: EntraClientSettings, loginHint: string | null) => Auth;

const msalAuthFor: EntraAuthFactory = (settings, loginHint) =>
  chooseEntraAuth({ settings, host: detectSignInHost(), origin: window.location.origin, ...(loginHint ? { loginHint } : {}) }).auth;

export interface EntraSignInProps {
  baseUrl: string;
  settings: EntraClientSettings;
  loginHint?: string | null;
  createAuth?: EntraAuthFactory;
  children(client: PersonClient, person: PickablePerson, switchPerson: null): ReactNode;
}

type State =
  | { kind: "loading" }
  | { kind: "signedIn"; me: Me }
  | { kind: "needsSignIn"; message: string }
  /** Signed in, but the organization may not use the app (multi-tenant service not enabled): signing in again won't help. */
  | { kind: "notEnabled"; error: ApiError };

export function EntraSignIn({ baseUrl, settings, loginHint, createAuth = msalAuthFor, children }: EntraSignInProps) {
  const t = useT();
  const { clientId, apiScope, authority } = settings;
  const client = useMemo(() => {
    const auth = createAuth({ clientId, apiScope, ...(authority ? { authority } : {}) }, loginHint ?? null);
    const progress = createProgressSource();
    return { auth, api: createHttpApiClient({ baseUrl, auth, onProgress: (n) => progress.report(n) }), progress };
  }, [baseUrl, clientId, apiScope, authority, loginHint, createAuth]);
  const [state, setState] = useState<State>({ kind: "loading" });

  const load = useCallback(() => {
    client.api.me().then(
      (me) => setState({ kind: "signedIn", me }),
      (error: unknown) =>
        setState(
          error instanceof ApiError && error.code === "tenant_not_enabled"
            ? { kind: "notEnabled", error }
            : { kind: "needsSignIn", message: error instanceof Error ? error.message : String(error) },
        ),
    );
  }, [client]);
  useEffect(load, [load]);

  if (state.kind === "loading") return <main><Spinner size="small" label={t("auth.signingIn")} /></main>;
  if (state.kind === "notEnabled") {
    return (
      <main>
        <MessageBar intent="warning" layout="multiline" data-testid="tenant-not-enabled">
          <MessageBarBody>{describeError(state.error, t)}</MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (state.kind === "needsSignIn") {
    return (
      <main>
        <MessageBar intent="info" layout="multiline" data-testid="entra-sign-in">
          <MessageBarBody>
            <MessageBarTitle>{t("auth.signInTitle")}</MessageBarTitle>
            {t("auth.signInBody")} ({state.message})
          </MessageBarBody>
          <Button
            appearance="primary"
            onClick={() => {
              // Called straight from the click, so the browser (or Teams) lets the sign-in window open.
              const asking = client.auth.getToken({ forceRefresh: true, interactive: true });
              setState({ kind: "loading" });
              asking.then(load, (error: unknown) => setState({ kind: "needsSignIn", message: error instanceof Error ? error.message : String(error) }));
            }}
          >
            {t("auth.signInButton")}
          </Button>
        </MessageBar>
      </main>
    );
  }
  const person: PickablePerson = { email: state.me.email, name: state.me.name, department: state.me.department };
  return <>{children({ api: client.api, progress: client.progress }, person, null)}</>;
}
