// Every write rescores its agenda, and the coach's regex analysis of each text is most of a write's
// CPU, although a write changes one text at most. This remembers what the analysis found per text.
// The key is everything the answer can depend on (language, objective, text), hashed when long, so
// a hit gives exactly what a fresh analysis would; the hash keeps long texts out of memory.
import { createHash } from "node:crypto";
import { FRESH_TEXT_CHECKS, type TextChecks } from "../../core/coach/score-agenda";

export const TEXT_CHECK_CACHE_SIZE = 5_000;

interface Checked {
  findings?: number;
  asksOnly?: boolean;
}

export interface TextCheckCache extends TextChecks {
  /** Texts remembered now (tests, diagnostics). */
  readonly size: number;
}

/** Memoised TextChecks, least recently used dropped beyond `maxEntries`. */
export function createTextCheckCache(maxEntries = TEXT_CHECK_CACHE_SIZE, fresh: TextChecks = FRESH_TEXT_CHECKS): TextCheckCache {
  const entries = new Map<string, Checked>();

  const entryFor = (key: string): Checked => {
    let entry = entries.get(key);
    if (entry) {
      entries.delete(key);
    } else {
      entry = {};
    }
    entries.set(key, entry);
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    return entry;
  };

  return {
    findingCount(text, options) {
      const entry = entryFor(keyOf("f", options.lang, options.objective, text));
      entry.findings ??= fresh.findingCount(text, options);
      return entry.findings;
    },
    asksOnlyOthers(text) {
      const entry = entryFor(keyOf("a", "", "", text));
      entry.asksOnly ??= fresh.asksOnlyOthers(text);
      return entry.asksOnly;
    },
    get size() {
      return entries.size;
    },
  };
}

/** Longer keys are hashed, so that long texts do not stay in memory; shorter ones are cheaper as they are. */
const HASH_KEYS_LONGER_THAN = 256;

// Lengths first, so that no choice of parts can make two different inputs one string; a hashed key
// starts with "#" and a plain one with the kind, so the two kinds of key never meet either.
const keyOf = (kind: string, lang: string, objective: string, text: string) => {
  const key = `${kind}:${lang.length}:${lang}:${objective.length}:${objective}:${text}`;
  return key.length > HASH_KEYS_LONGER_THAN ? `#${createHash("sha256").update(key).digest("base64")}` : key;
};

/** The process-wide cache the purpose score uses. */
export const sharedTextChecks = createTextCheckCache();
