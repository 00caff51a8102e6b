import { fireEvent, render, screen } from "@testing-library/react";
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { describe, expect, it, vi } from "vitest";
import { AppShell } from "../../src/components/app-shell";
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
