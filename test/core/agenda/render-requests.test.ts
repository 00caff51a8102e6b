// Section 2 of the inserted agenda lists the requests between departments still waiting for an
// answer (「お互いへのお願い」 / "What we ask of each other"): after the department slots, before
// section 3; accepted ones are commitments of section 4, closed ones are not listed.
import { describe, expect, it } from "vitest";
import { agendaLiveUrl } from "../../../src/core/agenda/agenda-markers";
import { AGENDA_STRINGS } from "../../../src/core/agenda/agenda-strings";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import type { AgendaView } from "../../../src/core/api/contract";
import type { DepartmentRequest } from "../../../src/core/api/request-view";
import { agendaView, commitment } from "./agenda-view-fixture";

const LIVE = agendaLiveUrl("https://cp.contoso.example", "ag_1");
const AT = "2026-04-01T09:00:00+09:00";
const SALES_ASK = "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい";
const PLANNING_ASK = "訪問先の業界別ニーズ（AIで何をしたいか）をまとめてほしい";
const COUNTER = "まず1社で技術検証をして、結果を提案に入れる";

function request(overrides: Partial<DepartmentRequest>): DepartmentRequest {
  return {
    id: `r-${Math.random().toString(36).slice(2, 10)}`,
    agendaId: "ag_1",
    fromDepartment: "営業部",
    toDepartment: "企画部",
    text: SALES_ASK,
    neededBy: null,
    status: "open",
    askedByEmail: "hanako.tanaka@contoso.example",
    askedByName: "田中 花子",
    responseText: "",
    answeredByEmail: null,
    answeredByName: "",
    answeredAt: null,
    firstAnsweredAt: null,
    commitmentId: null,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    ...overrides,
  };
}

const withRequests = (requests: DepartmentRequest[], view: AgendaView = agendaView()): AgendaView => ({ ...view, requests });

describe("open requests in the agenda body", () => {
  const story = () =>
    withRequests(
      [
        request({ status: "countered", responseText: COUNTER, neededBy: "2026-04-20" }),
        request({ fromDepartment: "企画部", toDepartment: "営業部", text: PLANNING_ASK }),
        request({ text: "accepted ask", status: "accepted", commitmentId: "k-1" }),
        request({ text: "declined ask", status: "declined", responseText: "no" }),
        request({ text: "withdrawn ask", status: "withdrawn" }),
      ],
      agendaView({}, { commitments: [commitment({ action: "業界別ニーズをまとめる", ownerDepartment: "営業部", helpsDepartment: "企画部", requestId: "r-x" })] }),
    );

  for (const lang of ["ja", "en"] as const) {
    const s = AGENDA_STRINGS[lang];
    for (const [format, render] of [["html", renderAgendaHtml], ["text", renderAgendaText]] as const) {
      it(`lists only open ones in section 2, after the departments and before section 3; objective first (${lang}, ${format})`, () => {
        const body = render(story(), { liveUrl: LIVE, lang, today: "2026-04-02" });
        const at = (part: string) => body.indexOf(part);
        expect(at(s.objectiveHeading)).toBeGreaterThan(-1);
        expect(at(s.objectiveHeading)).toBeLessThan(at(s.contributionsHeading));
        expect(at(s.contributionsHeading)).toBeLessThan(at(s.requestsHeading));
        expect(at("企画部")).toBeLessThan(at(s.requestsHeading));
        expect(at(s.requestsHeading)).toBeLessThan(at(SALES_ASK));
        expect(at(SALES_ASK)).toBeLessThan(at(PLANNING_ASK));
        expect(at(PLANNING_ASK)).toBeLessThan(at(s.obstaclesHeading));
        for (const closed of ["accepted ask", "declined ask", "withdrawn ask"]) expect(body).not.toContain(closed);
        // The accepted one is a commitment in section 4.
        expect(at("業界別ニーズをまとめる")).toBeGreaterThan(at(s.commitmentsHeading));
        expect(body).toContain(COUNTER);
      });
    }
  }

  it("says who asks whom, by when, the counter-offer and whose answer it waits for (ja, text)", () => {
    const text = renderAgendaText(story(), { liveUrl: LIVE, lang: "ja", today: "2026-04-02" });
    expect(text).toContain("◆ お互いへのお願い");
    expect(text).toMatch(/- 営業部 → 企画部：大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい（.*4.*20.*までに）/);
    expect(text).toContain(`代案：${COUNTER}（営業部の回答待ち）`);
    expect(text).toContain(`- 企画部 → 営業部：${PLANNING_ASK}`);
    expect(text).toContain("（営業部の回答待ち）");
  });

  it("says the same in English with half-width punctuation (en, html)", () => {
    const html = renderAgendaHtml(story(), { liveUrl: LIVE, lang: "en", today: "2026-04-02" });
    expect(html).toContain("What we ask of each other");
    expect(html).toContain(`営業部 → 企画部: ${SALES_ASK} (needed by`);
    expect(html).toContain(`Counter-offer: ${COUNTER} (waiting for 営業部)`);
    expect(html).toMatch(new RegExp(`${PLANNING_ASK.replace(/[()（）]/g, ".")}<br><span [^>]*>\\(waiting for 営業部\\)</span>`));
  });

  it("escapes what people wrote and adds nothing when no request is open", () => {
    const xss = `<img src=x onerror='alert(1)'>`;
    const html = renderAgendaHtml(withRequests([request({ text: xss, fromDepartment: "<b>部</b>" })]), { liveUrl: LIVE, lang: "ja" });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&#39;alert(1)&#39;&gt;");
    expect(html).toContain("&lt;b&gt;部&lt;/b&gt;");
    for (const view of [agendaView(), withRequests([request({ status: "declined" })])]) {
      expect(renderAgendaHtml(view, { liveUrl: LIVE, lang: "ja" })).not.toContain(AGENDA_STRINGS.ja.requestsHeading);
      expect(renderAgendaText(view, { liveUrl: LIVE, lang: "en" })).not.toContain(AGENDA_STRINGS.en.requestsHeading);
    }
  });

  it("lists requests carried over from an earlier meeting after this meeting's own, saying where from", () => {
    const view = { ...withRequests([request({ text: "この会議のお願い" })]), carriedRequests: [{ ...request({ text: "前回のお願い", status: "countered", responseText: COUNTER }), meeting: { subject: "前回の合同会議", at: AT } }] };
    const text = renderAgendaText(view, { liveUrl: LIVE, lang: "ja", today: "2026-04-02" });
    expect(text.indexOf("この会議のお願い")).toBeLessThan(text.indexOf("前回のお願い"));
    expect(text).toContain(`代案：${COUNTER}（営業部の回答待ち、「前回の合同会議」から持ち越し）`);
    const html = renderAgendaHtml(view, { liveUrl: LIVE, lang: "en" });
    expect(html).toContain("(waiting for 営業部; carried over from &quot;前回の合同会議&quot;)");
  });
});
