// Bad input never crashes the coach, and its work grows linearly with the text — checked by
// counting work and by the shape of every pattern, never by the clock.
import { describe, expect, it } from "vitest";
import type { AnalyzeStats } from "../../../src/core/coach/coach-types";
import { analyze } from "../../../src/core/coach/analyze";
import { COACH_RULES } from "../../../src/core/coach/rule-list";
import { mixedText } from "../../bench/mixed-text";

const stats = (): AnalyzeStats => ({ charsScanned: 0, regexExecs: 0 });
const PATTERN_COUNT = COACH_RULES.reduce((n, r) => n + r.patterns.length, 0);

describe("coach bad input", () => {
  it("returns nothing for empty or whitespace text", () => {
    expect(analyze("")).toEqual([]);
    expect(analyze("   \n\t")).toEqual([]);
  });

  it("survives emoji, lone surrogates and control characters, keeping spans on code-unit boundaries", () => {
    const text = "🙂🙂 \u0000\u0001\u001b[31m それは営業部の仕事でしょう 🚀\uD800 That's not our job.\u0007";
    const findings = analyze(text);
    expect(findings.map((f) => f.ruleId)).toEqual(["ja-others-job", "en-not-our-job"]);
    for (const f of findings) expect(text.slice(...f.span)).toBe(f.text);
  });

  it("analyses 1 MB of mixed text, finding every planted sentence", () => {
    const text = mixedText(1_000_000);
    const planted = text.split("それは営業部の仕事でしょう").length - 1 + text.split("That's not our job").length - 1;
    const findings = analyze(text);
    expect(findings.length).toBeGreaterThanOrEqual(planted);
    for (const f of findings.slice(0, 50)) expect(text.slice(...f.span)).toBe(f.text);
  });

  it("scans each character once per pattern, whatever the text (work counted, not timed)", () => {
    for (const text of [mixedText(10_000), mixedText(100_000), "a".repeat(100_000), "仕".repeat(50_000), "の仕事".repeat(20_000)]) {
      const s = stats();
      const findings = analyze(text, {}, s);
      expect(s.charsScanned).toBeLessThanOrEqual(PATTERN_COUNT * text.length);
      expect(s.regexExecs).toBe(PATTERN_COUNT + rawMatchCount(text, s, findings.length));
    }
  });

  it("uses only linear patterns: every quantifier bounded, no quantified group inside a quantified group", () => {
    for (const rule of COACH_RULES) {
      for (const pattern of rule.patterns) {
        expect(unboundedQuantifiers(pattern.source), `${rule.id}: ${pattern.source}`).toEqual([]);
        expect(nestedQuantifiedGroups(pattern.source), `${rule.id}: ${pattern.source}`).toBe(0);
        for (const [, max] of pattern.source.matchAll(/\{\d+,(\d+)\}/gu)) expect(Number(max)).toBeLessThanOrEqual(40);
      }
    }
  });
});

/** Exec calls beyond one per pattern are matches; at least one match per finding (duplicates fold). */
function rawMatchCount(_text: string, s: AnalyzeStats, findings: number): number {
  const matches = s.regexExecs - PATTERN_COUNT;
  expect(matches).toBeGreaterThanOrEqual(findings);
  return matches;
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
  const stack: { start: number; quantifiedInside: boolean }[] = [];
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
    else if (c === "(") stack.push({ start: i, quantifiedInside: false });
    else if (c === ")") {
      const group = stack.pop();
      const after = source.slice(i + 1);
      const quantified = /^\{\d+,\d+\}/u.test(after);
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
