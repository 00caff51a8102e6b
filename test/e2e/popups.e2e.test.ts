// Every combobox, menu and popover on every surface, opened by clicking in Chromium: Fluent copies the
// provider's styles onto its portal layer, so a provider that fills the page would lay a blank layer
// over everything the moment a list opens. On each surface the headings must stay the topmost
// elements at their own positions while a popup is open and take a real click once it is closed.
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/api/contract";
import { DEMO_OBJECTIVE } from "../../src/core/demo/demo-people";
import { launchBrowser, startServer, type RunningServer } from "./harness";
import { clickEveryPopup } from "./popup-guard";

const HANAKO = "hanako.sato@contoso.example"; // 営業部, organizer
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const PMO = "satoshi.yamamoto@contoso.example";

async function tokenFor(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function post<T>(baseUrl: string, token: string, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": randomUUID() },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe("popups never cover the page", () => {
  let server: RunningServer;
  let browser: Browser;
  let agendaId = "";
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const scripts: string[] = [];

  async function pageAs(email: string | null, width = 1400): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: "ja-JP" });
    contexts.push(context);
    if (email) await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), email);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => scripts.push(r.url()));
    return page;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const organizer = await tokenFor(server.baseUrl, HANAKO);
    const agenda = await post<Agenda>(server.baseUrl, organizer, "/api/agendas", {
      subject: "CRM 拡大の定例",
      objectiveTitle: DEMO_OBJECTIVE.title,
      desiredOutcome: "提案の分担を決める",
      departments: [
        { name: "営業部", mission: "新規開拓営業を進める" },
        { name: "企画部", mission: "CRMサービスの提案力を強化する" },
      ],
      attendees: [
        { email: HANAKO, name: "佐藤 花子", department: "営業部", role: "organizer" },
        { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      ],
    });
    agendaId = agenda.id;
    // Something of Misaki's own, so her tab has an entry with its actions.
    await post(server.baseUrl, await tokenFor(server.baseUrl, MISAKI), `/api/agendas/${agendaId}/contributions`, { department: "企画部", text: "提案書のCRM部分を書く" });
    // And a commitment of hers, so the stage's table and her "My commitments" have a row.
    await post(server.baseUrl, organizer, `/api/agendas/${agendaId}/commitments`, { ownerEmail: MISAKI, action: "大手企業向けのCRM提案書の企画部分を来週までに書く", dueDate: "2099-11-01" });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it("/preview: the task pane's lists and the side panels' menus, opened by clicking", async () => {
    const page = await pageAs(null);
    await page.goto(`${server.baseUrl}/preview?lang=ja`);
    const pane = page.getByTestId("taskpane");
    await pane.getByTestId("objective-input").waitFor();

    // The organizer chooses the objective from the list with the mouse, as a first-time user would.
    await pane.getByTestId("objective-input").click();
    const option = page.getByRole("listbox").getByRole("option", { name: DEMO_OBJECTIVE.title, exact: true });
    await option.waitFor();
    await option.click();
    expect(await pane.getByTestId("objective-input").inputValue()).toBe(DEMO_OBJECTIVE.title);
    const paneResult = await clickEveryPopup(page, '[data-testid="taskpane"]');
    expect(paneResult.problems).toEqual([]);
    expect(paneResult.clicked.length).toBeGreaterThanOrEqual(2);

    // Insert, so the side panels show the agenda; then everything on the page, panels included.
    await pane.getByTestId("desired-outcome-input").fill("提案の分担を決める");
    await pane.getByTestId("insert-agenda").click();
    await pane.getByTestId("agenda-saved").waitFor();
    const panel = page.getByTestId("side-panel-1");
    await panel.getByTestId("tab-objective-title").waitFor({ timeout: 15_000 });
    await panel.getByTestId("contribution-add").first().click();
    await panel.getByTestId("contribution-input").fill("大手向けの提案書を一緒に用意する");
    await panel.getByTestId("contribution-submit").click();
    await panel.getByTestId("contribution-actions").first().waitFor();

    const panels = await clickEveryPopup(page, '[data-testid="preview-attendees"]');
    expect(panels.problems).toEqual([]);
    expect(panels.clicked.some((c) => c.includes("button"))).toBe(true);
    const whole = await clickEveryPopup(page);
    expect(whole.problems).toEqual([]);
  });

  it("/teams/tab.html and /agenda/<id>: every menu of the tab, at 280 px and wide", async () => {
    for (const [url, width] of [
      [`/teams/tab.html?agendaId=${agendaId}`, 280],
      [`/agenda/${agendaId}`, 1100],
    ] as const) {
      const page = await pageAs(MISAKI, width);
      await page.goto(`${server.baseUrl}${url}`);
      await page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agendaId}"]`).waitFor();
      await page.getByTestId("contribution-actions").first().waitFor();
      const result = await clickEveryPopup(page);
      expect(result.problems, url).toEqual([]);
      expect(result.clicked.length, url).toBeGreaterThanOrEqual(2);
    }
  });

  it("/teams/config.html and /pmo: whatever opens there", async () => {
    const config = await pageAs(HANAKO);
    await config.goto(`${server.baseUrl}/teams/config.html?lang=ja&chatId=19:meeting_popups${randomUUID().replace(/-/g, "")}@thread.v2`);
    await config.getByTestId("teams-config").waitFor();
    const configResult = await clickEveryPopup(config);
    expect(configResult.problems).toEqual([]);

    const pmo = await pageAs(PMO);
    await pmo.goto(`${server.baseUrl}/pmo`);
    await pmo.getByTestId("pmo-row").first().waitFor();
    const pmoResult = await clickEveryPopup(pmo);
    expect(pmoResult.problems).toEqual([]);
  });

  it("/pmo?view=objectives, the stage and My commitments: whatever opens there", async () => {
    for (const [email, url, ready] of [
      [PMO, "/pmo?view=objectives", '[data-testid="library-objective"]'],
      [MISAKI, `/teams/tab.html?agendaId=${agendaId}&view=stage`, `[data-testid="meeting-stage"][data-agenda-id="${agendaId}"] [data-testid="stage-commitment"]`],
      [MISAKI, "/teams/tab.html?view=mine", '[data-testid="my-commitment"]'],
    ] as const) {
      const page = await pageAs(email);
      await page.goto(`${server.baseUrl}${url}`);
      await page.locator(ready).first().waitFor();
      const result = await clickEveryPopup(page);
      expect(result.problems, url).toEqual([]);
      // Where the view offers any popup, the guard must have opened at least one of them.
      if (result.found > 0) expect(result.clicked.length, url).toBeGreaterThanOrEqual(1);
    }
  });

  it("had no uncaught page errors", () => {
    expect(errors).toEqual([]);
  });

  it("Chromium breaks headings between phrases itself: no page asked for the BudouX chunk", () => {
    expect(scripts.filter((u) => /\/js\/[^/]*\.js/.test(u)).length).toBeGreaterThan(0);
    expect(scripts.filter((u) => /budoux/.test(u))).toEqual([]);
  });
});
