// What the meeting-tab live-document e2e files share: the real server and Chromium, one agenda on the
// demo objective (earlier meetings on it left open commitments, carried forward here) with 営業部 and
// 企画部, the people who play it, and how each opens the tab, waits for it and is photographed.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { Agenda, Objective } from "../../src/core/api/contract";
import { DEMO_OBJECTIVE } from "../../src/core/demo/demo-people";
import { launchBrowser, startServer, type RunningServer } from "./harness";

export const HANAKO = "hanako.sato@contoso.example"; // 営業部, organizer
export const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
export const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
export const NAOTO = "naoto.ito@contoso.example"; // 技術部, not invited
export const SHOTS = path.resolve("test-results/tab-live-document");
export const LONG = "大手企業向けの提案書のうち、CRM の導入効果を数字で示す部分を企画部が書き、営業部の事例と合わせる。".repeat(40).slice(0, 2000);

async function tokenFor(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function call<T>(baseUrl: string, token: string, method: string, url: string, body?: unknown, version?: number): Promise<T> {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": randomUUID() }),
      ...(version === undefined ? {} : { "if-match": `"${version}"` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export interface TabDocument {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly agendaId: string;
  readonly tokens: { organizer: string; misaki: string; ichiro: string };
  /** Uncaught page errors, "email: message". */
  readonly errors: string[];
  /** Closed after the file's tests; push a context made by hand. */
  readonly contexts: BrowserContext[];
  tabUrl(theme?: string): string;
  open(email: string, width: number, url?: string): Promise<{ page: Page; context: BrowserContext }>;
  ready(page: Page): Promise<void>;
  shot(page: Page, name: string): Promise<unknown>;
  card(page: Page, department: string): ReturnType<Page["locator"]>;
}

/** Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. */
export function useTabDocument(agendaExtras: { obstacles?: string[] } = {}): TabDocument {
  const contexts: BrowserContext[] = [];
  const doc = {
    errors: [] as string[],
    contexts,
    tokens: { organizer: "", misaki: "", ichiro: "" },
    agendaId: "",
    tabUrl(theme = "default") {
      return `${doc.server.baseUrl}/teams/tab.html?agendaId=${doc.agendaId}${theme === "default" ? "" : `&theme=${theme}`}`;
    },
    async open(email: string, width: number, url = doc.tabUrl()) {
      const context = await doc.browser.newContext({ viewport: { width, height: 900 }, locale: "ja-JP" });
      contexts.push(context);
      await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), email);
      const page = await context.newPage();
      page.on("pageerror", (e) => doc.errors.push(`${email}: ${e.message}`));
      await page.goto(url);
      return { page, context };
    },
    ready: (page: Page) => page.locator(`[data-testid="meeting-tab"][data-agenda-id="${doc.agendaId}"]`).waitFor({ timeout: 15_000 }),
    // Animations finished first: a menu caught in its fade-in looks transparent.
    shot: (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: "disabled" }),
    card: (page: Page, department: string) => page.locator(`[data-testid="contribution-group"][data-department="${department}"]`),
  } as TabDocument & { server: RunningServer; browser: Browser; agendaId: string };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    doc.server = await startServer();
    doc.browser = await launchBrowser();
    const baseUrl = doc.server.baseUrl;
    doc.tokens.organizer = await tokenFor(baseUrl, HANAKO);
    doc.tokens.misaki = await tokenFor(baseUrl, MISAKI);
    doc.tokens.ichiro = await tokenFor(baseUrl, ICHIRO);
    const objective = (await call<Objective[]>(baseUrl, doc.tokens.organizer, "GET", "/api/objectives")).find((o) => o.title === DEMO_OBJECTIVE.title)!;
    const agenda = await call<Agenda>(baseUrl, doc.tokens.organizer, "POST", "/api/agendas", {
      subject: "CRM 拡大の定例",
      objectiveId: objective.id,
      objectiveTitle: objective.title,
      desiredOutcome: "提案書の分担と、最初に訪問する3社を決める",
      departments: [
        { name: "営業部", mission: "新規開拓営業を進め、大手企業の取引先を獲得する" },
        { name: "企画部", mission: "CRMサービスの開発力と提案力を強化する" },
      ],
      attendees: [
        { email: HANAKO, name: "佐藤 花子", department: "営業部", role: "organizer" },
        { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
        { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      ],
      ...agendaExtras,
    });
    doc.agendaId = agenda.id;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await doc.browser?.close();
    await doc.server?.stop();
  });
  return doc;
}

/**
 * Opens an entry's "⋯" menu and waits until it can be used: the menu slides and fades in, and on a
 * busy machine Playwright's "stable" check can pass in the slow tail of that motion, so a click
 * aimed at an item lands where the item was a moment earlier. Its items are clicked only once the
 * surface's animations have finished.
 */
export async function openEntryMenu(page: Page, entry: Locator): Promise<void> {
  await entry.getByTestId("contribution-actions").click();
  const menu = page.getByRole("menu");
  await menu.waitFor();
  await expect
    .poll(() => menu.evaluate((list) => (list.closest(".fui-MenuPopover") ?? list).getAnimations({ subtree: true }).every((a) => a.playState === "finished")))
    .toBe(true);
}
