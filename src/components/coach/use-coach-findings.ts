// Debounced coach analysis of a value being typed: runs src/core locally, no network per keystroke.
import { useEffect, useState } from "react";
import type { Lang } from "../../core/api/contract";
import { analyze } from "../../core/coach/analyze";
import type { CoachFinding } from "../../core/coach/coach-types";

export const COACH_DEBOUNCE_MS = 300;

export interface CoachInput {
  text: string;
  lang: Lang;
  objective?: string | undefined;
  departments?: readonly string[] | undefined;
  debounceMs?: number | undefined;
}

/** Findings for `text` once typing pauses; an emptied field clears them at once. */
export function useCoachFindings({ text, lang, objective, departments, debounceMs = COACH_DEBOUNCE_MS }: CoachInput): CoachFinding[] {
  const [findings, setFindings] = useState<CoachFinding[]>([]);
  const departmentKey = departments?.join("\u0000") ?? "";
  useEffect(() => {
    if (text.trim() === "") {
      setFindings([]);
      return;
    }
    const timer = setTimeout(() => {
      try {
        setFindings(
          analyze(text, {
            lang,
            ...(objective ? { objective } : {}),
            ...(departmentKey ? { departments: departmentKey.split("\u0000") } : {}),
          }),
        );
      } catch {
        // The coach advises and never gets in the way: a failure just shows no hints.
        setFindings([]);
      }
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [text, lang, objective, departmentKey, debounceMs]);
  return findings;
}
