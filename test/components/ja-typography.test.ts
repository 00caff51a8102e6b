// Japanese UI text uses full-width punctuation: 「：」 and 「（）」, never ASCII ":" or "()" (which
// read as English and break the line rhythm). Every ja catalogue of the UI is checked.
import { describe, expect, it } from "vitest";
import { coachText, type CoachMessageKey } from "../../src/components/coach/coach-messages";
import { messagesJa } from "../../src/components/i18n/messages-ja";
import { EVENT_STRINGS } from "../../src/core/events/event-messages";
import { EDITOR_MESSAGES } from "../../src/features/agenda-editor/editor-messages";
import { PREVIEW_FORMAT_TEXT } from "../../src/entries/preview/preview-messages";

/** ASCII colons and parentheses, outside URLs ("https://…") and {placeholders}. */
function asciiPunctuation(text: string): string[] {
  const stripped = text.replace(/https?:\/\/\S*/g, "").replace(/\{\w+\}/g, "");
  return [...stripped.matchAll(/[:()]/g)].map((m) => m[0]);
}

function jaCatalogues(): Record<string, string> {
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries(messagesJa)) all[`ui:${k}`] = v;
  for (const [k, v] of Object.entries(EDITOR_MESSAGES.ja)) all[`editor:${k}`] = v;
  for (const [k, v] of Object.entries(PREVIEW_FORMAT_TEXT.ja)) all[`preview:${k}`] = v;
  const events = EVENT_STRINGS.ja;
  Object.assign(all, { "events:insight": events.insight(3), "events:insightAction": events.insightAction, "events:sendBlocked": events.sendBlocked(3), "events:openPane": events.openPane });
  for (const key of ["region", "hint", "why", "hideWhy", "use", "suggestion", "score", "scoreTitle", "scoreNone", "column"] as CoachMessageKey[]) {
    all[`coach:${key}`] = coachText("ja", key, 50);
  }
  return all;
}

describe("Japanese UI text", () => {
  it("uses full-width colons and parentheses in every ja catalogue", () => {
    const offending = Object.entries(jaCatalogues())
      .filter(([, text]) => asciiPunctuation(text).length > 0)
      .map(([key, text]) => `${key}: ${text}`);
    expect(offending).toEqual([]);
  });

  it("is Japanese: no ja string is an untranslated English sentence", () => {
    const english = Object.entries(messagesJa).filter(([, text]) => /^[\x20-\x7e]{40,}$/.test(text));
    expect(english.map(([k]) => k)).toEqual([]);
  });
});
