// Every coach rule, in reporting order. Adding a rule = adding a file in rules/ and a line here.
import type { CoachRule } from "./coach-types";
import { enCapacityExcuse } from "./rules/en-capacity-excuse";
import { enDeflectToOthers } from "./rules/en-deflect-to-others";
import { enDoneOurPart } from "./rules/en-done-our-part";
import { enNotOurJob } from "./rules/en-not-our-job";
import { enOthersJob } from "./rules/en-others-job";
import { enTurfGuarding } from "./rules/en-turf-guarding";
import { enWeOnlyDo } from "./rules/en-we-only-do";
import { jaCapacityExcuse } from "./rules/ja-capacity-excuse";
import { jaDeflectToOthers } from "./rules/ja-deflect-to-others";
import { jaDoneOurPart } from "./rules/ja-done-our-part";
import { jaFlatRefusal } from "./rules/ja-flat-refusal";
import { jaMissionDefense } from "./rules/ja-mission-defense";
import { jaNotOurJob } from "./rules/ja-not-our-job";
import { jaOthersJob } from "./rules/ja-others-job";
import { jaTurfGuarding } from "./rules/ja-turf-guarding";

export const COACH_RULES: readonly CoachRule[] = [
  jaOthersJob,
  jaNotOurJob,
  jaDeflectToOthers,
  jaCapacityExcuse,
  jaFlatRefusal,
  jaMissionDefense,
  jaTurfGuarding,
  jaDoneOurPart,
  enOthersJob,
  enNotOurJob,
  enDeflectToOthers,
  enCapacityExcuse,
  enWeOnlyDo,
  enTurfGuarding,
  enDoneOurPart,
];
