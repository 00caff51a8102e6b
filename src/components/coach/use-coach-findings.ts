// Debounced coach analysis of a value being typed: runs src/core locally (no network per keystroke),
// loading the coach on first use.
import { useEffect, useState } from "react";
import type { Lang } from "../../core/api/primitives";
import type { CoachContext, CoachFinding } from "../../core/coach/coach-types";
import { coachIfLoaded, loadCoach } from "./load-coach";

export const COACH_DEBOUNCE_MS = 300;

export interface CoachInput {
  text: string;
  lang: Lang;
  objective?: string | undefined;
  departments?: readonly string[] | undefined;
  ownDepartment?: string | undefined;
  context?: CoachContext | undefined;
  debounceMs?: number | undefined;
}

/** Findings for `text` once typing pauses; an emptied field clears them at once. */
export function useCoachFindings({ text, lang, objective, departments, ownDepartment, context, debounceMs = COACH_DEBOUNCE_MS }: CoachInput): CoachFinding[] {
  const [findings, setFindings] = useState<CoachFinding[]>([]);
  const departmentKey = departments?.join("\u0000") ?? "";
  // Start loading as soon as a field that may need the coach is on screen.
  useEffect(() => {
    void loadCoach().catch(() => undefined);
  }, []);
  useEffect(() => {
    if (text.trim() === "") {
      setFindings([]);
      return;
    }
    let cancelled = false;
    const run = () => {
      const coach = coachIfLoaded();
      if (!coach) {
        // Not loaded yet (a slow network): analyse as soon as it is.
        void loadCoach().then(() => !cancelled && run(), () => !cancelled && setFindings([]));
        return;
      }
      try {
        setFindings(
          coach.analyze(text, {
            lang,
            ...(objective ? { objective } : {}),
            ...(departmentKey ? { departments: departmentKey.split("\u0000") } : {}),
            ...(ownDepartment ? { ownDepartment } : {}),
            ...(context ? { context } : {}),
          }),
        );
      } catch {
        // The coach advises and never gets in the way: a failure just shows no hints.
        setFindings([]);
      }
    };
    const timer = setTimeout(run, debounceMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, lang, objective, departmentKey, ownDepartment, context, debounceMs]);
  return findings;
}
