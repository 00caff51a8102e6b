// The coach (lexicons, structures, kind texts) is loaded on first use, in a chunk of its own, so it
// stays out of every page's initial scripts: a field with hints asks for it when it mounts.
type CoachModule = typeof import("../../core/coach/analyze");
type ScoreModule = typeof import("../../core/coach/score-agenda");

let coach: Promise<CoachModule> | undefined;
let loadedCoach: CoachModule | undefined;
let score: Promise<ScoreModule> | undefined;
let loadedScore: ScoreModule | undefined;

export function loadCoach(): Promise<CoachModule> {
  coach ??= import(/* webpackChunkName: "coach" */ "../../core/coach/analyze").then((m) => (loadedCoach = m));
  return coach;
}

/** The coach once loaded, else undefined (callers then wait for loadCoach()). */
export const coachIfLoaded = (): CoachModule | undefined => loadedCoach;

export function loadScoring(): Promise<ScoreModule> {
  score ??= import(/* webpackChunkName: "coach" */ "../../core/coach/score-agenda").then((m) => (loadedScore = m));
  return score;
}

export const scoringIfLoaded = (): ScoreModule | undefined => loadedScore;
