import { render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Lang } from "../../src/core/api/primitives";

const OBJECTIVE = "大手企業向けのCRMビジネスを拡大する";

// Counts how often the phrase breaker's library is taken from an import: the mocked module is
// cached across tests, so the count is of every read of its parser class, which a load makes once.
const budoux = vi.hoisted(() => ({ imports: 0 }));
vi.mock("budoux", async (importOriginal) => {
  const real = await importOriginal<typeof import("budoux")>();
  return {
    ...real,
    get Parser() {
      budoux.imports++;
      return real.Parser;
    },
  };
});

// Each test gets fresh modules, so a parser loaded by one test never hides another's import.
async function fresh() {
  vi.resetModules();
  const [{ AppShell }, { PhraseText }, { NumberedHeading }] = await Promise.all([
    import("../../src/components/app-shell"),
    import("../../src/components/phrase-text"),
    import("../../src/components/numbered-heading"),
  ]);
  const heading = (text: string, lang: Lang = "ja") =>
    render(
      <AppShell lang={lang}>
        <h1 data-testid="title">
          <PhraseText>{text}</PhraseText>
        </h1>
      </AppShell>,
    );
  return { AppShell, NumberedHeading, heading };
}

/** The heading's children as the browser sees them: text runs, and <wbr> as "|". */
function pieces(el: HTMLElement): string {
  const walk = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE ? (node.textContent ?? "") : node.nodeName === "WBR" ? "|" : [...node.childNodes].map(walk).join("");
  return walk(el);
}

beforeEach(() => {
  budoux.imports = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("PhraseText where the engine has no word-break: auto-phrase", () => {
  for (const [engine, css] of [
    ["without CSS.supports", {}],
    ["with CSS.supports saying no", { supports: () => false }],
  ] as const) {
    it(`${engine}: Japanese headings break between BudouX's phrases and nowhere else`, async () => {
      vi.stubGlobal("CSS", css);
      const { heading } = await fresh();
      heading(OBJECTIVE);
      const title = screen.getByTestId("title");
      await vi.waitFor(() => expect(pieces(title)).toBe("大手企業向けの|CRMビジネスを|拡大する"));
      expect(title.textContent).toBe(OBJECTIVE);
      const phrases = title.querySelector("[data-phrases]") as HTMLElement;
      expect(getComputedStyle(phrases).wordBreak).toBe("keep-all");
      expect(getComputedStyle(phrases).overflowWrap).toBe("anywhere");
      expect(budoux.imports).toBe(1);
    });
  }

  it("CSS absent altogether: still the phrases", async () => {
    vi.stubGlobal("CSS", undefined);
    const { heading } = await fresh();
    heading(OBJECTIVE, "en");
    await vi.waitFor(() => expect(pieces(screen.getByTestId("title"))).toBe("大手企業向けの|CRMビジネスを|拡大する"));
  });

  it("a numbered section heading's words get the phrases too", async () => {
    vi.stubGlobal("CSS", { supports: () => false });
    const { AppShell, NumberedHeading } = await fresh();
    render(
      <AppShell lang="ja">
        <NumberedHeading number={4}>今後のフォローアップ事項</NumberedHeading>
      </AppShell>,
    );
    const h2 = screen.getByRole("heading", { level: 2 });
    await vi.waitFor(() => expect(h2.querySelector("wbr")).not.toBeNull());
    expect(h2.textContent).toBe("4.今後のフォローアップ事項");
  });

  it("English text stays as it is and never loads the phrase breaker", async () => {
    vi.stubGlobal("CSS", { supports: () => false });
    const { heading } = await fresh();
    heading("Grow the CRM business with large enterprises", "en");
    const title = screen.getByTestId("title");
    expect(title.innerHTML).toBe("Grow the CRM business with large enterprises");
    // Kanji alone are Chinese as much as Japanese: phrases only where the page is Japanese.
    heading("経営企画部", "en");
    await vi.dynamicImportSettled();
    expect(budoux.imports).toBe(0);
  });
});

describe("PhraseText where the engine breaks phrases itself", () => {
  it("renders the plain text and never imports BudouX", async () => {
    const supports = vi.fn((property: string, value: string) => property === "word-break" && value === "auto-phrase");
    vi.stubGlobal("CSS", { supports });
    const { heading } = await fresh();
    heading(OBJECTIVE);
    const title = screen.getByTestId("title");
    expect(title.innerHTML).toBe(OBJECTIVE);
    expect(supports).toHaveBeenCalledWith("word-break", "auto-phrase");
    // Any lazy import started would have settled by now.
    await vi.dynamicImportSettled();
    expect(title.innerHTML).toBe(OBJECTIVE);
    expect(budoux.imports).toBe(0);
  });
});
