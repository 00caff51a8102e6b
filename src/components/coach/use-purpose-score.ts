// The purpose-first score of an agenda being edited, computed locally once the coach is loaded
// (null until then: the badge shows a dash for that moment).
import { useEffect, useMemo, useState } from "react";
import type { AgendaScore, ScoreInput } from "../../core/coach/score-agenda";
import { loadScoring, scoringIfLoaded } from "./load-coach";

export function usePurposeScore(input: ScoreInput | null | undefined): number | null {
  return usePurposeScoreResult(input)?.score ?? null;
}

/** The whole result (score and the checks behind it), for a panel that explains the score. */
export function usePurposeScoreResult(input: ScoreInput | null | undefined): AgendaScore | null {
  const [loaded, setLoaded] = useState(() => scoringIfLoaded() !== undefined);
  useEffect(() => {
    if (loaded) return;
    let cancelled = false;
    void loadScoring().then(
      () => !cancelled && setLoaded(true),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [loaded]);
  return useMemo(() => {
    const scoring = loaded ? scoringIfLoaded() : undefined;
    return input && scoring ? scoring.scoreAgenda(input) : null;
  }, [input, loaded]);
}
