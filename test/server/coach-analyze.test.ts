// POST /api/coach/analyze: the core coach over HTTP, for integrators.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COACH_FINDINGS_MAX, COACH_TEXT_MAX, CoachAnalyzeResponse } from "../../src/core/api/coach-contract";
import { buildTestApp, type TestApp } from "./api-helper";
import { ORGANIZER, bearer } from "./agendas/agenda-fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

async function analyze(payload: unknown, auth = true) {
  return t.app.inject({ method: "POST", url: "/api/coach/analyze", headers: auth ? await bearer(t, ORGANIZER) : {}, payload: payload as object });
}

describe("POST /api/coach/analyze", () => {
  it("returns findings with spans, an objective-centred suggestion and a score", async () => {
    const text = "それは営業部の仕事でしょう";
    const res = await analyze({ text, lang: "en", objective: "大手企業向けのCRMビジネスを拡大する" });
    expect(res.statusCode).toBe(200);
    const body = CoachAnalyzeResponse.parse(res.json());
    expect(body.findings).toHaveLength(1);
    const [f] = body.findings;
    expect(f).toMatchObject({ ruleId: "ja-deflection", kind: "deflection", severity: "warning" });
    expect(text.slice(...f!.span)).toBe(f!.text);
    expect(f!.suggestion).toContain("「大手企業向けのCRMビジネスを拡大する」");
    expect(f!.explanation).toMatch(/another department/);
    expect(body.score).toBe(75);
  });

  it("takes the writer's department and the field's context: a declined request gets a counter-offer", async () => {
    const res = await analyze({ text: "今月は手一杯なのでお受けできません", lang: "ja", objective: "CRMを広げる", departments: ["営業部", "企画部"], ownDepartment: "企画部", context: "decline" });
    expect(res.statusCode).toBe(200);
    const [f] = CoachAnalyzeResponse.parse(res.json()).findings;
    expect(f?.kind).toBe("capacity");
    expect(f?.suggestion).toContain("「CRMを広げる」");
    expect(f?.suggestion).toContain("営業部");
    const bad = await analyze({ text: "x", context: "chat" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("context");
  });

  it("answers an empty text with no findings and a full score", async () => {
    const res = await analyze({ text: "" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ findings: [], score: 100 });
  });

  it("rejects bad input with the field path (400) and unknown fields", async () => {
    const missing = await analyze({ lang: "ja" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe("text");
    const badLang = await analyze({ text: "x", lang: "fr" });
    expect(badLang.statusCode).toBe(400);
    expect(badLang.json().error.field).toBe("lang");
    const extra = await analyze({ text: "x", extra: 1 });
    expect(extra.statusCode).toBe(400);
  });

  it("needs a token (401)", async () => {
    expect((await analyze({ text: "x" }, false)).statusCode).toBe(401);
  });

  it("refuses a body over the limit (413) and handles a long text within it", async () => {
    const big = await analyze({ text: "あ".repeat(1_100_000) });
    expect(big.statusCode).toBe(413);
    const tail = "That's not our job.";
    const ok = await analyze({ text: `${"The rollout is on schedule. ".repeat(Math.floor((COACH_TEXT_MAX - tail.length) / 28))}${tail}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().findings).toHaveLength(1);
  });

  it("refuses a text longer than 20,000 characters with 413 naming the limit, whatever the body limit", async () => {
    const res = await analyze({ text: "あ".repeat(COACH_TEXT_MAX + 1) });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: "payload_too_large", field: "text", message: expect.stringContaining("20,000 characters") } });
    // 1 MB took seconds of CPU and answered 54 MB: now refused before any analysis.
    expect((await analyze({ text: "それは営業部の仕事でしょう。".repeat(75_000) })).statusCode).toBe(413);
  });

  it("answers at most 100 findings, says there were more, and still scores them all", async () => {
    const text = "That's not our job. ".repeat(900);
    expect(text.length).toBeLessThanOrEqual(COACH_TEXT_MAX);
    const res = await analyze({ text });
    expect(res.statusCode).toBe(200);
    const body = CoachAnalyzeResponse.parse(res.json());
    expect(body.findings).toHaveLength(COACH_FINDINGS_MAX);
    expect(body.truncated).toBe(true);
    expect(body.score).toBe(0);
    expect(res.body.length).toBeLessThan(100_000);
  });
});
