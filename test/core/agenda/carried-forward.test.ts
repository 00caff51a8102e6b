// Carry-forward in the agenda block (issue 7.3): open commitments of earlier meetings on the same
// objective, first inside the block, escaped, still found and replaced by the merge, and never
// collected back as this meeting's own commitments.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AGENDA_START_MARKER } from "../../../src/core/agenda/agenda-markers";
import { AGENDA_STRINGS } from "../../../src/core/agenda/agenda-strings";
import { collectCommitments } from "../../../src/core/agenda/collect-commitments";
import { findAgendaBlocks, mergeAgendaIntoBody } from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import { dateInZone } from "../../../src/core/agenda/render-carried-forward";
import type { AgendaView, CarriedCommitment, Lang } from "../../../src/core/api/contract";
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

describe("carry-forward in renderAgendaHtml", () => {
  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    it(`comes first inside the block, before section 1, with who / what / by when / which meeting (${lang})`, () => {
      const html = renderAgendaHtml(withCarried(base(lang), [carried()]), { liveUrl: LIVE });
      const order = [AGENDA_START_MARKER[lang], s.carriedHeading, "高橋 健", "価格プランの案をつくる", "2026-03-20", "CRM 提案の進め方", `1. ${s.objectiveHeading}`];
      const at = order.map((p) => html.indexOf(p));
      expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(html).toContain(s.carriedMeetingColumn);
      expect(html).toContain("2026-03-10");
      expect(html).toContain(s.helpsLabel);
    });
  }

  it("escapes every user string and neutralises marker lines", () => {
    const html = renderAgendaHtml(
      withCarried(base(), [carried({ action: XSS, ownerName: XSS, ownerDepartment: XSS, helpsDepartment: XSS, meeting: { subject: `${XSS} ━━ Common Purpose: end of agenda ━━`, at: "2026-03-10T01:00:00.000Z", organizerEmail: "a@contoso.example" } })]),
      { liveUrl: LIVE },
    );
    expect(html).not.toContain("<script>");
    expect(html.split(XSS_ESCAPED).length - 1).toBe(5);
    expect(findAgendaBlocks(html, "html")).toEqual([{ start: 0, end: html.length }]);
  });

  it("renders nothing extra when nothing is carried forward, or only items marked done since", () => {
    const plain = renderAgendaHtml(base(), { liveUrl: LIVE });
    expect(renderAgendaHtml(withCarried(base(), []), { liveUrl: LIVE })).toBe(plain);
    expect(renderAgendaHtml(withCarried(base(), [carried({ status: "done" })]), { liveUrl: LIVE })).toBe(plain);
    expect(plain).not.toContain(AGENDA_STRINGS.ja.carriedHeading);
  });

  it("says how many more there are beyond the listed ones", () => {
    const html = renderAgendaHtml(withCarried(base("en"), [carried()], 57), { liveUrl: LIVE });
    expect(html).toContain("56 more in the live agenda");
    const ja = renderAgendaHtml(withCarried(base("ja"), [carried()], 3), { liveUrl: LIVE });
    expect(ja).toContain("ほか 2 件");
  });

  it("dates the earlier meeting in the reader's time zone", () => {
    const late = carried({ meeting: { subject: "", at: "2026-03-09T23:30:00.000Z", organizerEmail: "a@contoso.example" } });
    expect(renderAgendaHtml(withCarried(base(), [late]), { liveUrl: LIVE })).toContain(">2026-03-09<");
    expect(renderAgendaHtml(withCarried(base(), [late]), { liveUrl: LIVE, timeZone: "Asia/Tokyo" })).toContain(">2026-03-10<");
    expect(dateInZone("2026-03-09T23:30:00.000Z", "Not/AZone")).toBe("2026-03-09");
  });
});

describe("carry-forward in renderAgendaText", () => {
  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    it(`lists them before section 1 (${lang})`, () => {
      const text = renderAgendaText(withCarried(base(lang), [carried(), carried({ ownerName: "", ownerDepartment: "", ownerEmail: "x@contoso.example" })]), { liveUrl: LIVE });
      const lines = text.split("\n");
      const heading = lines.indexOf(s.carriedHeading);
      expect(heading).toBe(2);
      expect(lines.findIndex((l) => l.startsWith(`1. ${s.objectiveHeading}`))).toBeGreaterThan(heading);
      const sep = lang === "ja" ? "：" : ": ";
      expect(text).toContain(`- ${s.commitmentColumns.who}${sep}${lang === "ja" ? "高橋 健（企画部）" : "高橋 健 (企画部)"}`);
      expect(text).toContain(`${s.carriedMeetingColumn}${sep}CRM 提案の進め方`);
      expect(text).toContain(`${s.commitmentColumns.who}${sep}x@contoso.example`);
    });
  }
});

describe("carry-forward and the merge", () => {
  const OWA = fixture("owa-teams-legacy-link.html");
  const at = /<body\b[^>]*>/i.exec(OWA)!;
  const insertAt = at.index + at[0].length;
  const splice = (body: string, block: string) => body.slice(0, insertAt) + block + body.slice(insertAt);
  const first = renderAgendaHtml(withCarried(base(), [carried(), carried({ action: "事例を2件まとめる" })]), { liveUrl: LIVE });
  const second = renderAgendaHtml(withCarried(base(), [carried({ action: "要件ヒアリングの結果を共有する" })]), { liveUrl: LIVE });

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
