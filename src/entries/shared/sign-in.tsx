// Who the user is, decided by the server's auth mode (GET /api/client-config): in local mode a demo
// person (remembered in this browser, or given by the host), in Entra mode MSAL sign-in (entra-sign-in.tsx).
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState, type ReactNode } from "react";
import { DEMO_PEOPLE } from "../../core/demo/demo-people";
import { useT } from "../../components/i18n/use-t";
import { PersonPicker, type PickablePerson } from "../../components/person-picker";
import { apiForPerson, type LocalPerson, type PersonClient } from "./api-for-person";
import type { ClientConfig } from "../../core/api/sign-in-contract";
import type { EntraAuthFactory } from "./entra-sign-in";
import { rememberPerson, rememberedPerson } from "./remembered-person";
import { fetchClientConfig } from "./server-mode";

export interface SignInProps {
  baseUrl: string;
  /** Sign in as this email without asking (the host's user hint in local mode). */
  knownEmail?: string | null;
  knownName?: string | null;
  /** Preselected in the picker when nobody is remembered. */
  defaultEmail?: string;
  children(client: PersonClient, person: PickablePerson, switchPerson: (() => void) | null): ReactNode;
  /** Entra mode: how to make the Auth (defaults to MSAL by host); tests pass a fake. */
  createEntraAuth?: EntraAuthFactory;
}

// MSAL is a third of the vendor code and only Entra mode needs it: loaded when the server says so.
const EntraSignIn = lazy(() => import("./entra-sign-in").then((m) => ({ default: m.EntraSignIn })));

function personFor(email: string, name?: string | null): PickablePerson & LocalPerson {
  const demo = DEMO_PEOPLE.find((p) => p.email === email.toLowerCase());
  return demo ?? { email, name: name ?? email, department: "" };
}

export function SignIn({ baseUrl, knownEmail, knownName, defaultEmail, children, createEntraAuth }: SignInProps) {
  const t = useT();
  const [mode, setMode] = useState<ClientConfig | "loading" | "down">("loading");
  const [attempt, setAttempt] = useState(0);
  const [email, setEmail] = useState<string | null>(() => knownEmail ?? rememberedPerson());

  useEffect(() => {
    let active = true;
    setMode("loading");
    fetchClientConfig(baseUrl).then(
      (m) => active && setMode(m),
      () => active && setMode("down"),
    );
    return () => {
      active = false;
    };
  }, [baseUrl, attempt]);

  // One client per person: it caches that person's token.
  const signedIn = useMemo(() => {
    if (!email) return null;
    const person = personFor(email, email === knownEmail ? knownName : null);
    return { person, client: apiForPerson(baseUrl, person) };
  }, [baseUrl, email, knownEmail, knownName]);

  if (mode === "loading") return <main><Spinner size="small" label={t("common.loading")} /></main>;
  if (mode === "down") {
    return (
      <main>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("error.title")}</MessageBarTitle>
          {t("entry.serverDown")}
        </MessageBarBody>
        <Button onClick={() => setAttempt((n) => n + 1)}>{t("boundary.retry")}</Button>
      </MessageBar>
      </main>
    );
  }
  if (mode.authMode === "entra" && mode.clientId && mode.apiScope) {
    const settings = { clientId: mode.clientId, apiScope: mode.apiScope, ...(mode.authority ? { authority: mode.authority } : {}) };
    return (
      <Suspense fallback={<main><Spinner size="small" label={t("auth.signingIn")} /></main>}>
        <EntraSignIn baseUrl={baseUrl} settings={settings} loginHint={knownEmail ?? null} {...(createEntraAuth ? { createAuth: createEntraAuth } : {})}>
          {children}
        </EntraSignIn>
      </Suspense>
    );
  }
  if (!signedIn) {
    return (
      <main>
        <PersonPicker
          people={DEMO_PEOPLE}
          initialEmail={defaultEmail ?? null}
          onPick={(p) => {
            rememberPerson(p.email);
            setEmail(p.email);
          }}
        />
      </main>
    );
  }
  const switchPerson = knownEmail
    ? null
    : () => {
        rememberPerson(null);
        setEmail(null);
      };
  return <>{children(signedIn.client, signedIn.person, switchPerson)}</>;
}
