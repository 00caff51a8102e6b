// The memoised text checks behind the stored purpose score: on random agendas, scoring with the
// cache gives exactly what a full fresh analysis gives — in the core, and as stored after writes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Agenda, AgendaView, Contribution } from "../../../src/core/api/contract";
import type { Lang } from "../../../src/core/api/primitives";
import { FRESH_TEXT_CHECKS, scoreAgenda, type ScoreInput } from "../../../src/core/coach/score-agenda";
import { createTextCheckCache } from "../../../src/server/coach/text-check-cache";
import { loadCorpus } from "../../core/coach/corpus";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, PLANNING, SALES, bearer, createAgendaVia } from "../agendas/agenda-fixtures";

/** mulberry32: a seeded generator, so a failure replays. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The development part only: the sealed part is read by the quality test and the bench alone.
const TEXTS = [...loadCorpus("ja", "dev"), ...loadCorpus("en", "dev")].map((l) => l.text);
const MISSIONS = ["法人顧客の売上を伸ばす", "新しい提案の型を作る", "Grow enterprise revenue", ""];
const OBJECTIVES = ["大手企業向けのCRMビジネスを拡大する", "Expand the CRM business", ""];
const DEPARTMENTS = ["営業部", "企画部", "Sales", "開発部"];

function randomAgenda(next: () => number): ScoreInput {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  // Small pools, so texts repeat across agendas and the cache is hit, sometimes under another objective or language.
  const text = () => (next() < 0.15 ? `${pick(MISSIONS)}。${pick(TEXTS)}` : pick(TEXTS.slice(0, 60)));
  const departments = DEPARTMENTS.slice(0, 1 + Math.floor(next() * DEPARTMENTS.length)).map((name) => ({ name, mission: pick(MISSIONS) }));
  const lang: Lang = next() < 0.5 ? "ja" : "en";
  return {
    agenda: {
      objectiveTitle: pick(OBJECTIVES),
      desiredOutcome: next() < 0.7 ? text() : "",
      departments: departments as ScoreInput["agenda"]["departments"],
      obstacles: Array.from({ length: Math.floor(next() * 3) }, text),
      lang,
    },
    contributions: Array.from({ length: Math.floor(next() * 8) }, () => ({ department: pick(DEPARTMENTS), text: text() })),
    commitments: Array.from({ length: Math.floor(next() * 6) }, () => ({
      ownerEmail: next() < 0.9 ? SALES : "",
      dueDate: next() < 0.8 ? "2026-12-20" : null,
      servesObjective: next() < 0.7 ? text() : "",
      action: text(),
      status: pick(["open", "done", "dropped"] as const),
    })),
  } as ScoreInput;
}

describe("createTextCheckCache", () => {
  it("scores 400 random agendas exactly as a fresh analysis does", () => {
    const next = rng(20261128);
    const cache = createTextCheckCache(200);
    let differing = 0;
    for (let i = 0; i < 400; i++) {
      const input = randomAgenda(next);
      const fresh = scoreAgenda(input);
      const cached = scoreAgenda(input, cache);
      if (JSON.stringify(cached) !== JSON.stringify(fresh)) differing += 1;
      expect(cached).toEqual(fresh);
    }
    expect(differing).toBe(0);
    // Bounded: never more than its size, however many texts went through.
    expect(cache.size).toBeLessThanOrEqual(200);
    expect(cache.size).toBeGreaterThan(50);
  });

  it("analyses a text once per language and objective, and again under another", () => {
    let analyses = 0;
    let asks = 0;
    const cache = createTextCheckCache(10, {
      findingCount: (text, options) => {
        analyses += 1;
        return FRESH_TEXT_CHECKS.findingCount(text, options);
      },
      asksOnlyOthers: (text) => {
        asks += 1;
        return FRESH_TEXT_CHECKS.asksOnlyOthers(text);
      },
    });
    const role = "それは営業部の仕事でしょう";
    const options = { lang: "ja" as const, objective: "CRMを拡大する" };
    const n = cache.findingCount(role, options);
    expect(n).toBe(FRESH_TEXT_CHECKS.findingCount(role, options));
    expect(n).toBeGreaterThan(0);
    cache.findingCount(role, options);
    expect(analyses).toBe(1);
    cache.findingCount(role, { ...options, lang: "en" });
    cache.findingCount(role, { ...options, objective: "" });
    expect(analyses).toBe(3);
    const long = `${"営業部にお願いしたい。".repeat(60)}`; // a hashed key
    expect(cache.asksOnlyOthers(long)).toBe(FRESH_TEXT_CHECKS.asksOnlyOthers(long));
    cache.asksOnlyOthers(long);
    expect(asks).toBe(1);
    for (let i = 0; i < 20; i++) cache.asksOnlyOthers(`text ${i}`);
    expect(cache.size).toBe(10);
    cache.asksOnlyOthers(long); // evicted: checked again
    expect(asks).toBe(22);
  });
});

describe("stored purpose score with the cache", () => {
  let t: TestApp;
  let agenda: Agenda;
  beforeEach(async () => {
    t = await buildTestApp();
    agenda = await createAgendaVia(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it("equals a full fresh recompute after every one of a random series of writes", async () => {
    const next = rng(7);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const texts = TEXTS.slice(0, 40);
    const contributions: Contribution[] = [];
    const people = [
      { email: SALES, department: "営業部" },
      { email: PLANNING, department: "企画部" },
    ];
    for (let step = 0; step < 24; step++) {
      const roll = next();
      if (roll < 0.45 || contributions.length === 0) {
        const who = pick(people);
        const res = await t.app.inject({ method: "POST", url: `/api/agendas/${agenda.id}/contributions`, headers: await bearer(t, who.email), payload: { department: who.department, text: pick(texts) } });
        expect(res.statusCode).toBe(201);
        contributions.push(res.json() as Contribution);
      } else if (roll < 0.65) {
        const c = pick(contributions);
        const email = people.find((p) => p.department === c.department)?.email ?? SALES;
        const res = await t.app.inject({ method: "PATCH", url: `/api/contributions/${c.id}`, headers: await bearer(t, email), payload: { text: pick(texts) } });
        expect(res.statusCode).toBe(200);
      } else {
        const res = await t.app.inject({
          method: "POST",
          url: `/api/agendas/${agenda.id}/commitments`,
          headers: await bearer(t, ORGANIZER),
          payload: { ownerEmail: SALES, action: pick(texts), dueDate: next() < 0.5 ? "2026-12-20" : "2027-01-15", servesObjective: next() < 0.5 ? pick(texts) : "" },
        });
        expect(res.statusCode, res.body).toBe(201);
      }
      const view = (await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: await bearer(t, ORGANIZER) })).json() as AgendaView;
      const row = await t.db.selectFrom("agendas").select("purpose_score").where("id", "=", agenda.id).executeTakeFirstOrThrow();
      expect(row.purpose_score).toBe(scoreAgenda(view).score);
      expect(view.agenda.purposeScore).toBe(scoreAgenda(view).score);
    }
  });
});
