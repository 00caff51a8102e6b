// The labelled corpus and how the coach scores on it, shared by the quality test and `npm run bench`.
// corpus/dev/<lang>*.tsv is the development part (read, tuned on); corpus/sealed/<lang>.tsv is the
// sealed part: never read by people, never tuned on — code reads it and reports aggregates only.
// corpus/dev/<lang>-fresh<n>.tsv were written outside the project, independently of the code, and
// handed over for development: tuned on like the rest, but not counted in the dev/sealed split.
// Each file: a header, then `label<TAB>kind<TAB>register<TAB>text`; label role | ok.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lang } from "../../../src/core/api/primitives";
import { analyze } from "../../../src/core/coach/analyze";
import type { CoachKind } from "../../../src/core/coach/coach-types";

export type CorpusPart = "dev" | "sealed";
export type CorpusLabel = "role" | "ok";

export const ROLE_KINDS = ["scope", "capacity", "experience", "mission", "turf", "blame", "rules", "conditional", "deflection"] as const satisfies readonly CoachKind[];
export const OK_KINDS = ["cooperative", "info", "mission-statement", "capacity-plan", "question", "neutral"] as const;
export type CorpusKind = (typeof ROLE_KINDS)[number] | (typeof OK_KINDS)[number];

export interface CorpusLine {
  lang: Lang;
  part: CorpusPart;
  label: CorpusLabel;
  kind: CorpusKind;
  register: string;
  text: string;
  /** file:line, for messages about the development part. */
  where: string;
  /** Written outside the project and handed over as development data (dev/<lang>-fresh<n>.tsv). */
  external: boolean;
}

const dir = (part: CorpusPart) => fileURLToPath(new URL(`./corpus/${part}/`, import.meta.url));

/** Every line of one part in one language: <lang>.tsv and <lang>-*.tsv (later batches) of that part. */
export function loadCorpus(lang: Lang, part: CorpusPart): CorpusLine[] {
  const files = readdirSync(dir(part))
    .filter((f) => f === `${lang}.tsv` || (f.startsWith(`${lang}-`) && f.endsWith(".tsv")))
    .sort();
  return files.flatMap((file) => parseFile(lang, part, file));
}

const EXTERNAL = /^[a-z]{2}-fresh\d{1,3}\.tsv$/u;

function parseFile(lang: Lang, part: CorpusPart, file: string): CorpusLine[] {
  const lines = readFileSync(`${dir(part)}${file}`, "utf8").split(/\r?\n/u);
  const out: CorpusLine[] = [];
  lines.forEach((raw, i) => {
    if (i === 0 || raw.trim() === "" || raw.startsWith("#")) return;
    const [label, kind, register, text] = raw.split("\t");
    const known = label === "role" ? (ROLE_KINDS as readonly string[]).includes(kind ?? "") : label === "ok" && (OK_KINDS as readonly string[]).includes(kind ?? "");
    // A sealed line is never quoted, even in an error: its position is enough to find it.
    if (!known || !register || !text) throw new Error(`corpus/${part}/${file} line ${i + 1} is malformed`);
    out.push({ lang, part, label: label as CorpusLabel, kind: kind as CorpusKind, register, text: text.trim(), where: `${part}/${file}:${i + 1}`, external: EXTERNAL.test(file) });
  });
  return out;
}

export interface KindScore {
  kind: CorpusKind;
  /** Lines of this kind. */
  lines: number;
  /** Lines of this kind the coach flagged (any finding). */
  flagged: number;
  /** Role kinds: lines the coach named with this kind, and how many of those were role lines. */
  named: number;
  namedRight: number;
}

export interface CorpusScore {
  lines: number;
  positives: number;
  truePositives: number;
  falsePositives: CorpusLine[];
  falseNegatives: CorpusLine[];
  precision: number;
  recall: number;
  f1: number;
  /** Role lines flagged with the kind they are labelled with. */
  kindAgreement: number;
  byKind: KindScore[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** A line is flagged when the coach finds anything in it; positives are the role-centred lines. */
export function scoreCorpus(lines: readonly CorpusLine[]): CorpusScore {
  const fp: CorpusLine[] = [];
  const fn: CorpusLine[] = [];
  let tp = 0;
  let agree = 0;
  const byKind = new Map<CorpusKind, KindScore>();
  const kindScore = (kind: CorpusKind) => {
    let k = byKind.get(kind);
    if (!k) byKind.set(kind, (k = { kind, lines: 0, flagged: 0, named: 0, namedRight: 0 }));
    return k;
  };
  for (const l of lines) {
    const findings = analyze(l.text, { lang: l.lang });
    const flagged = findings.length > 0;
    const own = kindScore(l.kind);
    own.lines += 1;
    if (flagged) own.flagged += 1;
    const named = findings[0]?.kind;
    if (named) {
      const k = kindScore(named);
      k.named += 1;
      if (l.label === "role") k.namedRight += 1;
    }
    if (l.label === "role") {
      if (flagged) tp += 1;
      else fn.push(l);
      if (named === l.kind) agree += 1;
    } else if (flagged) fp.push(l);
  }
  const positives = tp + fn.length;
  const precision = ratio(tp, tp + fp.length);
  const recall = ratio(tp, positives);
  const order = [...ROLE_KINDS, ...OK_KINDS] as readonly CorpusKind[];
  return {
    lines: lines.length,
    positives,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: f1(precision, recall),
    kindAgreement: ratio(agree, positives),
    byKind: order.map((k) => byKind.get(k)).filter((k): k is KindScore => k !== undefined && k.lines + k.named > 0),
  };
}
