// Who the user is, decided by the server's auth mode: in local mode a demo person (remembered in this
// browser, or given by the host), in Entra mode a message until MSAL sign-in arrives.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { DEMO_PEOPLE } from "../../core/demo/demo-people";
import { useT } from "../../components/i18n/use-t";
import { PersonPicker, type PickablePerson } from "../../components/person-picker";
import { apiForPerson, type LocalPerson, type PersonClient } from "./api-for-person";
import { rememberPerson, rememberedPerson } from "./remembered-person";
import { fetchAuthMode, type AuthMode } from "./server-mode";

export interface SignInProps {
  baseUrl: string;
  /** Sign in as this email without asking (the host's user hint in local mode). */
  knownEmail?: string | null;
  knownName?: string | null;
  /** Preselected in the picker when nobody is remembered. */
  defaultEmail?: string;
  children(client: PersonClient, person: PickablePerson, switchPerson: (() => void) | null): ReactNode;
}

function personFor(email: string, name?: string | null): PickablePerson & LocalPerson {
  const demo = DEMO_PEOPLE.find((p) => p.email === email.toLowerCase());
  return demo ?? { email, name: name ?? email, department: "" };
}

export function SignIn({ baseUrl, knownEmail, knownName, defaultEmail, children }: SignInProps) {
  const t = useT();
  const [mode, setMode] = useState<AuthMode | "loading" | "down">("loading");
  const [attempt, setAttempt] = useState(0);
  const [email, setEmail] = useState<string | null>(() => knownEmail ?? rememberedPerson());

  useEffect(() => {
    let active = true;
    setMode("loading");
    fetchAuthMode(baseUrl).then(
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
  if (mode === "entra") {
    return (
      <main>
        <MessageBar intent="warning" layout="multiline" data-testid="entra-not-configured">
          <MessageBarBody>
            <MessageBarTitle>{t("auth.entraTitle")}</MessageBarTitle>
            {t("auth.entraBody")}
          </MessageBarBody>
        </MessageBar>
      </main>
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
