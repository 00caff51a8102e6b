// A department slot the organizer proposed is written in the agenda as hers, for that department,
// until someone of the department confirms it — then as theirs. In both renderers and languages.
import { describe, expect, it } from "vitest";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import type { Contribution } from "../../../src/core/api/contract";
import { agendaView, contribution } from "./agenda-view-fixture";

const proposed = (c: Contribution): Contribution => ({ ...c, proposal: { status: "proposed", confirmedByEmail: null, confirmedByName: "", confirmedAt: null } });
const confirmed = (c: Contribution): Contribution => ({
  ...c,
  proposal: { status: "confirmed", confirmedByEmail: "misaki.tanaka@contoso.example", confirmedByName: "田中 美咲", confirmedAt: "2026-04-01T10:00:00.000Z" },
});
const opts = { liveUrl: "https://purpose.example/agenda/ag_1", timeZone: "Asia/Tokyo" };

describe("agenda body: the organizer's proposals", () => {
  it("names the organizer as proposer while it is proposed (ja and en, HTML and text)", () => {
    const view = agendaView({}, { contributions: [proposed(contribution("企画部", "デモを 3 社分つくる", "佐藤 花子"))] });
    // One unit: a narrow line moves the whole byline down instead of breaking inside the name.
    expect(renderAgendaHtml(view, { ...opts, lang: "ja" })).toContain('デモを 3 社分つくる <span style="color:#616161;display:inline-block">— 提案：佐藤 花子（主催者）</span>');
    expect(renderAgendaText(view, { ...opts, lang: "ja" })).toContain("デモを 3 社分つくる — 提案：佐藤 花子（主催者）");
    expect(renderAgendaText(view, { ...opts, lang: "en" })).toContain("デモを 3 社分つくる — Proposed by 佐藤 花子 (organizer)");
  });

  it("names who of the department confirmed it once they did; an ordinary contribution its author", () => {
    const view = agendaView({}, { contributions: [confirmed(contribution("企画部", "デモを 3 社分つくる", "佐藤 花子")), contribution("営業部", "紹介する", "鈴木 一郎")] });
    const text = renderAgendaText(view, { ...opts, lang: "ja" });
    expect(text).toContain("デモを 3 社分つくる — 田中 美咲");
    expect(text).not.toContain("提案：");
    expect(text).toContain("紹介する — 鈴木 一郎");
  });
});
