import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectCommitments } from "../../../src/core/agenda/collect-commitments";
import { mergeAgendaIntoBody } from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import type { Lang } from "../../../src/core/api/primitives";
import { parseDate } from "../../../src/core/text/parse-date";
import { agendaView, commitment } from "./agenda-view-fixture";
import { simulateOutlookRewrite, simulateWordRewrite } from "./outlook-rewrite";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "test/fixtures/outlook-bodies", name), "utf8");
const OWA = fixture("owa-teams-legacy-link.html");
const CLASSIC = fixture("classic-windows-ja.html");
const TEXT = fixture("plain-text-teams.txt");
const LIVE = "https://purpose.example/agenda/ag_1";

const view = (lang: Lang) =>
  agendaView(
    { lang },
    {
      commitments: [
        commitment(),
        commitment({ ownerName: "Ichiro Suzuki", ownerDepartment: "企画部", action: "Draft the proposal", dueDate: "2026-05-01", helpsDepartment: "営業部", status: "done", servesObjective: "" }),
      ],
    },
  );

const RENDERED = [
  { owner: "田中 花子", ownerDepartment: "営業部", action: "大手顧客10社のリストを企画部に共有する", helpsDepartment: null, dueDate: "2026-04-15", servesObjective: "提案先を早く決められる" },
  { owner: "Ichiro Suzuki", ownerDepartment: "企画部", action: "Draft the proposal", helpsDepartment: "営業部", dueDate: "2026-05-01", servesObjective: "" },
];

const HAND_ROW = "<tr><td>Misaki Tanaka</td><td>Call three accounts&nbsp;</td><td>2026/6/3</td><td>Finds the first <b>customers</b></td></tr>";

describe("collectCommitments (HTML)", () => {
  it.each([
    ["en", "OWA rewrite", (h: string) => simulateOutlookRewrite(h)],
    ["ja", "OWA rewrite, two setAsync, &#9473; markers", (h: string) => simulateOutlookRewrite(h, { spacers: 2, entities: true })],
    ["ja", "classic Outlook (Word) rewrite", simulateWordRewrite],
    ["en", "no rewrite", (h: string) => h],
  ] as const)("reads the rendered rows back (%s, %s), plus a row typed into the table by hand", (lang, _name, rewrite) => {
    const block = rewrite(renderAgendaHtml(view(lang), { liveUrl: LIVE }));
    const typed = block.replace(/<\/tr>(?![\s\S]*<\/tr>)/, `</tr>${HAND_ROW}`);
    const body = mergeAgendaIntoBody(lang === "ja" ? CLASSIC : OWA, typed, "html").body;
    const found = collectCommitments(body, "html");
    expect(found.map(({ dueText: _d, ...r }) => r)).toEqual([
      ...RENDERED,
      { owner: "Misaki Tanaka", ownerDepartment: null, action: "Call three accounts", helpsDepartment: null, dueDate: "2026-06-03", servesObjective: "Finds the first customers" },
    ]);
  });

  it("skips the header and empty rows, reports an unreadable due date as null", () => {
    const html = renderAgendaHtml(view("en"), { liveUrl: LIVE }).replace(
      /<\/table>/,
      "<tr><td></td><td> </td><td></td><td></td></tr><tr><td>Ken</td><td>Book the room</td><td>next Friday</td><td></td></tr></table>",
    );
    const found = collectCommitments(html, "html");
    expect(found).toHaveLength(3);
    expect(found[2]).toMatchObject({ owner: "Ken", action: "Book the room", dueDate: null, dueText: "next Friday" });
  });

  it("reads lines typed under the empty slot when no table was rendered yet", () => {
    const empty = renderAgendaHtml(agendaView({ lang: "en" }), { liveUrl: LIVE });
    const typed = empty.replace(
      "(to be recorded during the meeting)</p>",
      "(to be recorded during the meeting)</p><div>Misaki Tanaka | Call three accounts | 2026-06-03 | first customers</div><div>Ken ｜ Book the room ｜ 2026年6月10日</div>",
    );
    const body = mergeAgendaIntoBody(OWA, simulateOutlookRewrite(typed), "html").body;
    expect(collectCommitments(body, "html")).toMatchObject([
      { owner: "Misaki Tanaka", action: "Call three accounts", dueDate: "2026-06-03", servesObjective: "first customers" },
      { owner: "Ken", action: "Book the room", dueDate: "2026-06-10", servesObjective: "" },
    ]);
  });

  it("finds nothing in a body without an agenda, or with an empty commitments section", () => {
    expect(collectCommitments(OWA, "html")).toEqual([]);
    expect(collectCommitments(renderAgendaHtml(agendaView({ lang: "ja" }), { liveUrl: LIVE }), "html")).toEqual([]);
  });

  it("does not read tables outside the commitments section (e.g. the user's own table in the body)", () => {
    const other = "<table><tr><td>Alice</td><td>Lunch</td><td>2026-01-01</td></tr></table>";
    const body = mergeAgendaIntoBody(OWA.replace("</body>", `${other}</body>`), renderAgendaHtml(agendaView({ lang: "en" }), { liveUrl: LIVE }), "html").body;
    expect(collectCommitments(body, "html")).toEqual([]);
  });
});

describe("collectCommitments (plain text)", () => {
  it.each(["ja", "en"] as const)("reads the rendered entries back (%s), plus lines typed by hand", (lang) => {
    const block = renderAgendaText(view(lang), { liveUrl: LIVE });
    const who = lang === "ja" ? "誰が" : "Who";
    const what = lang === "ja" ? "何を" : "What";
    const due = lang === "ja" ? "いつまでに" : "By when";
    const typed = block.replace(
      /\n\n(5\. )/,
      `\n   - ${who}: Misaki Tanaka\n     ${what}: Call three accounts\n     ${due}: 2026/6/3\n   - Ken | Book the room | 2026-06-10\n\n$1`,
    );
    const body = mergeAgendaIntoBody(TEXT, typed, "text").body;
    expect(collectCommitments(body, "text").map(({ dueText: _d, ...r }) => r)).toEqual([
      ...RENDERED,
      { owner: "Misaki Tanaka", ownerDepartment: null, action: "Call three accounts", helpsDepartment: null, dueDate: "2026-06-03", servesObjective: "" },
      { owner: "Ken", ownerDepartment: null, action: "Book the room", helpsDepartment: null, dueDate: "2026-06-10", servesObjective: "" },
    ]);
  });

  it("joins a wrapped long action back into one line", () => {
    const long = "Prepare the enterprise proposal together with planning, including pricing, references and a rollout plan for the first three accounts";
    const v = agendaView({ lang: "en" }, { commitments: [commitment({ ownerName: "Ken", ownerDepartment: "", action: long, servesObjective: "" })] });
    const body = mergeAgendaIntoBody(TEXT, renderAgendaText(v, { liveUrl: LIVE }), "text").body;
    expect(collectCommitments(body, "text")).toMatchObject([{ owner: "Ken", action: long }]);
  });

  it("finds nothing when the section only holds the empty slot", () => {
    const body = mergeAgendaIntoBody(TEXT, renderAgendaText(agendaView({ lang: "en" }), { liveUrl: LIVE }), "text").body;
    expect(collectCommitments(body, "text")).toEqual([]);
  });
});

describe("parseDate (due dates as written: formatDate's, ISO, typed)", () => {
  it.each([
    ["2026-12-01", "2026-12-01"],
    ["2026/12/1", "2026-12-01"],
    ["2026.1.5", "2026-01-05"],
    ["２０２６年１２月１日", "2026-12-01"],
    ["by 2026-12-01 please", "2026-12-01"],
    ["2026-02-30", null],
    ["next week", null],
  ])("%s → %s", (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});
