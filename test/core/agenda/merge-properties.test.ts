// Properties of the merge over generated bodies: insert → a client rewrites the block → insert
// again never duplicates the block and never changes a byte outside it; quoted earlier agendas in
// plain text are never touched; collecting never returns a header row or a carried-forward item.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectCommitments } from "../../../src/core/agenda/collect-commitments";
import { findAgendaBlocks, mergeAgendaIntoBody } from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml, renderAgendaText } from "../../../src/core/agenda/render-agenda";
import type { AgendaView } from "../../../src/core/api/contract";
import { escapeHtml } from "../../../src/core/text/escape-html";
import { agendaView, commitment, contribution } from "./agenda-view-fixture";
import { simulateOutlookRewrite, simulateWordRewrite } from "./outlook-rewrite";

const LIVE = "https://cp.contoso.example/agenda/ag_1";
const opts = { liveUrl: LIVE, today: "2026-03-15" };
const RUNS = { numRuns: 150 };

const carried = (view: AgendaView, action: string): AgendaView => ({
  ...view,
  carriedForward: {
    total: 1,
    items: [{ id: "cf_1", agendaId: "ag_0", ownerEmail: "ken@contoso.example", ownerName: "高橋 健", ownerDepartment: "企画部", helpsDepartment: null, action, dueDate: "2026-03-01", servesObjective: "", status: "open", meeting: { subject: "前回", at: "2026-02-20T01:00:00Z", organizerEmail: "a@contoso.example" } }],
  },
});

/** Agendas in either language, with or without user text, commitments and carried-forward items. */
const views = fc
  .record({
    lang: fc.constantFrom("ja" as const, "en" as const),
    title: fc.string({ minLength: 1, maxLength: 40 }),
    text: fc.string({ maxLength: 60 }),
    withCommitment: fc.boolean(),
    withCarried: fc.boolean(),
  })
  .map(({ lang, title, text, withCommitment, withCarried }) => {
    const view = agendaView(
      { lang, objectiveTitle: title },
      { contributions: text.trim() ? [contribution("営業部", text)] : [], commitments: withCommitment ? [commitment({ action: text || "x" })] : [] },
    );
    return withCarried ? carried(view, "持ち越しの約束") : view;
  });

const REWRITES: ((h: string) => string)[] = [
  (h) => h,
  (h) => simulateOutlookRewrite(h),
  (h) => simulateOutlookRewrite(h, { spacer: "inside", entities: true }),
  (h) => simulateOutlookRewrite(h, { wrapperAttrs: null }),
  simulateWordRewrite,
  (h) => simulateOutlookRewrite(simulateWordRewrite(h), { entities: true }),
];

// What a user or a client puts around the block: styled paragraphs, Word paragraphs, tables,
// a Teams-like block, free text (escaped), our marker words outside any marker line.
const htmlFragment = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => `<div style="font-size: 12pt;">${escapeHtml(s)}</div>`),
  fc.string({ maxLength: 30 }).map((s) => `<p class=MsoNormal>${escapeHtml(s)}<o:p></o:p></p>\n`),
  fc.constantFrom(
    '<div style="font-size: 12pt;"><br></div>',
    "<table><tr><td>誰が</td><td>何を</td></tr></table>",
    '<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_AbC%40thread.v2/0">Join</a></div>',
    "<p>Common Purpose アジェンダ</p>",
    "<blockquote><p>━━ agenda ━━</p></blockquote>",
    "\n",
  ),
);
const htmlAround = fc.array(htmlFragment, { maxLength: 6 }).map((parts) => parts.join(""));

describe("mergeAgendaIntoBody (html) properties", () => {
  it("insert, rewrite, insert again: one block, the new one, every byte outside it unchanged", () => {
    fc.assert(
      fc.property(views, views, htmlAround, htmlAround, fc.nat(REWRITES.length - 1), (v1, v2, pre, post, r) => {
        const original = `<html><body>${pre}${post}</body></html>`;
        const at = "<html><body>".length + pre.length;
        const a = renderAgendaHtml(v1, opts);
        const b = renderAgendaHtml(v2, opts);
        // The user moved the block between their own paragraphs; a client rewrote it.
        const body = original.slice(0, at) + (REWRITES[r] as (h: string) => string)(a) + original.slice(at);
        const merged = mergeAgendaIntoBody(body, b, "html");
        expect(merged.replaced).toBe(true);
        expect(merged.body).toBe(original.slice(0, at) + b + original.slice(at));
        expect(findAgendaBlocks(merged.body, "html")).toHaveLength(1);
        expect(mergeAgendaIntoBody(merged.body, b, "html").body).toBe(merged.body);
      }),
      RUNS,
    );
  });

  it("a first insert adds exactly the block at the start of the body content", () => {
    fc.assert(
      fc.property(views, htmlAround, (v, content) => {
        const original = `<html><head></head><body dir="ltr">${content}</body></html>`;
        const at = original.indexOf('<body dir="ltr">') + '<body dir="ltr">'.length;
        const block = renderAgendaHtml(v, opts);
        expect(mergeAgendaIntoBody(original, block, "html")).toEqual({ body: original.slice(0, at) + block + original.slice(at), replaced: false });
      }),
      RUNS,
    );
  });
});

// Plain-text lines: free text, quoted earlier agendas (their marker lines too), a Teams block.
const QUOTED_AGENDA = renderAgendaText(agendaView(), opts)
  .split("\n")
  .map((l) => `> ${l}`);
const textLine = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => !/[\r\n━]/.test(s)),
  fc.constantFrom("", "________________________________________", "Microsoft Teams meeting", "> > ━━ Common Purpose agenda ━━", ">"),
  fc.constantFrom(...QUOTED_AGENDA),
);
const textAround = fc.array(textLine, { maxLength: 12 });

describe("mergeAgendaIntoBody (text) properties", () => {
  it("insert, insert again: one block, quoted lines and every other byte unchanged", () => {
    fc.assert(
      fc.property(views, views, textAround, textAround, fc.boolean(), (v1, v2, pre, post, crlf) => {
        const nl = crlf ? "\r\n" : "\n";
        const t1 = renderAgendaText(v1, opts).replace(/\n/g, nl);
        const t2 = renderAgendaText(v2, opts).replace(/\n/g, nl);
        const head = pre.length ? pre.join(nl) + nl : "";
        const tail = post.join(nl);
        const body = `${head}${t1}${nl}${nl}${tail}`;
        const merged = mergeAgendaIntoBody(body, t2, "text");
        expect(merged).toEqual({ body: `${head}${t2}${nl}${nl}${tail}`, replaced: true });
        expect(findAgendaBlocks(merged.body, "text")).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it("a body of quoted agendas and text only gets a fresh block on top", () => {
    fc.assert(
      fc.property(views, textAround, (v, lines) => {
        const body = lines.join("\n");
        const block = renderAgendaText(v, opts);
        expect(mergeAgendaIntoBody(body, block, "text")).toEqual({ body: `${block}\n\n${body}`, replaced: false });
      }),
      RUNS,
    );
  });
});

describe("collectCommitments properties", () => {
  it("returns this meeting's commitments only: never a header row, a carried-forward item or a quoted line", () => {
    const OWN = "今回の会議の約束";
    fc.assert(
      fc.property(fc.constantFrom("ja" as const, "en" as const), fc.boolean(), textAround, (lang, own, lines) => {
        const view = carried(agendaView({ lang }, { commitments: own ? [commitment({ action: OWN })] : [] }), "持ち越しの約束");
        const text = mergeAgendaIntoBody(lines.join("\n"), renderAgendaText(view, opts), "text").body;
        const html = mergeAgendaIntoBody(`<html><body>${lines.map((l) => `<div>${escapeHtml(l)}</div>`).join("")}</body></html>`, renderAgendaHtml(view, opts), "html").body;
        for (const [body, format] of [[text, "text"], [html, "html"], [simulateWordRewrite(html), "html"]] as const) {
          expect(collectCommitments(body, format).map((c) => c.action)).toEqual(own ? [OWN] : []);
        }
      }),
      { numRuns: 60 },
    );
  });
});
