// Japanese headings break between phrases in every engine. Chromium does it itself (word-break:
// auto-phrase) and must never load BudouX; an engine without it (WebKit: Outlook and Teams on Mac and
// iOS) gets BudouX's phrases as <wbr> from a chunk loaded on demand. This Chromium plays the second
// engine by answering CSS.supports("word-break", "auto-phrase") with false.
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/api/contract";
import { launchBrowser, startServer, type RunningServer } from "./harness";

const HANAKO = "hanako.sato@contoso.example";
const OBJECTIVE = "大手企業向けのCRMビジネスを拡大する";

describe("phrase-aware line breaking of headings", () => {
  let server: RunningServer;
  let browser: Browser;
  let agendaId = "";
  const contexts: BrowserContext[] = [];

  async function stage(withoutAutoPhrase: boolean): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
    contexts.push(context);
    await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), HANAKO);
    if (withoutAutoPhrase) {
      await context.addInitScript(() => {
        const supports = CSS.supports.bind(CSS) as (...args: string[]) => boolean;
        CSS.supports = ((...args: string[]) => (args[0] === "word-break" && args[1] === "auto-phrase" ? false : supports(...args))) as typeof CSS.supports;
      });
    }
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${server.baseUrl}/teams/tab.html?agendaId=${agendaId}&view=stage`);
    await page.locator(`[data-testid="meeting-stage"][data-agenda-id="${agendaId}"]`).waitFor();
    return { page, requests };
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const token = ((await (await fetch(`${server.baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: HANAKO }) })).json()) as { accessToken: string }).accessToken;
    const res = await fetch(`${server.baseUrl}/api/agendas`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": randomUUID() },
      body: JSON.stringify({
        subject: "CRM 拡大の定例",
        objectiveTitle: OBJECTIVE,
        desiredOutcome: "提案の分担を決める",
        departments: [
          { name: "営業部", mission: "新規開拓営業を進める" },
          { name: "企画部", mission: "CRMサービスの提案力を強化する" },
        ],
        attendees: [{ email: HANAKO, name: "佐藤 花子", department: "営業部", role: "organizer" }],
      }),
    });
    if (!res.ok) throw new Error(`POST /api/agendas: ${res.status} ${await res.text()}`);
    agendaId = ((await res.json()) as Agenda).id;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it("Chromium breaks phrases itself: plain text, and the BudouX chunk is never asked for", async () => {
    const { page, requests } = await stage(false);
    const title = page.getByTestId("stage-objective-title");
    expect(await title.textContent()).toBe(OBJECTIVE);
    expect(await title.evaluate((el) => getComputedStyle(el).wordBreak)).toBe("auto-phrase");
    expect(await title.locator("wbr").count()).toBe(0);
    expect(requests.filter((u) => /budoux/.test(u))).toEqual([]);
  });

  it("without auto-phrase: the phrases come from the BudouX chunk, joined by <wbr>, only those breaks allowed", async () => {
    const { page, requests } = await stage(true);
    const title = page.getByTestId("stage-objective-title");
    await expect.poll(() => title.locator("wbr").count(), { timeout: 10_000 }).toBe(2);
    expect(await title.textContent()).toBe(OBJECTIVE);
    const phrases = await title.locator("[data-phrases]").evaluate((el) => {
      const cs = getComputedStyle(el);
      return { wordBreak: cs.wordBreak, overflowWrap: cs.overflowWrap, html: el.innerHTML };
    });
    expect(phrases).toEqual({ wordBreak: "keep-all", overflowWrap: "anywhere", html: "大手企業向けの<wbr>CRMビジネスを<wbr>拡大する" });
    expect(requests.filter((u) => /\/js\/budoux\.[^/]+\.js$/.test(u))).toHaveLength(1);
  });
});
