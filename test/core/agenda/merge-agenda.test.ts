import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AGENDA_END_MARKER } from "../../../src/core/agenda/agenda-markers";
import {
  BodyTooLargeError,
  OUTLOOK_BODY_LIMIT,
  findAgendaBlock,
  findAgendaBlocks,
  hasAgendaBlock,
  mergeAgendaIntoBody,
} from "../../../src/core/agenda/merge-agenda";
import { renderAgendaHtml } from "../../../src/core/agenda/render-agenda";
import { agendaView, contribution } from "./agenda-view-fixture";
import { simulateOutlookRewrite, simulateWordRewrite } from "./outlook-rewrite";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixturesDir = path.join(repoRoot, "test/fixtures/outlook-bodies");
const sharedDir = path.resolve(repoRoot, "../shared/fixtures/outlook-bodies");
const fixtureNames = readdirSync(fixturesDir).filter((f) => /\.(html|txt)$/.test(f));
const fixture = (name: string) => readFileSync(path.join(fixturesDir, name), "utf8");
const htmlFixtures = fixtureNames.filter((f) => f.endsWith(".html"));

const LIVE = "https://cp.contoso.example/agenda/ag_1";
const OLD_TITLE = "大手企業向けのCRMビジネスを拡大する";
const NEW_TITLE = "Grow the enterprise CRM business & keep <customers>";
const A1 = renderAgendaHtml(
  agendaView({}, { contributions: [contribution("営業部", "大手顧客の紹介を準備する")] }),
  { liveUrl: LIVE },
);
const A2 = renderAgendaHtml(agendaView({ objectiveTitle: NEW_TITLE, lang: "en" }), { liveUrl: LIVE });

const HTML_BODIES: Record<string, string> = {
  ...Object.fromEntries(htmlFixtures.map((f) => [f, fixture(f)])),
  "new meeting, empty body": "",
  "new meeting, empty document": "<html><body></body></html>",
  "no Teams block": '<html><head></head><body dir="ltr"><div style="font-size: 12pt;">Agenda to follow.</div></body></html>',
  "fragment without <body>": "<div>Quick sync</div>\n<div>________________</div>",
  "word, no Teams block":
    '<html><head><style><!-- p.MsoNormal {margin:0mm;} --></style></head><body lang=JA><div class=WordSection1><p class=MsoNormal>よろしくお願いします。<o:p></o:p></p></div></body></html>',
};

const REWRITES: Record<string, (html: string) => string> = {
  "not rewritten": (h) => h,
  "OWA (wrapper, spacer after)": (h) => simulateOutlookRewrite(h),
  "OWA (spacer inside the wrapper)": (h) => simulateOutlookRewrite(h, { spacer: "inside" }),
  "OWA (marker characters as &#9473;)": (h) => simulateOutlookRewrite(h, { entities: true }),
  "OWA (two setAsync calls)": (h) => simulateOutlookRewrite(h, { spacers: 2 }),
  "OWA (bare wrapper div)": (h) => simulateOutlookRewrite(h, { wrapperAttrs: "" }),
  "OWA (no wrapper)": (h) => simulateOutlookRewrite(h, { wrapperAttrs: null }),
  "OWA twice (nested wrappers)": (h) => simulateOutlookRewrite(simulateOutlookRewrite(h)),
  "Word HTML (markers split by spans, &nbsp;)": simulateWordRewrite,
  "Word HTML, then OWA": (h) => simulateOutlookRewrite(simulateWordRewrite(h), { entities: true }),
};

/** Where a fresh block must go: right after the <body …> open tag, else at the start. */
function expectedInsertAt(body: string): number {
  const m = /<body\b[^>]*>/i.exec(body);
  return m ? m.index + m[0].length : 0;
}

const splice = (body: string, at: number, block: string) => body.slice(0, at) + block + body.slice(at);

describe("fixtures", () => {
  it("the copies in test/fixtures hold every shared fixture", () => {
    expect(fixtureNames).toEqual(
      expect.arrayContaining([
        "classic-windows-ja.html",
        "owa-teams-legacy-link.html",
        "owa-teams-short-link.html",
        "plain-text-teams.txt",
      ]),
    );
  });

  it.skipIf(!existsSync(sharedDir))("the copies match ../shared when it is present", () => {
    for (const name of readdirSync(sharedDir).filter((f) => /\.(html|txt)$/.test(f))) {
      expect(fixture(name), name).toBe(readFileSync(path.join(sharedDir, name), "utf8"));
    }
  });
});

describe("mergeAgendaIntoBody (html): insert, Outlook rewrites, insert again", () => {
  for (const [bodyName, body] of Object.entries(HTML_BODIES)) {
    describe(bodyName, () => {
      const at = expectedInsertAt(body);

      it("inserts at the start of the body content, everything else byte-identical", () => {
        const first = mergeAgendaIntoBody(body, A1, "html");
        expect(first.replaced).toBe(false);
        expect(first.body).toBe(splice(body, at, A1));
        expect(findAgendaBlock(first.body, "html")).toEqual({ start: at, end: at + A1.length });
        for (const teams of ["meetup-join", "meetingOptions", "________________"]) {
          if (body.includes(teams)) expect(first.body.indexOf(A1)).toBeLessThan(first.body.indexOf(teams));
        }
      });

      it("is idempotent", () => {
        const once = mergeAgendaIntoBody(body, A1, "html").body;
        const twice = mergeAgendaIntoBody(once, A1, "html");
        expect(twice.replaced).toBe(true);
        expect(twice.body).toBe(once);
      });

      for (const [rewriteName, rewrite] of Object.entries(REWRITES)) {
        it(`replaces the block after: ${rewriteName}`, () => {
          const rewritten = splice(body, at, rewrite(A1));
          expect(findAgendaBlocks(rewritten, "html")).toHaveLength(1);
          const second = mergeAgendaIntoBody(rewritten, A2, "html");
          expect(second.replaced).toBe(true);
          // Exactly one block, the new one, and every byte outside it as in the original body.
          expect(second.body).toBe(splice(body, at, A2));
          expect(findAgendaBlocks(second.body, "html")).toHaveLength(1);
          expect(second.body).toContain("Grow the enterprise CRM business &amp; keep &lt;customers&gt;");
          expect(second.body).not.toContain(OLD_TITLE);
          expect(second.body).not.toContain("大手顧客の紹介を準備する");
        });
      }
    });
  }
});

describe("mergeAgendaIntoBody (html): classic Outlook moves the block into WordSection1", () => {
  const body = fixture("classic-windows-ja.html");
  const open = '<div class="WordSection1">\n';
  const at = body.indexOf(open) + open.length;

  it("replaces the Word-rewritten block and keeps the user's blank paragraph and the Teams block", () => {
    const blank = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n";
    const rewritten = splice(body, at, simulateWordRewrite(A1) + blank);
    const merged = mergeAgendaIntoBody(rewritten, A2, "html");
    expect(merged.body).toBe(splice(body, at, A2 + blank));
    expect(merged.body).toContain("19%3ameeting_ZmQ4YzA1NjItMjQ5Ni00YjU2LWE3NzEtNzQ5ZDk2YjY0YTFm%40thread.v2");
  });

  it("keeps a styled blank line the user typed right after the block (only bare spacers are Outlook's)", () => {
    const typed = '<div style="font-size: 12pt;"><br></div>';
    const rewritten = splice(body, at, simulateOutlookRewrite(A1) + typed);
    expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, A2 + typed));
  });
});

describe("mergeAgendaIntoBody (html): several blocks", () => {
  const body = fixture("owa-teams-legacy-link.html");
  const at = expectedInsertAt(body);

  it("replaces the first block and removes the others, keeping the text between them", () => {
    const between = "<div>Notes the user wrote between two copies.</div>";
    const rewritten = splice(
      body,
      at,
      simulateOutlookRewrite(A1) + between + A1 + "<p>more</p>" + simulateWordRewrite(A1),
    );
    expect(findAgendaBlocks(rewritten, "html")).toHaveLength(3);
    const merged = mergeAgendaIntoBody(rewritten, A2, "html");
    expect(merged.body).toBe(splice(body, at, A2 + between + "<p>more</p>"));
    expect(findAgendaBlocks(merged.body, "html")).toHaveLength(1);
  });

  it("separates two copies pasted right next to each other", () => {
    const rewritten = splice(body, at, A1 + A1 + simulateOutlookRewrite(A1, { entities: true }));
    expect(findAgendaBlocks(rewritten, "html")).toEqual([
      { start: at, end: at + A1.length },
      { start: at + A1.length, end: at + 2 * A1.length },
      expect.objectContaining({ start: at + 2 * A1.length }),
    ]);
    expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, A2));
  });
});

describe("mergeAgendaIntoBody (html): the user deleted the end line", () => {
  const body = fixture("owa-teams-short-link.html");
  const at = expectedInsertAt(body);
  const endLine = new RegExp(`<p [^>]*>${AGENDA_END_MARKER.ja}</p>`);
  const linkLine = /<p [^>]*><a href="[^"]*"[^>]*>ライブアジェンダを開く<\/a><\/p>/;
  const noEnd = A1.replace(endLine, "");
  const noEndNoLink = noEnd.replace(linkLine, "");
  // The same damage, and our outer element lost too (its content pasted into a plain <div>).
  const noElement = noEndNoLink.replace(/^<div lang="ja" style="[^"]*">/, "<div>");

  it("ends the block at the live-agenda link's element", () => {
    expect(noEnd).not.toBe(A1);
    for (const rewrite of Object.values(REWRITES)) {
      const rewritten = splice(body, at, rewrite(noEnd));
      expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, A2));
    }
  });

  it("without the link either, ends the block with our outer element where Outlook kept it", () => {
    expect(noEndNoLink).not.toBe(noEnd);
    for (const rewrite of Object.values(REWRITES)) {
      const rewritten = splice(body, at, rewrite(noEndNoLink));
      expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, A2));
    }
  });

  it("without end line, link and outer element, inserts a fresh block and leaves the damaged text and the Teams block", () => {
    expect(noElement).not.toBe(noEndNoLink);
    const damaged = splice(body, at, simulateOutlookRewrite(noElement));
    expect(hasAgendaBlock(damaged, "html")).toBe(false);
    const merged = mergeAgendaIntoBody(damaged, A2, "html");
    expect(merged.replaced).toBe(false);
    expect(merged.body).toBe(splice(damaged, at, A2));
    expect(findAgendaBlocks(merged.body, "html")).toEqual([{ start: at, end: at + A2.length }]);
    // The next insert replaces the new block only.
    expect(mergeAgendaIntoBody(merged.body, A1, "html").body).toBe(splice(damaged, at, A1));
  });

  it("does not take a later block's end line or link for the damaged block's", () => {
    const later = "<div>User text below the damaged copy</div>";
    const rewritten = splice(body, at, noElement + later + simulateOutlookRewrite(A1));
    const merged = mergeAgendaIntoBody(rewritten, A2, "html");
    expect(merged.body).toBe(splice(body, at, noElement + later + A2));
  });

  it("ends a damaged block at its own outer element, keeping the user's text after it and removing a later copy", () => {
    const later = "<div>User text below the damaged copy</div>";
    const rewritten = splice(body, at, noEndNoLink + later + simulateOutlookRewrite(A1));
    expect(findAgendaBlocks(rewritten, "html")).toHaveLength(2);
    expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, A2 + later));
  });
});

describe("mergeAgendaIntoBody (html): robustness", () => {
  it("is not fooled by user text imitating the end line inside a contribution", () => {
    const spoof = `${AGENDA_END_MARKER.en} and ${AGENDA_END_MARKER.ja}`;
    const tricky = renderAgendaHtml(agendaView({}, { contributions: [contribution("営業部", spoof)] }), {
      liveUrl: LIVE,
    });
    const body = fixture("owa-teams-legacy-link.html");
    const at = expectedInsertAt(body);
    expect(mergeAgendaIntoBody(splice(body, at, tricky), A2, "html").body).toBe(splice(body, at, A2));
  });

  it("does not read a start line across two paragraphs (a rule closing one, our words opening the next)", () => {
    const body = fixture("owa-teams-legacy-link.html");
    const at = expectedInsertAt(body);
    // Run together, the visible text reads "━━ notes ━━Common Purpose agenda━━ Common Purpose agenda ━━…".
    const user = "<div>━━ notes ━━</div><div>Common Purpose agenda</div>";
    expect(hasAgendaBlock(splice(body, at, `${user}<div>━━ x</div>`), "html")).toBe(false);
    const rewritten = splice(body, at, user + simulateOutlookRewrite(A1));
    expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, user + A2));
  });

  it("finds nothing in bodies without our markers", () => {
    for (const body of [...Object.values(HTML_BODIES), "<p>Common Purpose agenda</p>", "<p>━━ agenda ━━</p>"]) {
      expect(hasAgendaBlock(body, "html")).toBe(false);
    }
  });

  it("recognises a block inserted in either language regardless of the new one's", () => {
    const en = renderAgendaHtml(agendaView({ lang: "en" }), { liveUrl: LIVE });
    const ja = renderAgendaHtml(agendaView({ lang: "ja" }), { liveUrl: LIVE });
    expect(mergeAgendaIntoBody(en, ja, "html").body).toBe(ja);
    expect(mergeAgendaIntoBody(ja, en, "html").body).toBe(en);
  });
});

describe("Outlook's body limit", () => {
  it("throws BodyTooLargeError when the merged body would exceed 1,000,000 characters", () => {
    const shell = "<html><body></body></html>";
    const fits = "<html><body>" + "x".repeat(OUTLOOK_BODY_LIMIT - shell.length - A1.length) + "</body></html>";
    expect(mergeAgendaIntoBody(fits, A1, "html").body).toHaveLength(OUTLOOK_BODY_LIMIT);
    const tooBig = fits.replace("<body>", "<body>x");
    let error: unknown;
    try {
      mergeAgendaIntoBody(tooBig, A1, "html");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error).toMatchObject({ length: OUTLOOK_BODY_LIMIT + 1, limit: OUTLOOK_BODY_LIMIT, name: "BodyTooLargeError" });
  });

  it("lets a large body through when replacing shrinks it under the limit", () => {
    const big = A1.replace("大手顧客の紹介を準備する", "y".repeat(OUTLOOK_BODY_LIMIT));
    expect(mergeAgendaIntoBody(big, A2, "html").body).toBe(A2);
  });
});

describe("where a fresh block goes in unusual documents", () => {
  it("after </head> when there is no <body>, after <html> when there is neither", () => {
    expect(mergeAgendaIntoBody("<html><head><title>t</title></head><p>x</p></html>", A1, "html").body).toBe(
      `<html><head><title>t</title></head>${A1}<p>x</p></html>`,
    );
    expect(mergeAgendaIntoBody("<html><p>x</p></html>", A1, "html").body).toBe(`<html>${A1}<p>x</p></html>`);
    expect(mergeAgendaIntoBody("<p>x</p>", A1, "html").body).toBe(`${A1}<p>x</p>`);
  });
});

describe("simulateOutlookRewrite (the test helper itself)", () => {
  it("strips class and data-*, prefixes ids with x_, wraps the block and appends a spacer", () => {
    const out = simulateOutlookRewrite('<div id="cp" class="agenda" data-id="1" style="color:red;margin:0"><p>x</p></div>');
    expect(out).toBe(
      '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;"><div id="x_cp" style="color: red; margin: 0;"><p>x</p></div></div><div><br></div>',
    );
  });

  it("a block carrying id, class and data-* (as an older renderer might) is still replaced", () => {
    const body = fixture("owa-teams-legacy-link.html");
    const at = expectedInsertAt(body);
    const tagged = A1.replace('<div lang="ja"', '<div id="cp-agenda" class="cp-agenda" data-agenda-id="ag_1" lang="ja"');
    expect(tagged).not.toBe(A1);
    const rewritten = splice(body, at, simulateOutlookRewrite(tagged));
    expect(rewritten).toContain('id="x_cp-agenda"');
    expect(rewritten).not.toContain("data-agenda-id");
    expect(mergeAgendaIntoBody(rewritten, A2, "html").body).toBe(splice(body, at, A2));
  });
});
