// The requests' strings of the tab and the task pane (tab.request.*, pane.requests.* in
// messages-requests-*.ts) are all shown somewhere: a key no code asks for — literally, or through a
// template such as `tab.request.status.${status}` — is a leftover that translators would keep
// translating for nothing.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesRequestsEn } from "../../src/components/i18n/messages-requests-en";
import { messagesRequestsJa } from "../../src/components/i18n/messages-requests-ja";

const SRC = path.resolve(__dirname, "../../src");
const CATALOGUES = /[\\/]components[\\/]i18n[\\/]messages-[^\\/]*\.ts$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !CATALOGUES.test(full) ? [full] : [];
  });
}

const code = sources(SRC).map((file) => readFileSync(file, "utf8")).join("\n");
/** Prefixes of keys built in templates: `tab.request.status.${s}` → "tab.request.status.". */
const templatePrefixes = [...code.matchAll(/`([a-z][\w.]*\.)\$\{/gi)].map((m) => m[1]!);
const OURS = /^(tab\.request|pane\.requests)\./;
const isUsed = (key: string) => code.includes(`"${key}"`) || code.includes(`'${key}'`) || templatePrefixes.some((p) => key.startsWith(p));

describe("the requests' catalogue", () => {
  it("has no key that no code asks for, in either language", () => {
    expect(Object.keys(messagesRequestsJa).filter((k) => OURS.test(k) && !isUsed(k))).toEqual([]);
    expect(Object.keys(messagesRequestsEn).filter((k) => OURS.test(k) && !isUsed(k))).toEqual([]);
  });

  it("would notice a leftover (the check is not vacuous)", () => {
    expect(isUsed("tab.request.askedOf")).toBe(false);
    expect(isUsed("tab.request.status.open")).toBe(true);
  });
});
