// SignIn in Entra mode: the client config from the server drives MSAL (faked here at the Auth port),
// the signed-in person comes from GET /api/me, and a failed silent sign-in offers a Sign in button.
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { I18nProvider } from "../../../src/components/i18n/i18n-provider";
import type { EntraClientSettings } from "../../../src/platform/auth/choose-entra-auth";
import { SignInRequiredError, type Auth } from "../../../src/platform/ports";
import { SignIn } from "../../../src/entries/shared/sign-in";

const CLIENT_CONFIG = {
  authMode: "entra",
  clientId: "0f8fad5b-d9cb-469f-a165-70867728950e",
  apiScope: "api://agenda.example.com/0f8fad5b-d9cb-469f-a165-70867728950e/access_as_user",
  authority: "https://login.microsoftonline.com/organizations",
};
const ME = { tenantId: "t", userId: "u", email: "aiko@contoso.com", name: "Aiko Tanaka", roles: [], isPmo: false, department: "Sales" };

function serve(seen: { url: string; authorization: string | null }[]) {
  vi.stubGlobal("fetch", async (input: string, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, authorization: new Headers(init?.headers).get("authorization") });
    const body = url.endsWith("/api/client-config") ? CLIENT_CONFIG : url.endsWith("/api/me") ? ME : { error: { code: "not_found", message: "no" } };
    return new Response(JSON.stringify(body), { status: url.endsWith("/api/me") || url.endsWith("/api/client-config") ? 200 : 404, headers: { "content-type": "application/json" } });
  });
}
afterEach(() => vi.unstubAllGlobals());

function renderSignIn(createEntraAuth: (s: EntraClientSettings, hint: string | null) => Auth) {
  return render(
    <I18nProvider lang="en">
      <SignIn baseUrl="https://agenda.example.com" knownEmail="aiko@contoso.com" createEntraAuth={createEntraAuth}>
        {(_client, person) => <p>signed in as {person.name} ({person.department})</p>}
      </SignIn>
    </I18nProvider>,
  );
}

describe("SignIn in Entra mode", () => {
  it("passes the server's client id, scope and authority to the sign-in, and uses its token for /api/me", async () => {
    const seen: { url: string; authorization: string | null }[] = [];
    serve(seen);
    const made: unknown[] = [];
    renderSignIn((settings, hint) => {
      made.push({ settings, hint });
      return { getToken: async () => "entra-token" };
    });
    expect(await screen.findByText("signed in as Aiko Tanaka (Sales)")).toBeInTheDocument();
    expect(made).toEqual([{ settings: { clientId: CLIENT_CONFIG.clientId, apiScope: CLIENT_CONFIG.apiScope, authority: CLIENT_CONFIG.authority }, hint: "aiko@contoso.com" }]);
    expect(seen.find((r) => r.url.endsWith("/api/me"))?.authorization).toBe("Bearer entra-token");
  });

  it("shows a Sign in button when silent sign-in fails, and signs in on click", async () => {
    serve([]);
    let allowed = false;
    const calls: (string | undefined)[] = [];
    renderSignIn(() => ({
      getToken: async (opts) => {
        calls.push(opts?.interactive ? "interactive" : undefined);
        if (!allowed) throw new SignInRequiredError("Sign-in was cancelled");
        return "t";
      },
    }));
    const button = await screen.findByRole("button", { name: "Sign in" });
    expect(screen.getByText(/Sign-in was cancelled/)).toBeInTheDocument();
    allowed = true;
    fireEvent.click(button);
    expect(await screen.findByText("signed in as Aiko Tanaka (Sales)")).toBeInTheDocument();
    // The click asks for the interactive sign-in (popup, Office dialog or Teams' sign-in window).
    await waitFor(() => expect(calls).toContain("interactive"));
  });

  it("an organization that has not enabled the multi-tenant service: says so and where its administrator enables it, with no Sign in button", async () => {
    vi.stubGlobal("fetch", async (input: string) => {
      const url = String(input);
      if (url.endsWith("/api/client-config")) return new Response(JSON.stringify(CLIENT_CONFIG), { status: 200, headers: { "content-type": "application/json" } });
      const body = { error: { code: "tenant_not_enabled", message: "Your organization's administrator has not enabled Common Purpose. An administrator can enable it at https://cp.example.com/onboarding" } };
      return new Response(JSON.stringify(body), { status: 403, headers: { "content-type": "application/json" } });
    });
    renderSignIn(() => ({ getToken: async () => "t" }));
    const notice = await screen.findByTestId("tenant-not-enabled");
    expect(notice).toHaveTextContent("Common Purpose is not enabled for your organization");
    expect(notice).toHaveTextContent("https://cp.example.com/onboarding");
    expect(screen.queryByRole("button", { name: "Sign in" })).toBeNull();
  });
});
