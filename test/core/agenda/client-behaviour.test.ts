// The agenda block against what real clients do to it, each case from our own fixture of that
// behaviour (test/fixtures/outlook-client-behaviour/README.md): the old block is found and
// replaced, everything outside it — the Teams block above all — comes out byte for byte.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isLiveAgendaLink, hasLiveAgendaUrl } from "../../../src/core/agenda/agenda-markers";
import { collectCommitments } from "../../../src/core/agenda/collect-commitments";
import { findAgendaBlocks, mergeAgendaIntoBody } from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import { parseTeamsThreadId } from "../../../src/core/meeting/teams-link";
import { unwrapSafeLink } from "../../../src/core/text/safe-links";
import { agendaView, commitment } from "./agenda-view-fixture";
import { simulateOutlookRewrite } from "./outlook-rewrite";

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), "test/fixtures/outlook-client-behaviour", name), "utf8");
const LIVE = "https://cp.contoso.example/agenda/ag_1";
const opts = { liveUrl: LIVE, today: "2026-03-15" };
const NEW_TITLE = "新しい目的：大手企業の継続率を上げる";
const NEW_HTML = renderAgendaHtml(agendaView({ objectiveTitle: NEW_TITLE }), opts);
const NEXT_HTML = renderAgendaHtml(agendaView({ objectiveTitle: "三回目の目的" }), opts);
const OLD_TEXT = "大手顧客10社の紹介を準備できる";

/** [start, end) of the old block in a fixture: from `from` (after it, when `skip`) up to `to`. */
function oldBlock(body: string, from: string, to: string, skip = false): { start: number; end: number } {
  const at = body.indexOf(from);
  const start = skip ? at + from.length : at;
  const end = body.indexOf(to, start);
  expect(at >= 0 && end > start, `${from} … ${to}`).toBe(true);
  return { start, end };
}

/** Inserting replaces exactly the old block; inserting again replaces only the new one. */
function expectReplaced(body: string, range: { start: number; end: number }) {
  const before = body.slice(0, range.start);
  const after = body.slice(range.end);
  expect(before + after).not.toContain("Common Purpose");
  expect(findAgendaBlocks(body, "html")).toEqual([range]);
  const merged = mergeAgendaIntoBody(body, NEW_HTML, "html");
  expect(merged.replaced).toBe(true);
  expect(merged.body).toBe(before + NEW_HTML + after);
  expect(merged.body).not.toContain(OLD_TEXT);
  expect(mergeAgendaIntoBody(merged.body, NEXT_HTML, "html").body).toBe(before + NEXT_HTML + after);
}

const OWA_WRAPPER = '<div class="elementToProof"';
const OWA_AFTER = '\n<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService';
const WORD_SECTION = '<div class="WordSection1">\n';

describe("Safe Links rewrote the links and the user deleted the end line", () => {
  const owa = fixture("owa-safelinks-end-line-deleted.html");
  const classic = fixture("classic-safelinks-originalsrc-end-line-deleted.html");
  // The same bodies with our outer element's border gone, so the live link alone must end the block.
  const withoutOuterMark = (body: string) => body.replace(/border-left:\s*4px solid #5b5fc7;?/gi, "");

  it("the fixtures really are rewritten: no live-agenda URL in clear in an href, no end line", () => {
    expect(owa).toContain("safelinks.protection.outlook.com/?url=https%3A%2F%2Fcp.contoso.example%2Fagenda%2Fag_1&amp;data=");
    expect(owa).not.toMatch(/href="https:\/\/cp\.contoso\.example/);
    expect(classic).toContain('originalsrc="https://cp.contoso.example/agenda/ag_1"');
    for (const body of [owa, classic]) expect(body).not.toMatch(/アジェンダここまで|&#9473;&#9473;\s*<\/span>\s*<\/p>\s*<\/div>/);
  });

  it("OWA: finds the old block through the Safe Links URL and replaces it", () => {
    expectReplaced(owa, oldBlock(owa, OWA_WRAPPER, OWA_AFTER));
    const bare = withoutOuterMark(owa);
    expect(bare).not.toBe(owa);
    expectReplaced(bare, oldBlock(bare, OWA_WRAPPER, OWA_AFTER));
  });

  it("classic Outlook: finds the old block through href or originalsrc and replaces it", () => {
    const range = oldBlock(classic, WORD_SECTION, '<p class="MsoNormal">営業部・企画部の皆さま', true);
    expectReplaced(classic, range);
    // A second gateway made the href opaque: originalsrc alone still names the live agenda.
    const opaque = withoutOuterMark(classic).replace(/href="https:\/\/apc01\.safelinks[^"]*"/g, 'href="https://protect-eu.mimecast.com/s/AbCdEfGhIjKl?domain=cp.contoso.example"');
    expect(opaque).not.toContain("apc01.safelinks");
    expectReplaced(opaque, oldBlock(opaque, WORD_SECTION, '<p class="MsoNormal">営業部・企画部の皆さま', true));
  });

  it("plain text: a Safe Links URL on the live-link line still ends the block", () => {
    const converted = fixture("classic-html-to-plain-en.txt");
    const wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(LIVE)}&data=05%7C02%7C0&reserved=0`;
    const body = converted.replace(`<${LIVE}>`, `<${wrapped}>`).replace("━━ Common Purpose: end of agenda ━━\n", "");
    expect(body).not.toContain(`<${LIVE}>`);
    const tail = body.slice(body.indexOf(`${wrapped}>\n`) + wrapped.length + 2);
    const T = renderAgendaText(agendaView({ objectiveTitle: NEW_TITLE, lang: "en" }), opts);
    expect(mergeAgendaIntoBody(body, T, "text")).toEqual({ body: `${T}\n${tail}`, replaced: true });
  });

  it("the Teams block's Safe Links still give the thread id", () => {
    expect(parseTeamsThreadId(owa)).toBe("19:meeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0@thread.v2");
  });

  it("unwraps Safe Links URLs, also wrapped twice, and leaves other URLs alone", () => {
    const target = "https://cp.contoso.example/agenda/ag_1?x=1&y=%E6%97%A5";
    const once = `https://nam02.safelinks.protection.outlook.com/ap/t-59584e83/?url=${encodeURIComponent(target)}&data=05%7C02&reserved=0`;
    const twice = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(once)}&data=x&reserved=0`;
    expect(unwrapSafeLink(once)).toBe(target);
    expect(unwrapSafeLink(twice)).toBe(target);
    expect(unwrapSafeLink("https://gcc02.safelinks.protection.office365.us/?url=https%3A%2F%2Fa.example%2Fagenda%2Fx&data=1")).toBe("https://a.example/agenda/x");
    expect(unwrapSafeLink("https://example.com/?url=https%3A%2F%2Fcp.example%2Fagenda%2Fx")).toBe("https://example.com/?url=https%3A%2F%2Fcp.example%2Fagenda%2Fx");
    expect(unwrapSafeLink("https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fx")).toContain("evil.example");
    expect(unwrapSafeLink("https://nam02.safelinks.protection.outlook.com/?url=%E0%A4%A&data=1")).toBe("%E0%A4%A");
  });

  it("recognises live-agenda links by href or originalsrc, quoted or not, and nothing else", () => {
    const wrapped = `https://apc01.safelinks.protection.outlook.com/?url=${encodeURIComponent(LIVE)}&amp;data=1&amp;reserved=0`;
    expect(isLiveAgendaLink(` href="${wrapped}" style="color: red;"`)).toBe(true);
    expect(isLiveAgendaLink(` href=${wrapped.replace(/&amp;/g, "&")}`)).toBe(true);
    expect(isLiveAgendaLink(` href='https://x.example/opaque' originalsrc='${LIVE}' shash='a'`)).toBe(true);
    expect(isLiveAgendaLink(` href="https://x.example/opaque" title="${LIVE}"`)).toBe(false);
    expect(isLiveAgendaLink(` href="https://x.example/home" style="background:url(/agenda/x)"`)).toBe(false);
    expect(hasLiveAgendaUrl(`：${wrapped.replace(/&amp;/g, "&")}`)).toBe(true);
    expect(hasLiveAgendaUrl("：https://x.example/opaque")).toBe(false);
  });
});

describe("end line emptied inside our outer element, live link rewritten by Safe Links", () => {
  const owa = fixture("owa-safelinks-end-line-emptied.html");
  const classic = fixture("classic-safelinks-originalsrc-end-line-emptied.html");
  const OWA_EMPTIED = '<p style="margin: 0px 0px 8px; font-size: 12px; font-weight: bold; color: rgb(91, 95, 199);"><br></p>';
  const WORD_EMPTIED = "<p class=MsoNormal style='margin:0 0 8px 0;font-size:12px;font-weight:bold;color:#5b5fc7'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
  const WORD_USER = '<p class="MsoNormal">営業部・企画部の皆さま';
  /** The `<a …>` attributes of the live-agenda link in a body, as the finder sees them. */
  const liveLinkAttrs = (body: string) => /<a\b([^>]*)>(?:<span[^>]*>)?ライブアジェンダを開く/.exec(body)?.[1] ?? "";

  it("the fixtures: the emptied end line sits inside our bordered element, after a rewritten live link", () => {
    expect(owa).toContain(`ライブアジェンダを開く</a></p>${OWA_EMPTIED}</div></div>`);
    expect(classic).toContain("mso-element:para-border-div;border:none;border-left:solid #5B5FC7 3.0pt");
    expect(classic).toContain(`${WORD_EMPTIED}\n</div>`);
    for (const body of [owa, classic]) {
      expect(body).not.toMatch(/アジェンダここまで/);
      expect(body).not.toMatch(/href="https:\/\/cp\.contoso\.example/);
      // Still recognised as our live link: through the Safe Links URL, and in classic Outlook also
      // through originalsrc.
      expect(isLiveAgendaLink(liveLinkAttrs(body))).toBe(true);
    }
    expect(liveLinkAttrs(classic)).toContain('originalsrc="https://cp.contoso.example/agenda/ag_1"');
    expect(isLiveAgendaLink(liveLinkAttrs(classic).replace(/href="[^"]*"/, 'href="https://protect-eu.mimecast.com/s/AbCd"'))).toBe(true);
  });

  it("OWA: our outer element is the block, the emptied line goes with it; nothing is nested or left behind", () => {
    expectReplaced(owa, oldBlock(owa, OWA_WRAPPER, OWA_AFTER));
    const merged = mergeAgendaIntoBody(owa, NEW_HTML, "html").body;
    expect(merged).not.toContain(OWA_EMPTIED);
    expect(merged.match(/border-left:\s*4px solid (?:#5b5fc7|rgb\(91, 95, 199\))/gi)).toHaveLength(1);
    expect(merged).toContain("Let's align on the next steps for the enterprise CRM push.");
    expect(parseTeamsThreadId(merged)).toBe("19:meeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0@thread.v2");
  });

  it("classic Outlook: Word's para-border-div is the block, with href or originalsrc alone naming the agenda", () => {
    const range = oldBlock(classic, WORD_SECTION, WORD_USER, true);
    expect(classic.slice(range.start, range.end)).toMatch(/^<div style='mso-element:para-border-div[\s\S]*<\/div>$/);
    expectReplaced(classic, range);
    const opaque = classic.replace(/href="https:\/\/apc01\.safelinks[^"]*"/g, 'href="https://protect-eu.mimecast.com/s/AbCdEfGhIjKl?domain=cp.contoso.example"');
    expect(opaque).not.toContain("apc01.safelinks");
    expectReplaced(opaque, oldBlock(opaque, WORD_SECTION, WORD_USER, true));
    expect(mergeAgendaIntoBody(classic, NEW_HTML, "html").body).not.toContain(WORD_EMPTIED);
  });

  it("without our border the rewritten live link still ends the block; the emptied line is the user's to keep", () => {
    const bare = owa.replace(/border-left:\s*4px solid #5b5fc7;?/gi, "");
    const blocks = findAgendaBlocks(bare, "html");
    expect(blocks).toHaveLength(1);
    const { start, end } = blocks[0]!;
    expect(bare.slice(start, end)).toMatch(/^<p style="margin: 0 0 8px 0;[\s\S]*ライブアジェンダを開く<\/a><\/p>$/);
    const merged = mergeAgendaIntoBody(bare, NEW_HTML, "html");
    expect(merged).toEqual({ body: bare.slice(0, start) + NEW_HTML + bare.slice(end), replaced: true });
    expect(merged.body).toContain(OWA_EMPTIED);
  });
});

describe("end line and live link deleted, our outer element kept by Outlook", () => {
  it("OWA (style re-serialised with rgb() colours): the element is the block; the user's line below stays", () => {
    const body = fixture("owa-outer-element-only.html");
    expect(body).toContain("border-left: 4px solid rgb(91, 95, 199);");
    expect(body).not.toMatch(/ライブアジェンダを開く|アジェンダここまで/);
    expectReplaced(body, oldBlock(body, OWA_WRAPPER, OWA_AFTER));
    expect(mergeAgendaIntoBody(body, NEW_HTML, "html").body).toContain("会議室は 7F 大会議室です。");
  });

  it("classic Outlook (Word's para-border-div): the element is the block; the user's paragraph below stays", () => {
    const body = fixture("classic-outer-element-only.html");
    expect(body).toContain("border-left:solid #5B5FC7 3.0pt");
    expectReplaced(body, oldBlock(body, WORD_SECTION, "\n<p class=MsoNormal><span lang=JA style='font-family:\"游ゴシック\"", true));
  });

  it("an element whose text does not begin with the start line is not ours to replace", () => {
    const body = fixture("owa-outer-element-only.html").replace('<p style="margin: 0 0 8px 0;', '<p>Notes first</p><p style="margin: 0 0 8px 0;');
    expect(findAgendaBlocks(body, "html")).toEqual([]);
    const merged = mergeAgendaIntoBody(body, NEW_HTML, "html");
    expect(merged.replaced).toBe(false);
    expect(merged.body).toContain(OLD_TEXT);
  });

  it("a bordered element holding a second block is not taken as the first block's end", () => {
    const body = fixture("owa-outer-element-only.html");
    const inner = body.replace("</ul>", `</ul>${simulateOutlookRewrite(NEXT_HTML, { wrapperAttrs: null, spacer: "none" })}`);
    const blocks = findAgendaBlocks(inner, "html");
    expect(blocks).toHaveLength(1);
    expect(inner.slice(blocks[0]!.start, blocks[0]!.end)).toContain("三回目の目的");
  });
});

describe('plain text made with "Reply with meeting": quoted earlier agendas', () => {
  const body = fixture("plain-reply-with-meeting-quoted.txt");
  const T1 = renderAgendaText(agendaView({}, { commitments: [commitment({ action: "今回の約束" })] }), opts);
  const T2 = renderAgendaText(agendaView({ objectiveTitle: NEW_TITLE, lang: "en" }), opts);

  it("are never a block: a fresh block goes on top and every quoted line stays byte-identical", () => {
    expect(body).toMatch(/^> ━━ Common Purpose アジェンダ ━━$/m);
    expect(findAgendaBlocks(body, "text")).toEqual([]);
    const once = mergeAgendaIntoBody(body, T1, "text");
    expect(once).toEqual({ body: `${T1}\n\n${body}`, replaced: false });
    const twice = mergeAgendaIntoBody(once.body, T2, "text");
    expect(twice).toEqual({ body: `${T2}\n\n${body}`, replaced: true });
    expect(findAgendaBlocks(twice.body, "text")).toEqual([{ start: 0, end: T2.length + 2 }]);
  });

  it("do not end our own block when its end line and live link were deleted", () => {
    const damaged = T1.split("\n").slice(0, -2).join("\n");
    const merged = mergeAgendaIntoBody(`${damaged}\n\n${body}`, T2, "text");
    expect(merged).toEqual({ body: `${T2}\n\n${damaged}\n\n${body}`, replaced: false });
  });

  it("are not collected as this meeting's commitments", () => {
    expect(collectCommitments(body, "text")).toEqual([]);
    const merged = mergeAgendaIntoBody(body, T1, "text").body;
    expect(collectCommitments(merged, "text").map((c) => c.action)).toEqual(["今回の約束"]);
  });
});

describe("classic Outlook after switching HTML → plain text: tables as tab-separated lines", () => {
  it("ja: skips both header rows and the carried-forward rows, reads ISO and yyyy/mm/dd dates", () => {
    const body = fixture("classic-html-to-plain-ja.txt");
    expect(body).toContain("\r\n誰が\t何を\tいつまでに\t目的にどう役立つか\r\n");
    expect(collectCommitments(body, "text").map(({ dueText: _d, ...c }) => c)).toEqual([
      { owner: "田中 花子", ownerDepartment: "営業部", action: "大手顧客10社のリストを企画部に共有する", helpsDepartment: null, dueDate: "2026-04-15", servesObjective: "提案先を早く決められる" },
      { owner: "鈴木 健", ownerDepartment: "企画部", action: "提案書の構成案を作る", helpsDepartment: "営業部", dueDate: "2026-04-22", servesObjective: "" },
      { owner: "佐藤 美咲", ownerDepartment: null, action: "", helpsDepartment: null, dueDate: null, servesObjective: "" },
    ]);
  });

  it("en: takes the column order from the header row the user rearranged, reads 'Apr 15, 2026' dates", () => {
    const body = fixture("classic-html-to-plain-en.txt");
    expect(body).toContain("\nBy when\tWho\tWhat\tHow it serves the objective\n");
    expect(collectCommitments(body, "text").map(({ dueText: _d, ...c }) => c)).toEqual([
      { owner: "Hanako Tanaka", ownerDepartment: "Sales", action: "Share the list of ten enterprise accounts with Planning", helpsDepartment: null, dueDate: "2026-04-15", servesObjective: "Proposals start sooner" },
      { owner: "Ken Suzuki", ownerDepartment: "Planning", action: "Draft the proposal outline", helpsDepartment: "Sales", dueDate: "2026-04-22", servesObjective: "" },
      { owner: "Misaki Sato", ownerDepartment: null, action: "Book the customer workshop", helpsDepartment: null, dueDate: "2026-05-06", servesObjective: "First customers try it" },
    ]);
  });

  it("the converted block is still found and replaced, the Teams text kept byte for byte", () => {
    for (const [name, nl] of [["classic-html-to-plain-ja.txt", "\r\n"], ["classic-html-to-plain-en.txt", "\n"]] as const) {
      const body = fixture(name);
      const tail = body.slice(body.lastIndexOf(`━━${nl}${nl}`) + 2 + 2 * nl.length);
      const T = renderAgendaText(agendaView({ objectiveTitle: NEW_TITLE }), opts);
      const merged = mergeAgendaIntoBody(body, T, "text");
      expect(merged.replaced).toBe(true);
      expect(merged.body).toBe(T.replace(/\n/g, nl) + nl + nl + tail);
      expect(tail).toContain("Microsoft Teams");
    }
  });
});
