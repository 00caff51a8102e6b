// Client-side checks that mirror the contract, so the user sees the problem next to the field
// before a round trip (the server checks the same rules again).
import { CONTRIBUTION_MAX } from "../../core/api/contract";
import type { MessageParams } from "../../components/i18n/use-t";
import type { MessageKey } from "../../components/i18n/messages-ja";

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
}

export const ACTION_MAX = 2000;
export const OBSTACLE_MAX = 2000;

export function textProblem(text: string, max: number, required = true): Problem | null {
  const trimmed = text.trim();
  if (required && trimmed === "") return { key: "common.required" };
  if (trimmed.length > max) return { key: "common.tooLong", params: { max, count: trimmed.length } };
  return null;
}

export function contributionProblem(text: string): Problem | null {
  return textProblem(text, CONTRIBUTION_MAX);
}
