import { describe, expect, it } from "vitest";
import { messagesEn } from "../../src/components/i18n/messages-en";
import { messagesJa } from "../../src/components/i18n/messages-ja";
import { pickLang, translate } from "../../src/components/i18n/use-t";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  it("have the same keys in Japanese and English", () => {
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesJa).sort());
  });

  it("have the same placeholders in both languages, and no empty strings", () => {
    for (const [key, ja] of Object.entries(messagesJa)) {
      const en = messagesEn[key as keyof typeof messagesJa];
      expect(placeholders(en), key).toEqual(placeholders(ja));
      expect(ja.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("en", "common.tooLong", { max: 2000, count: 2001 })).toBe("Use at most 2000 characters (now 2001).");
    expect(translate("ja", "common.tooLong", { max: 2000 })).toBe("2000 文字以内で入力してください（現在 {count} 文字）。");
  });

  it("picks Japanese for ja* locales and English otherwise", () => {
    expect(pickLang("ja-JP")).toBe("ja");
    expect(pickLang("JA")).toBe("ja");
    expect(pickLang("en-US")).toBe("en");
    expect(pickLang("fr-FR")).toBe("en");
    expect(pickLang(undefined)).toBe("en");
  });
});
