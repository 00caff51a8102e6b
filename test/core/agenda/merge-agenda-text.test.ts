import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  BodyTooLargeError,
  OUTLOOK_BODY_LIMIT,
  findAgendaBlock,
  findAgendaBlocks,
  hasAgendaBlock,
  mergeAgendaIntoBody,
} from "../../../src/core/agenda/merge-agenda";
import { renderAgendaText } from "../../../src/core/agenda/render-agenda";
import { agendaView, contribution } from "./agenda-view-fixture";

const plain = readFileSync(
  fileURLToPath(new URL("../../fixtures/outlook-bodies/plain-text-teams.txt", import.meta.url)),
  "utf8",
);
const LIVE = "https://cp.contoso.example/agenda/ag_1";
const T1 = renderAgendaText(
  agendaView({}, { contributions: [contribution("営業部", "大手顧客の紹介を準備する")] }),
  { liveUrl: LIVE },
);
const T2 = renderAgendaText(agendaView({ objectiveTitle: "Grow the enterprise CRM business", lang: "en" }), {
  liveUrl: LIVE,
});
const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

const BODIES: Record<string, string> = {
  "plain-text-teams.txt": plain,
  "the fixture with CRLF line breaks": crlf(plain),
  "empty body": "",
  "one line, no Teams block": "Quick sync about the CRM push.",
  "starts with a blank line": "\nHello\n",
};

describe("mergeAgendaIntoBody (text)", () => {
  for (const [name, body] of Object.entries(BODIES)) {
    describe(name, () => {
      const nl = body.includes("\r\n") ? "\r\n" : "\n";
      const fit = (s: string) => (nl === "\r\n" ? crlf(s) : s);

      it("inserts at the start followed by a blank line, the rest byte-identical", () => {
        const merged = mergeAgendaIntoBody(body, T1, "text");
        expect(merged).toEqual({ body: fit(T1) + nl + nl + body, replaced: false });
        expect(findAgendaBlock(merged.body, "text")).toEqual({ start: 0, end: fit(T1).length + 2 * nl.length });
        if (body.includes("meetup-join")) {
          expect(merged.body.indexOf("━━")).toBeLessThan(merged.body.indexOf("________"));
        }
      });

      it("replaces the earlier block, switching language, and keeps the Teams block", () => {
        const once = mergeAgendaIntoBody(body, T1, "text").body;
        const twice = mergeAgendaIntoBody(once, T2, "text");
        expect(twice).toEqual({ body: fit(T2) + nl + nl + body, replaced: true });
        expect(twice.body).not.toContain("大手顧客の紹介を準備する");
        expect(findAgendaBlocks(twice.body, "text")).toHaveLength(1);
      });

      it("is idempotent", () => {
        const once = mergeAgendaIntoBody(body, T1, "text").body;
        expect(mergeAgendaIntoBody(once, T1, "text").body).toBe(once);
      });
    });
  }

  it("finds a block whose line breaks Outlook turned into CRLF", () => {
    const rewritten = `${crlf(T1)}\r\n\r\n${plain}`;
    expect(mergeAgendaIntoBody(rewritten, T2, "text").body).toBe(`${crlf(T2)}\r\n\r\n${plain}`);
  });

  it("replaces a block the user moved below their own text", () => {
    const body = `Intro line\n\n${T1}\n\n${plain}`;
    expect(mergeAgendaIntoBody(body, T2, "text").body).toBe(`Intro line\n\n${T2}\n\n${plain}`);
  });

  it("replaces the first of several blocks and removes the others", () => {
    const body = `${T1}\n\nbetween\n${T1}\n\n${plain}`;
    expect(findAgendaBlocks(body, "text")).toHaveLength(2);
    expect(mergeAgendaIntoBody(body, T2, "text").body).toBe(`${T2}\n\nbetween\n${plain}`);
  });

  it("ends a block whose end line was deleted at its live-agenda link line", () => {
    const lines = T1.split("\n");
    const noEnd = lines.slice(0, -1).join("\n");
    expect(noEnd.endsWith(LIVE)).toBe(true);
    expect(mergeAgendaIntoBody(`${noEnd}\n\n${plain}`, T2, "text").body).toBe(`${T2}\n\n${plain}`);
  });

  it("leaves a block with neither end line nor link alone and inserts a fresh one", () => {
    const damaged = `${T1.split("\n").slice(0, -3).join("\n")}\n\n${plain}`;
    expect(hasAgendaBlock(damaged, "text")).toBe(false);
    const merged = mergeAgendaIntoBody(damaged, T2, "text");
    expect(merged).toEqual({ body: `${T2}\n\n${damaged}`, replaced: false });
    expect(mergeAgendaIntoBody(merged.body, T1, "text").body).toBe(`${T1}\n\n${damaged}`);
  });

  it("does not take the next block's end line for a damaged block's", () => {
    const damaged = T1.split("\n").slice(0, 4).join("\n");
    const body = `${damaged}\nuser text\n${T1}\n\n${plain}`;
    expect(mergeAgendaIntoBody(body, T2, "text").body).toBe(`${damaged}\nuser text\n${T2}\n\n${plain}`);
  });

  it("throws BodyTooLargeError past Outlook's limit", () => {
    const big = "x".repeat(OUTLOOK_BODY_LIMIT - T1.length - 1);
    expect(() => mergeAgendaIntoBody(big, T1, "text")).toThrow(BodyTooLargeError);
    expect(mergeAgendaIntoBody(big.slice(1), T1, "text").body).toHaveLength(OUTLOOK_BODY_LIMIT);
  });
});
