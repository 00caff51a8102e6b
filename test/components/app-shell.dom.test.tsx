import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { describe, expect, it, vi } from "vitest";
import { AppShell } from "../../src/components/app-shell";
import { PageTitle } from "../../src/components/page-title";
import { useT } from "../../src/components/i18n/use-t";
import { BusyIndicator } from "../../src/components/status/busy-indicator";
import { ErrorBar } from "../../src/components/status/error-bar";
import { themeFor } from "../../src/components/theme";
import { ApiError } from "../../src/platform/ports";

function Greeting() {
  const t = useT();
  return <p>{t("common.loading")}</p>;
}

let shouldThrow = true;
function Exploding() {
  if (shouldThrow) throw new Error("kaboom");
  return <p>recovered</p>;
}

describe("app shell", () => {
  it("leaves Fluent's popup layer unsized, so an open menu never covers the page", async () => {
    render(
      <AppShell lang="en" theme="dark">
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button>Open</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem>One</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </AppShell>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Open" }));
    await screen.findByRole("menuitem", { name: "One" });
    const layer = document.querySelector<HTMLElement>("[data-portal-node]");
    expect(layer).not.toBeNull();
    // The layer gets the provider's classes: none of them may give it a height.
    const provider = document.querySelector<HTMLElement>(".fui-FluentProvider:not([data-portal-node])")!;
    for (const el of [layer!, provider]) {
      const style = getComputedStyle(el);
      expect(style.minHeight === "" || style.minHeight === "auto" || style.minHeight === "0px", style.minHeight).toBe(true);
      expect(style.height === "" || style.height === "auto", style.height).toBe(true);
    }
    // The page's own background is the theme's, on <html>, where no popup layer can copy it.
    expect(document.documentElement.style.backgroundColor).not.toBe("");
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });

  it("titles the page in its language", async () => {
    const { rerender } = render(
      <AppShell lang="ja">
        <PageTitle page="page.meeting" />
      </AppShell>,
    );
    await waitFor(() => expect(document.title).toBe("会議のアジェンダ — Common Purpose"));
    rerender(
      <AppShell lang="en">
        <PageTitle page="page.meeting" />
      </AppShell>,
    );
    await waitFor(() => expect(document.title).toBe("Meeting agenda — Common Purpose"));
  });

  it("maps the host theme to the Teams Fluent themes", () => {
    expect(themeFor("default")).toBe(teamsLightTheme);
    expect(themeFor("dark")).toBe(teamsDarkTheme);
    expect(themeFor("contrast")).toBe(teamsHighContrastTheme);
  });

  it("provides the language to strings and to <html lang>", () => {
    render(
      <AppShell lang="ja">
        <Greeting />
      </AppShell>,
    );
    expect(screen.getByText("読み込んでいます…")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("ja");
  });

  it("marks a nested shell's subtree with its own lang without touching <html>", () => {
    document.documentElement.lang = "ja";
    render(
      <AppShell lang="en" documentLang={false}>
        <Greeting />
      </AppShell>,
    );
    expect(screen.getByText("Loading…").closest("[lang]")).toHaveAttribute("lang", "en");
    expect(document.documentElement.lang).toBe("ja");
  });

  it("catches a render error, says what to do, and can try again", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    shouldThrow = true;
    render(
      <AppShell lang="en">
        <Exploding />
      </AppShell>,
    );
    const boundary = screen.getByTestId("error-boundary");
    expect(boundary).toHaveTextContent("This view stopped because of an unexpected error");
    expect(boundary).toHaveTextContent("kaboom");
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
    shouldThrow = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("recovered")).toBeInTheDocument();
    spy.mockRestore();
  });

  it("shows API errors as a message bar and progress as a live status", () => {
    render(
      <AppShell lang="en">
        <BusyIndicator busy label="Saving…" />
        <ErrorBar error={new ApiError(0, "network", "offline")} />
      </AppShell>,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Saving…");
    expect(screen.getByTestId("error-bar")).toHaveTextContent("Can't reach the server");
  });
});
