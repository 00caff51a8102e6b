// The ja/en switch: links to the same page with ?lang= changed and every other parameter kept; a
// plain click switches in place (the address follows), a modified click is left to the browser.
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { AppShell } from "../../src/components/app-shell";
import { LangSwitch, hrefInLang } from "../../src/components/lang-switch";
import type { Lang } from "../../src/core/api/primitives";

function Page({ start }: { start: Lang }) {
  const [lang, setLang] = useState<Lang>(start);
  return (
    <AppShell lang={lang}>
      <LangSwitch lang={lang} onChange={setLang} />
    </AppShell>
  );
}

afterEach(() => window.history.replaceState(null, "", "/"));

describe("LangSwitch", () => {
  it("keeps the path, the other parameters and the hash", () => {
    expect(hrefInLang("en", { pathname: "/pmo", search: "?status=open&lang=ja&q=%E4%BE%A1", hash: "#x" })).toBe("/pmo?status=open&lang=en&q=%E4%BE%A1#x");
    expect(hrefInLang("ja", { pathname: "/pmo", search: "", hash: "" })).toBe("/pmo?lang=ja");
  });

  it("switches in place on a plain click, and writes the language into the address", () => {
    window.history.replaceState(null, "", "/pmo?group=none");
    render(<Page start="en" />);
    const ja = screen.getByTestId("lang-switch-ja");
    expect(ja).toHaveAttribute("href", "/pmo?group=none&lang=ja");
    expect(ja).toHaveAttribute("lang", "ja");
    expect(screen.getByTestId("lang-switch-en")).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("navigation", { name: "Language" })).toBeInTheDocument();
    fireEvent.click(ja);
    expect(window.location.search).toBe("?group=none&lang=ja");
    expect(document.documentElement.lang).toBe("ja");
    expect(screen.getByTestId("lang-switch-ja")).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("navigation", { name: "言語" })).toBeInTheDocument();
  });

  it("leaves a modified click to the browser (a new tab keeps this page as it is)", () => {
    window.history.replaceState(null, "", "/pmo");
    render(<Page start="en" />);
    fireEvent.click(screen.getByTestId("lang-switch-ja"), { ctrlKey: true });
    expect(window.location.search).toBe("");
    expect(screen.getByTestId("lang-switch-en")).toHaveAttribute("aria-current", "true");
  });
});
