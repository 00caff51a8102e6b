// Bad input never crashes the coach, and its work grows linearly with the text — checked by
// counting work and by the shape of every regular expression in the coach, never by the clock.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/coach/analyze";
import type { AnalyzeStats } from "../../../src/core/coach/coach-types";
import { MAX_ENTRY } from "../../../src/core/coach/tagger";
import { mixedText } from "../../bench/mixed-text";

const stats = (): AnalyzeStats => ({ charsScanned: 0, trieSteps: 0, tagsMatched: 0 });
/** The lexicons' trie plus, at most, the tenant's department names. */
const TAGGERS = 2;

describe("coach bad input", () => {
  it("returns nothing for empty or whitespace text, and for what is not a string", () => {
    expect(analyze("")).toEqual([]);
    expect(analyze("   \n\t")).toEqual([]);
    expect(analyze(undefined as unknown as string)).toEqual([]);
  });

  it("survives emoji, lone surrogates and control characters, keeping spans on code-unit boundaries", () => {
    const text = "🙂🙂 \u0000\u0001\u001b[31m それは営業部の仕事でしょう 🚀\uD800 That's not our job.\u0007";
    const findings = analyze(text);
    expect(findings.map((f) => f.ruleId)).toEqual(["ja-deflection", "en-scope"]);
    for (const f of findings) expect(text.slice(...f.span)).toBe(f.text);
  });

  it("analyses 1 MB of mixed text, finding every planted sentence", () => {
    const text = mixedText(1_000_000);
    const planted = text.split("それは営業部の仕事でしょう").length - 1 + text.split("That's not our job").length - 1;
    const findings = analyze(text);
    expect(findings.length).toBeGreaterThanOrEqual(planted);
    for (const f of findings.slice(0, 50)) expect(text.slice(...f.span)).toBe(f.text);
  });

  it("reads each character a bounded number of times, whatever the text (work counted, not timed)", () => {
    const texts = [mixedText(10_000), mixedText(100_000), "a".repeat(100_000), "仕".repeat(50_000), "の仕事".repeat(20_000), "not our ".repeat(10_000), "。".repeat(50_000)];
    for (const text of texts) {
      const s = stats();
      analyze(text, { departments: ["営業部", "Customer Success"] }, s);
      expect(s.charsScanned).toBeLessThanOrEqual(text.length * 2);
      expect(s.trieSteps).toBeLessThanOrEqual(s.charsScanned * MAX_ENTRY * TAGGERS);
      // Each tag is read by the structures a bounded number of times: tags never outnumber characters.
      expect(s.tagsMatched).toBeLessThanOrEqual(s.charsScanned);
    }
  });

  it("uses only linear regular expressions: every quantifier bounded, no quantified group inside a quantified group", () => {
    const patterns = coachRegexLiterals();
    expect(patterns.length).toBeGreaterThan(10);
    for (const { file, source } of patterns) {
      expect(unboundedQuantifiers(source), `${file}: ${source}`).toEqual([]);
      expect(nestedQuantifiedGroups(source), `${file}: ${source}`).toBe(0);
      for (const [, max] of source.matchAll(/\{\d+,(\d+)\}/gu)) expect(Number(max)).toBeLessThanOrEqual(40);
    }
  });
});

/** Every regular-expression literal in src/core/coach (the coach builds none at run time). */
function coachRegexLiterals(): { file: string; source: string }[] {
  const root = fileURLToPath(new URL("../../../src/core/coach/", import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts")) files.push(path);
    }
  };
  walk(root);
  const out: { file: string; source: string }[] = [];
  for (const file of files) {
    const code = readFileSync(file, "utf8");
    expect(code, `${file} builds a RegExp at run time`).not.toMatch(/new RegExp\(/u);
    // A literal starts after an operator or an opening bracket; a class may contain "/".
    for (const m of code.matchAll(/(?<=[=(,:!&|?]\s{0,4}|return\s{1,4}|\n\s{0,8})\/(?![/*])((?:\\.|\[(?:\\.|[^\]\\\n]){0,400}\]|[^/\\\n[]){1,600})\/[dgimsuy]{0,6}/gu)) {
      out.push({ file, source: m[1] as string });
    }
  }
  return out;
}

/** `*`, `+` and `{n,}` outside character classes and escapes. */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "*" || c === "+") found.push(`${c} at ${i}`);
    else if (c === "{" && /^\{\d+,\}/u.test(source.slice(i))) found.push(`{n,} at ${i}`);
  }
  return found;
}

/** Groups that carry a {m,n} quantifier and contain another quantified group. */
function nestedQuantifiedGroups(source: string): number {
  const stack: { quantifiedInside: boolean }[] = [];
  let nested = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push({ quantifiedInside: false });
    else if (c === ")") {
      const group = stack.pop();
      const quantified = /^(?:\{\d+,\d+\}|\?)/u.test(source.slice(i + 1));
      if (quantified && group?.quantifiedInside) nested += 1;
      const parent = stack[stack.length - 1];
      if (parent && (quantified || group?.quantifiedInside)) parent.quantifiedInside = true;
    } else if (c === "{" && stack.length > 0 && /^\{\d+,\d+\}/u.test(source.slice(i))) {
      const top = stack[stack.length - 1];
      if (top) top.quantifiedInside = true;
    }
  }
  return nested;
}
