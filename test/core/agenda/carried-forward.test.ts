// Carry-forward in the agenda block: open commitments of earlier meetings on the same objective,
// the first item of section 4 under a heading that counts them (never above the shared objective),
// escaped, still found and replaced by the merge, and never collected back as this meeting's own.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AGENDA_START_MARKER } from "../../../src/core/agenda/agenda-markers";
import { AGENDA_STRINGS, carriedHeadingText } from "../../../src/core/agenda/agenda-strings";
import { collectCommitments } from "../../../src/core/agenda/collect-commitments";
import { findAgendaBlocks, mergeAgendaIntoBody } from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import { dateInZone } from "../../../src/core/agenda/render-carried-forward";
import type { AgendaView, CarriedCommitment } from "../../../src/core/api/contract";
import type { Lang } from "../../../src/core/api/primitives";
import { escapeHtml } from "../../../src/core/text/escape-html";
import { agendaView, commitment } from "./agenda-view-fixture";
import { simulateOutlookRewrite, simulateWordRewrite } from "./outlook-rewrite";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies", name), "utf8");
const LIVE = "https://purpose.example/agenda/ag_1";
const XSS = `<script>alert("x")</script>&amp;`;
const XSS_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;";

function carried(overrides: Partial<CarriedCommitment> = {}): CarriedCommitment {
  return {
    id: `cf-${Math.random().toString(36).slice(2, 10)}`,
    agendaId: "ag_0",
    ownerEmail: "ken.takahashi@contoso.example",
    ownerName: "高橋 健",
    ownerDepartment: "企画部",
    helpsDepartment: "営業部",
    action: "価格プランの案をつくる",
    dueDate: "2026-03-20",
    servesObjective: "商談を前に進める",
    status: "open",
    meeting: { subject: "CRM 提案の進め方", at: "2026-03-10T01:00:00.000Z", organizerEmail: "hanako.tanaka@contoso.example" },
    ...overrides,
  };
}

function withCarried(view: AgendaView, items: CarriedCommitment[], total = items.length): AgendaView {
  return { ...view, carriedForward: { items, total } };
}

const base = (lang: Lang = "ja") => agendaView({ lang });

const TODAY = "2026-03-15";
const opts = { liveUrl: LIVE, today: TODAY };
// One overdue (due 2026-03-10), one not yet due (2026-03-20), as of TODAY.
const twoCarried = () => [carried({ dueDate: "2026-03-10", action: "要件ヒアリングの結果を共有する" }), carried()];

/** The visible lines of a rendered HTML block, in order. */
const visibleLines = (html: string) =>
  html
    .replace(/<\/(p|tr|li|th|td|div|table)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

describe("carry-forward in renderAgendaHtml", () => {
  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    it(`keeps "1. ${s.objectiveHeading}" right after the start line and puts them first in section 4 (${lang})`, () => {
      const view = withCarried(agendaView({ lang }, { commitments: [commitment()] }), twoCarried());
      const html = renderAgendaHtml(view, opts);
      const lines = visibleLines(html);
      expect(lines.slice(0, 2)).toEqual([AGENDA_START_MARKER[lang], `1. ${s.objectiveHeading}`]);
      const heading = carriedHeadingText(lang, { total: 2, overdue: 1 });
      const order = [`4. ${s.commitmentsHeading}`, heading, "要件ヒアリングの結果を共有する", "価格プランの案をつくる", s.commitmentsOwnHeading, commitment().action, `5. ${s.appendixHeading}`];
      const at = order.map((p) => html.indexOf(escapeHtml(p)));
      expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(html).toContain(s.carriedMeetingColumn);
      expect(html).toContain(s.helpsLabel);
    });
  }

  it("counts them in the heading, with how many are overdue", () => {
    expect(carriedHeadingText("ja", { total: 4, overdue: 1 })).toBe("前回からの持ち越し 4件（期限切れ 1）");
    expect(carriedHeadingText("ja", { total: 4, overdue: 0 })).toBe("前回からの持ち越し 4件");
    expect(carriedHeadingText("en", { total: 4, overdue: 1 })).toBe("Carried over from earlier meetings: 4 (1 overdue)");
    expect(carriedHeadingText("en", { total: 4, overdue: 0 })).toBe("Carried over from earlier meetings: 4");
    const html = renderAgendaHtml(withCarried(base(), twoCarried()), opts);
    expect(html).toContain(">前回からの持ち越し 2件（期限切れ 1）<");
    expect(renderAgendaHtml(withCarried(base(), twoCarried()), { ...opts, today: "2026-03-01" })).toContain(">前回からの持ち越し 2件<");
    // 3 listed of 60, all overdue: the unlisted ones (due later) may be overdue too.
    const many = [carried({ dueDate: "2026-03-01" }), carried({ dueDate: "2026-03-02" }), carried({ dueDate: "2026-03-03" })];
    expect(renderAgendaHtml(withCarried(base("en"), many, 60), opts)).toContain(">Carried over from earlier meetings: 60 (3+ overdue)<");
  });

  it("flags an overdue item in words, not only in colour", () => {
    const html = renderAgendaHtml(withCarried(base(), twoCarried()), opts);
    expect(html).toMatch(/2026\/03\/10<b [^>]*>（期限切れ）<\/b>/);
    expect(html).toMatch(/>2026\/03\/20<\/td>/);
    const en = renderAgendaHtml(withCarried(base("en"), twoCarried()), opts);
    expect(en).toMatch(/Mar 10, 2026 <b [^>]*>\(overdue\)<\/b>/);
  });

  it("escapes every user string and neutralises marker lines", () => {
    const html = renderAgendaHtml(
      withCarried(base(), [carried({ action: XSS, ownerName: XSS, ownerDepartment: XSS, helpsDepartment: XSS, meeting: { subject: `${XSS} ━━ Common Purpose: end of agenda ━━`, at: "2026-03-10T01:00:00.000Z", organizerEmail: "a@contoso.example" } })]),
      opts,
    );
    expect(html).not.toContain("<script>");
    expect(html.split(XSS_ESCAPED).length - 1).toBe(5);
    expect(findAgendaBlocks(html, "html")).toEqual([{ start: 0, end: html.length }]);
  });

  it("renders nothing extra when nothing is carried forward, or only items marked done since", () => {
    const plain = renderAgendaHtml(base(), opts);
    expect(renderAgendaHtml(withCarried(base(), []), opts)).toBe(plain);
    expect(renderAgendaHtml(withCarried(base(), [carried({ status: "done" })]), opts)).toBe(plain);
    expect(plain).not.toContain("前回からの持ち越し");
    expect(plain).not.toContain(AGENDA_STRINGS.ja.commitmentsOwnHeading);
  });

  it("says how many more there are beyond the listed ones", () => {
    const html = renderAgendaHtml(withCarried(base("en"), [carried()], 57), opts);
    expect(html).toContain("56 more in the live agenda");
    const ja = renderAgendaHtml(withCarried(base("ja"), [carried()], 3), opts);
    expect(ja).toContain("ほか 2 件");
  });

  it("dates the earlier meeting in the reader's time zone, in the language's one date format", () => {
    const late = carried({ meeting: { subject: "", at: "2026-03-09T23:30:00.000Z", organizerEmail: "a@contoso.example" } });
    expect(renderAgendaHtml(withCarried(base(), [late]), opts)).toContain(">2026/03/09<");
    expect(renderAgendaHtml(withCarried(base(), [late]), { ...opts, timeZone: "Asia/Tokyo" })).toContain(">2026/03/10<");
    expect(renderAgendaHtml(withCarried(base("en"), [late]), { ...opts, timeZone: "Asia/Tokyo" })).toContain(">Mar 10, 2026<");
    expect(dateInZone("2026-03-09T23:30:00.000Z", "Not/AZone")).toBe("2026-03-09");
  });
});

describe("carry-forward in renderAgendaText", () => {
  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    it(`keeps the objective first and lists them compactly as the first item of section 4 (${lang})`, () => {
      const items = [...twoCarried(), carried({ ownerName: "", ownerDepartment: "", ownerEmail: "x@contoso.example", helpsDepartment: null })];
      const text = renderAgendaText(withCarried(agendaView({ lang }), items), opts);
      const lines = text.split("\n");
      expect(lines.slice(0, 3)).toEqual([AGENDA_START_MARKER[lang], "", `1. ${s.objectiveHeading}`]);
      const section4 = lines.indexOf(`4. ${s.commitmentsHeading}`);
      expect(lines[section4 + 1]).toBe(`   ${carriedHeadingText(lang, { total: 3, overdue: 1 })}`);
      expect(lines.findIndex((l) => l.includes("前回") || l.includes("Carried over"))).toBe(section4 + 1);
      if (lang === "ja") {
        expect(lines.slice(section4 + 2, section4 + 6)).toEqual([
          "   - 要件ヒアリングの結果を共有する（支援先：営業部）",
          "     高橋 健（企画部）、期限 2026/03/10（期限切れ）、CRM 提案の進め方（2026/03/10）より",
          "   - 価格プランの案をつくる（支援先：営業部）",
          "     高橋 健（企画部）、期限 2026/03/20、CRM 提案の進め方（2026/03/10）より",
        ]);
      } else {
        expect(lines.slice(section4 + 2, section4 + 6)).toEqual([
          "   - 要件ヒアリングの結果を共有する (Helps: 営業部)",
          "     高橋 健 (企画部), due Mar 10, 2026 (overdue), from CRM 提案の進め方 (Mar 10, 2026)",
          "   - 価格プランの案をつくる (Helps: 営業部)",
          "     高橋 健 (企画部), due Mar 20, 2026, from CRM 提案の進め方 (Mar 10, 2026)",
        ]);
      }
      expect(text).toContain(`   - 価格プランの案をつくる${lang === "ja" ? "（" : " ("}`);
      expect(text).toContain("     x@contoso.example");
      const own = lines.indexOf(`   ${s.commitmentsOwnHeading}`);
      expect(lines[own - 1]).toBe("");
      expect(lines[own + 1]).toBe(`   - ${s.commitmentsEmptySlot}`);
      expect(own).toBeLessThan(lines.indexOf(`5. ${s.appendixHeading}`));
    });
  }
});

describe("carry-forward and the merge", () => {
  const OWA = fixture("owa-teams-legacy-link.html");
  const at = /<body\b[^>]*>/i.exec(OWA)!;
  const insertAt = at.index + at[0].length;
  const splice = (body: string, block: string) => body.slice(0, insertAt) + block + body.slice(insertAt);
  const first = renderAgendaHtml(withCarried(base(), [carried(), carried({ action: "事例を2件まとめる" })]), opts);
  const second = renderAgendaHtml(withCarried(base(), [carried({ action: "要件ヒアリングの結果を共有する" })]), opts);

  for (const [name, rewrite] of Object.entries({
    "not rewritten": (h: string) => h,
    OWA: (h: string) => simulateOutlookRewrite(h),
    "Word then OWA": (h: string) => simulateOutlookRewrite(simulateWordRewrite(h), { entities: true }),
  })) {
    it(`re-inserting keeps exactly one block and the Teams block byte-identical (${name})`, () => {
      const once = mergeAgendaIntoBody(OWA, first, "html");
      expect(once.body).toBe(splice(OWA, first));
      const rewritten = splice(OWA, rewrite(first));
      const again = mergeAgendaIntoBody(rewritten, second, "html");
      expect(again.replaced).toBe(true);
      expect(again.body).toBe(splice(OWA, second));
      expect(findAgendaBlocks(again.body, "html")).toHaveLength(1);
      expect(again.body).not.toContain("事例を2件まとめる");
    });
  }

  it("text bodies: re-inserting keeps one block and the Teams text", () => {
    const TEXT = fixture("plain-text-teams.txt");
    const a = renderAgendaText(withCarried(base(), [carried()]), { liveUrl: LIVE });
    const b = renderAgendaText(withCarried(base(), [carried({ action: "別の約束" })]), { liveUrl: LIVE });
    const once = mergeAgendaIntoBody(TEXT, a, "text").body;
    const twice = mergeAgendaIntoBody(once, b, "text");
    expect(twice.replaced).toBe(true);
    expect(findAgendaBlocks(twice.body, "text")).toHaveLength(1);
    expect(twice.body.endsWith(TEXT)).toBe(true);
    expect(twice.body).toContain("別の約束");
    expect(twice.body).not.toContain("価格プランの案をつくる");
  });
});

describe("carry-forward is never collected as this meeting's commitments", () => {
  const OWA = fixture("owa-teams-legacy-link.html");
  const own = commitment({ action: "今回の会議で決めた約束", dueDate: "2026-04-30" });
  const items = [carried(), carried({ action: "もう一つの持ち越し", helpsDepartment: null })];

  it("HTML, with and without own commitments, after Outlook's rewrite", () => {
    for (const commitments of [[], [own]]) {
      const view = withCarried(agendaView({}, { commitments }), items);
      const body = mergeAgendaIntoBody(OWA, renderAgendaHtml(view, { liveUrl: LIVE }), "html").body;
      for (const b of [body, simulateOutlookRewrite(body), simulateWordRewrite(body)]) {
        const collected = collectCommitments(b, "html");
        expect(collected.map((c) => c.action)).toEqual(commitments.map((c) => c.action));
      }
    }
  });

  it("plain text, with and without own commitments", () => {
    const TEXT = fixture("plain-text-teams.txt");
    for (const lang of ["ja", "en"] as const) {
      for (const commitments of [[], [own]]) {
        const view = withCarried(agendaView({ lang }, { commitments }), items);
        const body = mergeAgendaIntoBody(TEXT, renderAgendaText(view, { liveUrl: LIVE }), "text").body;
        expect(collectCommitments(body, "text").map((c) => c.action)).toEqual(commitments.map((c) => c.action));
      }
    }
  });
});
