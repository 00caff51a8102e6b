import { describe, expect, it } from "vitest";
import { wrapText } from "../../../src/core/text/wrap-text";

describe("wrapText", () => {
  it("breaks English at spaces within the width", () => {
    expect(wrapText("the quick brown fox jumps over", 10)).toEqual(["the quick", "brown fox", "jumps over"]);
  });

  it("breaks Japanese (no spaces) every width code points", () => {
    expect(wrapText("共通の目的のために何ができるか", 5)).toEqual(["共通の目的", "のために何", "ができるか"]);
  });

  it("counts astral characters as one", () => {
    expect(wrapText("😀😀😀😀", 2)).toEqual(["😀😀", "😀😀"]);
  });

  it("keeps the text's own line breaks and blank lines", () => {
    expect(wrapText("a\r\n\nb", 10)).toEqual(["a", "", "b"]);
  });

  it("never breaks a URL", () => {
    const url = `https://example.com/${"x".repeat(30)}`;
    expect(wrapText(`see ${url} now`, 10)).toEqual(["see", url, "now"]);
  });

  it("rejects a width below one", () => {
    expect(() => wrapText("x", 0)).toThrow(RangeError);
  });
});
