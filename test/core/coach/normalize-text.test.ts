import { describe, expect, it } from "vitest";
import { normalizeText, originalSpan } from "../../../src/core/coach/normalize-text";

describe("normalizeText", () => {
  it("folds full-width ASCII, half-width katakana (with voiced marks) and polite endings", () => {
    expect(normalizeText("ＣＲＭ１２３").text).toBe("CRM123");
    expect(normalizeText("ｿﾚﾊ営業部ﾉ仕事ﾃﾞｼｮｳ").text).toBe("ソレハ営業部ノ仕事だろう");
    expect(normalizeText("ｶﾞｷﾞﾊﾟ").text).toBe("ガギパ");
    expect(normalizeText("仕事でしょう").text).toBe("仕事だろう");
    expect(normalizeText("担当ではありません").text).toBe("担当じゃない");
    expect(normalizeText("じゃないですか").text).toBe("じゃないか");
    expect(normalizeText("無理です").text).toBe("無理だ");
  });

  it("folds spelling variants of the same word (kana and kanji)", () => {
    expect(normalizeText("ウチのシゴトじゃない").text).toBe("うちの仕事じゃない");
    expect(normalizeText("ムリ").text).toBe("無理");
    expect(normalizeText("むり").text).toBe("無理");
    expect(normalizeText("僕らは").text).toBe("私たちは");
  });

  it("leaves katakana words that merely contain an ending alone (デスク is not です)", () => {
    expect(normalizeText("デスク").text).toBe("デスク");
  });

  it("straightens curly quotes so English possessives match", () => {
    expect(normalizeText("Sales’ job").text).toBe("Sales' job");
  });

  it("maps every normalised span back to the original text", () => {
    const original = "ｿﾚﾊ営業部ﾉ仕事ﾃﾞｼｮｳ。";
    const norm = normalizeText(original);
    const at = norm.text.indexOf("仕事だろう");
    const [start, end] = originalSpan(norm, at, at + "仕事だろう".length, original.length);
    expect(original.slice(start, end)).toBe("仕事ﾃﾞｼｮｳ");
    const growing = normalizeText("僕らの仕事");
    const [s2, e2] = originalSpan(growing, 0, 3, 5);
    expect("僕らの仕事".slice(s2, e2)).toBe("僕ら");
  });

  it("keeps emoji (surrogate pairs) and control characters intact", () => {
    const text = "👍\u0000\u0007それは\uD83D";
    expect(normalizeText(text).text).toBe(text);
  });
});
