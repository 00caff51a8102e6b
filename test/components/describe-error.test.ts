import { describe, expect, it } from "vitest";
import { describeError } from "../../src/components/status/describe-error";
import { translate, type TFunction } from "../../src/components/i18n/use-t";
import { BodyTooLargeError } from "../../src/core/agenda/merge-agenda";
import { OfficeError } from "../../src/platform/office/promisify";
import { ApiError, SignInRequiredError } from "../../src/platform/ports";

const en: TFunction = (key, params) => translate("en", key, params);
const ja: TFunction = (key, params) => translate("ja", key, params);

describe("describeError", () => {
  it.each([
    [new ApiError(0, "network", "offline"), /Can't reach the server/],
    [new ApiError(412, "precondition_failed", "stale"), /Someone else changed this agenda/],
    [new ApiError(403, "forbidden", "no"), /don't have permission/],
    [new ApiError(404, "not_found", "gone"), /Not found/],
    [new ApiError(401, "unauthorized", "expired"), /sign-in has expired/],
    [new ApiError(429, "rate_limited", "slow down"), /Too many requests/],
    [new ApiError(500, "internal", "boom"), /server had a problem/],
    [new ApiError(503, "whatever", "down"), /server had a problem/],
    [new ApiError(412, "made_up_code", "stale"), /Someone else changed this agenda/],
    [new ApiError(409, "conflict", "exists"), /already exists/],
    [new SignInRequiredError(), /need to sign in/],
    [new BodyTooLargeError(1_000_500), /1,000,000 characters/],
    [new OfficeError("DataExceedsMaximumSize", "too big"), /1,000,000 characters/],
    [new OfficeError("InvalidFormatError", "html into text"), /plain text/],
    [new OfficeError("GenericResponseError", "try later"), /Outlook reported an error \(GenericResponseError\): try later/],
    [new Error("weird"), /Unexpected error: weird/],
  ])("%s", (error, expected) => {
    expect(describeError(error, en)).toMatch(expected);
  });

  it("names the field of a 400 the way the user saw it", () => {
    const error = new ApiError(400, "bad_request", "text: Too big", "text");
    expect(describeError(error, en)).toBe("Please check “Text”: text: Too big");
    const nested = new ApiError(400, "bad_request", "bad", "departments.0.name");
    expect(describeError(nested, ja)).toBe("「部門」を確認してください：bad");
    expect(describeError(new ApiError(400, "bad_request", "bad", "weird.field"), en)).toContain("“weird.field”");
  });

  it("says whose agenda already holds the Teams meeting, instead of a generic duplicate", () => {
    const current = { reason: "teams_thread_bound", organizerEmail: "hanako@example.com", yours: false, agendaId: null };
    const error = new ApiError(409, "conflict", "bound", "teamsThreadId", current);
    expect(describeError(error, en)).toMatch(/already has an agenda, organized by hanako@example\.com/);
    expect(describeError(error, ja)).toContain("hanako@example.com");
  });
});
