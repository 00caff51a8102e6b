import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Lang } from "../../../src/core/api/primitives";
import { CoachHints } from "../../../src/components/coach/coach-hints";
import { loadCoach } from "../../../src/components/coach/load-coach";
import { PurposeScore } from "../../../src/components/coach/purpose-score-badge";
import { I18nProvider } from "../../../src/components/i18n/i18n-provider";

const OBJECTIVE = "大手企業向けのCRMビジネスを拡大する";

function Field({ initial = "", lang = "ja" as Lang, onSave = (_: string) => {} }) {
  const [value, setValue] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <textarea aria-label="text" value={value} onChange={(e) => setValue(e.target.value)} />
        <CoachHints value={value} onApply={setValue} objective={OBJECTIVE} debounceMs={200} />
        <button onClick={() => onSave(value)}>save</button>
      </I18nProvider>
    </FluentProvider>
  );
}

// The coach loads on first use, in its own chunk; loaded once here, hints then follow the debounce alone.
beforeAll(async () => {
  await loadCoach();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const type = (text: string) => fireEvent.change(screen.getByLabelText("text"), { target: { value: text } });
const settle = () => act(() => vi.advanceTimersByTime(250));

describe("CoachHints", () => {
  it("shows a hint only after typing pauses (debounced), then why and use-suggestion", () => {
    render(<Field />);
    type("それは営業部の仕事でしょう");
    expect(screen.queryByTestId("coach-hint")).toBeNull();
    act(() => vi.advanceTimersByTime(100));
    type("それは営業部の仕事でしょう。");
    act(() => vi.advanceTimersByTime(150));
    expect(screen.queryByTestId("coach-hint")).toBeNull();
    settle();
    const hint = screen.getByTestId("coach-hint");
    expect(hint.dataset.rule).toBe("ja-deflection");
    expect(hint.dataset.kind).toBe("deflection");
    expect(screen.getByTestId("coach-kind").textContent).toBe("他部署への押し付け");
    expect(screen.getByTestId("coach-suggestion").textContent).toContain(OBJECTIVE);

    expect(screen.queryByTestId("coach-why")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "なぜ？" }));
    expect(screen.getByTestId("coach-why").textContent).toMatch(/共通の目的/);
    expect(screen.getByRole("button", { name: "閉じる" })).toHaveAttribute("aria-expanded", "true");

    fireEvent.click(screen.getByRole("button", { name: "提案を使う" }));
    const value = (screen.getByLabelText("text") as HTMLTextAreaElement).value;
    expect(value).toContain(OBJECTIVE);
    expect(value).not.toContain("営業部の仕事");
    settle();
    expect(screen.queryByTestId("coach-hint")).toBeNull();
  });

  it("speaks English in an English UI", () => {
    render(<Field lang="en" />);
    type("That's not our job.");
    settle();
    expect(screen.getByRole("button", { name: "Use suggestion" })).toBeInTheDocument();
    expect(screen.getByTestId("coach-kind").textContent).toBe("Drawing the line at our scope");
    fireEvent.click(screen.getByRole("button", { name: "Why?" }));
    expect(screen.getByTestId("coach-why").textContent).toMatch(/not our scope/);
  });

  it("renders nothing for fine wording and never blocks saving", () => {
    const onSave = vi.fn();
    render(<Field onSave={onSave} />);
    type("どうしたら企画部がAIに取り組めるか、一緒に考えましょう");
    settle();
    expect(screen.queryByTestId("coach-hints")).toBeNull();
    type("それは営業部の仕事でしょう");
    settle();
    expect(screen.getByTestId("coach-hint")).toBeInTheDocument();
    fireEvent.click(screen.getByText("save"));
    expect(onSave).toHaveBeenCalledWith("それは営業部の仕事でしょう");
  });

  it("shows nothing for a limitation that offers help", () => {
    render(<Field />);
    type("うちの範囲外だけど、この目的のためなら週に半日は出せます");
    settle();
    expect(screen.queryByTestId("coach-hints")).toBeNull();
  });

  it("clears hints at once when the field is emptied", () => {
    render(<Field initial="それは営業部の仕事でしょう" />);
    settle();
    expect(screen.getByTestId("coach-hint")).toBeInTheDocument();
    type("");
    expect(screen.queryByTestId("coach-hint")).toBeNull();
  });
});

describe("PurposeScore", () => {
  const wrap = (score: number | null | undefined, lang: Lang = "ja") =>
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider lang={lang}>
          <PurposeScore score={score} />
        </I18nProvider>
      </FluentProvider>,
    );

  it("shows the score with a label in the UI language", () => {
    wrap(85);
    expect(screen.getByTestId("purpose-score").textContent).toBe("目的ファースト 85");
    expect(screen.getByTestId("purpose-score").dataset.score).toBe("85");
  });

  it("shows a dash when the agenda is not scored yet", () => {
    wrap(null, "en");
    expect(screen.getByTestId("purpose-score").textContent).toBe("Purpose-first —");
  });
});
