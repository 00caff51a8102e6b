import { describe, expect, it } from "vitest";
import {
  AGENDA_END_MARKER,
  AGENDA_START_MARKER,
  agendaLiveUrl,
  findEndMarker,
  findStartMarker,
} from "../../../src/core/agenda/agenda-markers";
import { AGENDA_STRINGS } from "../../../src/core/agenda/agenda-strings";
import { findAgendaBlock } from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import { agendaView, commitment, contribution } from "./agenda-view-fixture";

const LIVE = agendaLiveUrl("https://cp.contoso.example", "ag_1");
const XSS = `<script>alert("x")</script><img src=x onerror='alert(1)'>&amp;`;
const XSS_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;amp;";

const richView = () =>
  agendaView(
    { obstacles: ["提案書のテンプレートがない", "顧客情報が部門ごとに分かれている"] },
    {
      contributions: [
        contribution("営業部", "大手顧客10社を紹介できる", "田中 花子"),
        contribution("営業部", "商談に同席できる", "山田 太郎"),
        contribution("情報システム部", "CRM のデータ移行を手伝える", "高橋 次郎"),
      ],
      commitments: [
        commitment(),
        commitment({ status: "done", action: "Share the pipeline report", helpsDepartment: "企画部" }),
        commitment({ status: "dropped", action: "Weekly sync", ownerName: "", ownerDepartment: "" }),
      ],
    },
  );

const positions = (s: string, parts: string[]) => parts.map((p) => s.indexOf(p));

describe("renderAgendaHtml", () => {
  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    it(`puts the sections in the fixed order (${lang})`, () => {
      const html = renderAgendaHtml(richView(), { liveUrl: LIVE, lang });
      const order = positions(html, [
        AGENDA_START_MARKER[lang],
        s.objectiveHeading,
        s.desiredOutcomeLabel,
        s.contributionsHeading,
        s.obstaclesHeading,
        s.commitmentsHeading,
        s.commitmentColumns.who,
        s.commitmentColumns.serves,
        s.appendixHeading,
        s.liveLinkLabel,
        AGENDA_END_MARKER[lang],
      ]);
      expect(order.every((p) => p >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(findStartMarker(html)?.index).toBeGreaterThan(0);
    });
  }

  it("uses the agenda's language unless told otherwise", () => {
    expect(renderAgendaHtml(agendaView({ lang: "en" }), { liveUrl: LIVE })).toContain("Shared objective");
    expect(renderAgendaHtml(agendaView({ lang: "en" }), { liveUrl: LIVE, lang: "ja" })).toContain("共通の目的");
    expect(renderAgendaHtml(agendaView({ lang: "ja" }), { liveUrl: LIVE })).toContain('lang="ja"');
  });

  it("shows the objective first, the missions only in the appendix", () => {
    const html = renderAgendaHtml(richView(), { liveUrl: LIVE });
    const appendix = html.indexOf(AGENDA_STRINGS.ja.appendixHeading);
    expect(html.indexOf("大手企業向けのCRMビジネスを拡大する")).toBeLessThan(html.indexOf("営業部"));
    expect(html.indexOf("顧客との関係を築き、売上をつくる")).toBeGreaterThan(appendix);
    expect(html).toContain("来期の提案先3社と担当を決める");
  });

  it("gives every department a slot: its contributions, or an empty line to fill", () => {
    const html = renderAgendaHtml(richView(), { liveUrl: LIVE });
    const section = html.slice(html.indexOf(AGENDA_STRINGS.ja.contributionsHeading), html.indexOf(AGENDA_STRINGS.ja.obstaclesHeading));
    expect(positions(section, ["営業部", "大手顧客10社を紹介できる", "田中 花子", "商談に同席できる", "企画部", "情報システム部"]).every((p) => p >= 0)).toBe(true);
    // 企画部 has no contribution yet: exactly one empty slot, and it sits under 企画部.
    expect(section.split(AGENDA_STRINGS.ja.contributionsEmptySlot)).toHaveLength(2);
    expect(section.indexOf(AGENDA_STRINGS.ja.contributionsEmptySlot)).toBeGreaterThan(section.indexOf("企画部"));
    const none = renderAgendaHtml(agendaView({ departments: [], attendees: [] }), { liveUrl: LIVE, lang: "en" });
    expect(none).toContain(AGENDA_STRINGS.en.contributionsNoDepartments);
    expect(none).toContain(AGENDA_STRINGS.en.appendixEmpty);
  });

  // The style of the element a placeholder sits in (the nearest style attribute before it).
  const styleAround = (html: string, text: string) => {
    const at = html.indexOf(text);
    expect(at).toBeGreaterThan(0);
    return /style="([^"]*)"[^<]*$/.exec(html.slice(0, at))?.[1] ?? "";
  };

  for (const lang of ["ja", "en"] as const) {
    it(`sets placeholders apart in grey, italic only in English (${lang})`, () => {
      const s = AGENDA_STRINGS[lang];
      const view = agendaView({ lang, desiredOutcome: "", departments: [{ name: "営業部", mission: "" }, { name: "企画部", mission: "" }] });
      const html = renderAgendaHtml(view, { liveUrl: LIVE });
      const placeholders = [s.desiredOutcomeEmpty, s.contributionsEmptySlot, s.obstaclesEmptySlot, s.commitmentsEmptySlot, s.missionEmpty];
      for (const text of placeholders) {
        const style = styleAround(html, text);
        expect({ text, grey: style.includes("color:#616161") }).toEqual({ text, grey: true });
        expect({ text, italic: style.includes("italic") }).toEqual({ text, italic: lang === "en" });
      }
      if (lang === "ja") expect(html).not.toContain("italic");
    });
  }

  it("shows obstacles or an empty slot", () => {
    expect(renderAgendaHtml(richView(), { liveUrl: LIVE })).toContain("<li>提案書のテンプレートがない</li>");
    expect(renderAgendaHtml(agendaView(), { liveUrl: LIVE })).toContain(AGENDA_STRINGS.ja.obstaclesEmptySlot);
  });

  it("tabulates commitments: who (name and department), what, by when, how it serves, closed status", () => {
    const html = renderAgendaHtml(richView(), { liveUrl: LIVE, lang: "en" });
    const rows = html.split("<tr>").slice(2);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("田中 花子 (営業部)");
    expect(rows[0]).toContain(">Apr 15, 2026<");
    expect(rows[0]).toContain("提案先を早く決められる");
    expect(rows[0]).not.toMatch(/\[(Done|Dropped)\]/);
    expect(rows[1]).toContain("Share the pipeline report [Done] (Helps: 企画部)");
    expect(rows[2]).toContain("hanako.tanaka@contoso.example");
    expect(rows[2]).toContain("Weekly sync [Dropped]");
    expect(renderAgendaHtml(agendaView(), { liveUrl: LIVE })).toContain(AGENDA_STRINGS.ja.commitmentsEmptySlot);
  });

  it("escapes every user string", () => {
    const view = agendaView(
      {
        objectiveTitle: XSS,
        desiredOutcome: XSS,
        departments: [{ name: XSS, mission: XSS }],
        attendees: [],
        obstacles: [XSS],
      },
      {
        contributions: [contribution(XSS, XSS, XSS)],
        commitments: [
          commitment({ ownerName: XSS, ownerDepartment: XSS, action: XSS, helpsDepartment: XSS, servesObjective: XSS }),
        ],
      },
    );
    const html = renderAgendaHtml(view, { liveUrl: LIVE });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html.split(XSS_ESCAPED).length - 1).toBeGreaterThanOrEqual(10);
  });

  it("uses only elements and attributes Outlook keeps, with inline styles only", () => {
    const html = renderAgendaHtml(richView(), { liveUrl: LIVE });
    const allowed = new Set(["div", "p", "table", "tr", "td", "th", "b", "strong", "a", "br", "span", "ul", "li"]);
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9:]*)/g)].map((m) => (m[1] ?? "").toLowerCase());
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((t) => !allowed.has(t))).toEqual([]);
    const attrs = [...html.matchAll(/\s([a-zA-Z-]+)="/g)].map((m) => m[1]);
    expect(new Set(attrs)).toEqual(new Set(["lang", "style", "href"]));
    expect(html).not.toMatch(/<!--|<style|<svg|\sclass=|\sid=|\sdata-/i);
  });

  it("accepts only http(s) live links and escapes the href", () => {
    const html = renderAgendaHtml(agendaView(), { liveUrl: "https://cp.example/agenda/ag_1?a=1&b=2" });
    expect(html).toContain('href="https://cp.example/agenda/ag_1?a=1&amp;b=2"');
    for (const bad of [
      "javascript:alert(1)",
      "JAVASCRIPT://x",
      "data:text/html,<b>x</b>",
      "ftp://cp.example/agenda/1",
      "/agenda/ag_1",
      "https://cp.example/agenda/1\" onclick=\"x",
      "https://cp.example/a b",
      "",
    ]) {
      expect(() => renderAgendaHtml(agendaView(), { liveUrl: bad }), bad).toThrow(/http\(s\)/);
      expect(() => renderAgendaText(agendaView(), { liveUrl: bad }), bad).toThrow(/http\(s\)/);
    }
  });

  it("keeps user text from faking a marker line", () => {
    const fake = `${AGENDA_END_MARKER.ja} ${AGENDA_START_MARKER.en}`;
    const view = agendaView({ objectiveTitle: fake }, { contributions: [contribution("営業部", fake)] });
    for (const out of [renderAgendaHtml(view, { liveUrl: LIVE }), renderAgendaText(view, { liveUrl: LIVE })]) {
      const start = findStartMarker(out);
      expect(findStartMarker(out, start?.end)).toBeNull();
      const end = findEndMarker(out);
      expect(start).not.toBeNull();
      expect(end).not.toBeNull();
      expect(findEndMarker(out, end?.end)).toBeNull();
      expect(out.lastIndexOf(AGENDA_END_MARKER.ja)).toBe(end?.index);
    }
  });

  it("is found whole as an agenda block", () => {
    const html = renderAgendaHtml(richView(), { liveUrl: LIVE });
    expect(findAgendaBlock(html, "html")).toEqual({ start: 0, end: html.length });
  });
});

describe("renderAgendaText", () => {
  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    it(`has the same sections in the same order, without HTML (${lang})`, () => {
      const text = renderAgendaText(richView(), { liveUrl: LIVE, lang });
      const order = positions(text, [
        AGENDA_START_MARKER[lang],
        `1. ${s.objectiveHeading}`,
        s.desiredOutcomeLabel,
        `2. ${s.contributionsHeading}`,
        `3. ${s.obstaclesHeading}`,
        `4. ${s.commitmentsHeading}`,
        `5. ${s.appendixHeading}`,
        `${s.liveLinkLabel}${lang === "ja" ? "：" : ": "}${LIVE}`,
        AGENDA_END_MARKER[lang],
      ]);
      expect(order.every((p) => p >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(text).not.toMatch(/<[a-z/]/i);
      expect(text.split("\n")[0]).toBe(AGENDA_START_MARKER[lang]);
      expect(text.split("\n").at(-1)).toBe(AGENDA_END_MARKER[lang]);
    });
  }

  it("lists commitments with who, what, by when and how it serves the objective", () => {
    const text = renderAgendaText(richView(), { liveUrl: LIVE, lang: "en" });
    expect(text).toContain("   - Who: 田中 花子 (営業部)\n     What: 大手顧客10社のリストを企画部に共有する\n     By when: Apr 15, 2026\n     How it serves the objective: 提案先を早く決められる");
    expect(text).toContain("What: Share the pipeline report [Done] (Helps: 企画部)");
    expect(text).toContain("What: Weekly sync [Dropped]");
  });

  it("writes Japanese with full-width punctuation and yyyy/mm/dd dates", () => {
    const text = renderAgendaText(richView(), { liveUrl: LIVE, lang: "ja" });
    expect(text).toContain("   - 誰が：田中 花子（営業部）\n     何を：大手顧客10社のリストを企画部に共有する\n     いつまでに：2026/04/15\n     目的にどう役立つか：提案先を早く決められる");
    expect(text).toContain("何を：Share the pipeline report［完了］（支援先：企画部）");
    expect(text).toContain("5. 付録：各部門のミッション\n   営業部：顧客との関係を築き、売上をつくる");
    expect(text).toContain(`ライブアジェンダを開く：${LIVE}\n━━ Common Purpose：アジェンダここまで ━━`);
    expect(text).not.toMatch(/2026-04-15/);
  });

  it("has no half-width colon or parenthesis in any Japanese string of the block", () => {
    for (const [name, value] of Object.entries(AGENDA_STRINGS.ja)) {
      for (const v of typeof value === "string" ? [value] : Object.values(value)) {
        expect(v, name).not.toMatch(/[A-Za-z\u3040-\u30ff\u4e00-\u9fff][:()]|[:()][\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
    const text = renderAgendaText(richView(), { liveUrl: LIVE, lang: "ja" });
    const html = renderAgendaHtml(richView(), { liveUrl: LIVE, lang: "ja" });
    // Outside URLs, no half-width colon or parenthesis next to Japanese text.
    for (const out of [text.replace(/https?:\/\/\S+/g, ""), html.replace(/<[^>]*>/g, "")]) {
      expect(out).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff][:()]|[:()][\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("keeps lines within 100 characters, wrapping long Japanese and English text", () => {
    const longJa = "大手企業向けのCRMビジネスを拡大するために、".repeat(12);
    const longEn = "We can introduce our largest enterprise customers to the planning team every month ".repeat(5);
    const view = agendaView(
      { objectiveTitle: longJa, desiredOutcome: longEn, obstacles: [longJa, longEn] },
      { contributions: [contribution("営業部", `${longEn}\n${longJa}`)], commitments: [commitment({ action: longEn, servesObjective: longJa })] },
    );
    for (const lang of ["ja", "en"] as const) {
      const text = renderAgendaText(view, { liveUrl: LIVE, lang });
      const tooLong = text.split("\n").filter((l) => Array.from(l).length > 100);
      expect(tooLong).toEqual([]);
      expect(text.replace(/\s+/g, "")).toContain(longEn.replace(/\s+/g, "").slice(0, 200));
    }
  });

  it("never breaks the live link, even when it is long", () => {
    const url = `https://cp.contoso.example/${"x".repeat(120)}/agenda/ag_1`;
    expect(renderAgendaText(agendaView(), { liveUrl: url })).toContain(url);
  });
});
