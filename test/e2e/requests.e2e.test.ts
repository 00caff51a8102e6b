// Requests between departments (お願い) in Chromium against the real server: two attendees of
// different departments, each in their own browser context with a 280 px side panel — 営業部 asks
// 企画部, 企画部 counters, 営業部 accepts the counter-offer; 企画部 asks 営業部, which accepts with an
// owner and a due date — each step seen live by the other. Then the PMO finds both in the matrix and
// the list of requests; axe finds nothing serious on the request states in the three Teams themes.
// Screenshots of each state go to test-results/requests/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, AgendaView } from "../../src/core/api/contract";
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from "./harness";

const HANAKO = "hanako.sato@contoso.example"; // 営業部, organizer
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const PMO = "satoshi.yamamoto@contoso.example";
const SALES_ASK = "大手企業向けにAIを使った提案ができるよう、技術検討を始めてほしい";
const PLANNING_ASK = "訪問先の業界別ニーズ（AIで何をしたいか）をまとめてほしい";
const COUNTER = "まず1社で技術検証をして、結果を営業部と一緒に提案に入れる";
const SHOTS = path.resolve("test-results/requests");

async function tokenFor(baseUrl: string, email: string, roles?: string[]): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, ...(roles ? { roles } : {}) }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function api<T>(baseUrl: string, token: string, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": randomUUID() }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Person {
  email: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

describe("requests between departments: two attendees live, then the PMO", () => {
  let server: RunningServer;
  let browser: Browser;
  let agendaId = "";
  let organizerToken = "";
  let sales: Person;
  let planning: Person;
  const tabUrl = (theme?: string) => `${server.baseUrl}/teams/tab.html?agendaId=${agendaId}&lang=ja${theme ? `&theme=${theme}` : ""}`;
  const card = (page: Page, department: string) => page.locator(`[data-testid="department-requests"][data-department="${department}"]`);
  const item = (page: Page, department: string, text: string): Locator => card(page, department).locator('[data-testid="request-item"]', { hasText: text });
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  async function open(email: string): Promise<Person> {
    // The meeting side panel: 280 px wide.
    const context = await browser.newContext({ viewport: { width: 280, height: 900 }, locale: "ja-JP" });
    await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), email);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(tabUrl());
    await page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agendaId}"]`).waitFor();
    return { email, context, page, errors };
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
    organizerToken = await tokenFor(server.baseUrl, HANAKO);
    const agenda = await api<Agenda>(server.baseUrl, organizerToken, "POST", "/api/agendas", {
      subject: "AI提案の進め方",
      objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
      departments: [
        { name: "営業部", mission: "新規開拓営業を進め、大手企業の取引先を獲得する" },
        { name: "企画部", mission: "CRMサービスの開発力と提案力を強化する" },
      ],
      attendees: [
        { email: HANAKO, name: "佐藤 花子", department: "営業部", role: "organizer" },
        { email: ICHIRO, name: "鈴木 一郎", department: "営業部", role: "required" },
        { email: MISAKI, name: "田中 美咲", department: "企画部", role: "required" },
      ],
    });
    agendaId = agenda.id;
    [sales, planning] = await Promise.all([open(ICHIRO), open(MISAKI)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("営業部 asks 企画部; 企画部 counters; 営業部 accepts the counter-offer — each seen live by the other", async () => {
    await card(sales.page, "営業部").getByTestId("request-ask").click();
    const form = sales.page.getByTestId("request-ask-form");
    await expect.poll(() => form.getByTestId("request-to").inputValue()).toBe("企画部");
    await form.getByTestId("request-text").fill(SALES_ASK);
    await form.getByTestId("request-ask-submit").click();

    const asked = item(planning.page, "企画部", SALES_ASK);
    await asked.waitFor();
    expect(await asked.getAttribute("data-status")).toBe("open");
    expect(await asked.getAttribute("data-direction")).toBe("incoming");
    await expect.poll(() => asked.getByTestId("request-open-for").innerText()).toContain("企画部の回答待ち");
    await shot(planning.page, "1-open-planning-280");

    await asked.getByTestId("request-counter").click();
    await asked.getByTestId("request-answer-text").fill(COUNTER);
    await asked.getByTestId("request-answer-submit").click();

    const countered = sales.page.locator('[data-testid="department-requests"][data-department="営業部"] [data-testid="request-item"][data-status="countered"]', { hasText: SALES_ASK });
    await countered.waitFor();
    await expect.poll(() => countered.getByTestId("request-response").innerText()).toContain(COUNTER);
    await shot(sales.page, "2-countered-sales-280");

    await countered.getByTestId("request-accept").click();
    await countered.getByTestId("request-due").fill("2099-05-31");
    await countered.getByTestId("request-answer-submit").click();
    await planning.page.locator('[data-testid="department-requests"][data-department="企画部"] [data-testid="request-item"][data-status="accepted"]', { hasText: SALES_ASK }).waitFor();
    await sales.page.getByTestId("tab-commitments").getByText(COUNTER).first().waitFor();
    await shot(planning.page, "3-accepted-planning-280");
    const view = await api<AgendaView>(server.baseUrl, organizerToken, "GET", `/api/agendas/${agendaId}`);
    const request = view.requests?.find((r) => r.text === SALES_ASK);
    expect(request?.status).toBe("accepted");
    expect(view.commitments.find((c) => c.requestId === request?.id)).toMatchObject({ action: COUNTER, ownerDepartment: "企画部", helpsDepartment: "営業部", dueDate: "2099-05-31" });
  });

  it("企画部 asks 営業部, which accepts with an owner and a due date; the commitment shows in both panels", async () => {
    await card(planning.page, "企画部").getByTestId("request-ask").click();
    const form = planning.page.getByTestId("request-ask-form");
    await form.getByTestId("request-text").fill(PLANNING_ASK);
    await form.getByTestId("request-ask-submit").click();

    const asked = item(sales.page, "営業部", PLANNING_ASK);
    await asked.waitFor();
    await asked.getByTestId("request-accept").click();
    await expect.poll(() => asked.getByTestId("request-owner").inputValue()).toBe(ICHIRO);
    await asked.getByTestId("request-due").fill("2099-06-30");
    await asked.getByTestId("request-answer-submit").click();

    await planning.page.locator('[data-testid="department-requests"][data-department="企画部"] [data-testid="request-item"][data-status="accepted"]', { hasText: PLANNING_ASK }).waitFor();
    for (const p of [sales, planning]) await p.page.getByTestId("tab-commitments").getByText(PLANNING_ASK).first().waitFor();
    await shot(sales.page, "4-accepted-sales-280");
  });

  it("the PMO sees both in the matrix and in the list of requests", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
    await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), PMO);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/pmo?reqStatus=any&reqTo=${encodeURIComponent("企画部")}`);
    const picker = page.getByTestId("person-picker");
    const matrix = page.getByTestId("pmo-requests-matrix");
    await matrix.or(picker).first().waitFor();
    if (await picker.isVisible()) {
      await picker.getByTestId("person-picker-select").selectOption(PMO);
      await picker.getByRole("button").click();
    }
    const pair = page.locator('[data-testid="pmo-requests-pair"][data-from="営業部"][data-to="企画部"]');
    await pair.waitFor();
    await expect.poll(() => pair.locator('[data-status="accepted"]').innerText()).not.toBe("0");
    const list = page.getByTestId("pmo-requests-list");
    await list.locator('[data-testid="pmo-requests-waiting-item"]', { hasText: SALES_ASK }).first().waitFor();
    expect(await list.locator('[data-testid="pmo-requests-waiting-item"]', { hasText: PLANNING_ASK }).count()).toBe(0);
    expect(await page.getByTestId("pmo-requests-filter-status").inputValue()).toBe("");
    await page.getByTestId("pmo-requests").screenshot({ path: path.join(SHOTS, "5-pmo-requests.png") });
    await context.close();
  });

  it.each(["default", "dark", "contrast"])("has no serious accessibility violations on the request states in the %s theme", async (theme) => {
    // One request of each state the tab shows: open (with its answers), countered, accepted.
    const token = await tokenFor(server.baseUrl, ICHIRO);
    const misakiToken = await tokenFor(server.baseUrl, MISAKI);
    const open = await api<{ id: string }>(server.baseUrl, token, "POST", `/api/agendas/${agendaId}/requests`, { fromDepartment: "営業部", toDepartment: "企画部", text: `回答待ちのお願い ${theme}`, neededBy: "2099-01-31" });
    const countered = await api<{ id: string }>(server.baseUrl, token, "POST", `/api/agendas/${agendaId}/requests`, { fromDepartment: "営業部", toDepartment: "企画部", text: `代案が出るお願い ${theme}` });
    await api(server.baseUrl, misakiToken, "POST", `/api/requests/${countered.id}/respond`, { action: "counter", text: "代わりにできること" });
    expect(open.id).not.toBe("");
    const { page } = planning;
    await page.goto(tabUrl(theme));
    await item(page, "企画部", `回答待ちのお願い ${theme}`).getByTestId("request-accept").waitFor();
    await item(page, "企画部", `回答待ちのお願い ${theme}`).getByTestId("request-decline").click();
    await page.getByTestId("request-answer-form").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await card(page, "企画部").screenshot({ path: path.join(SHOTS, `6-states-${theme}-280.png`) });
  });

  it("had no uncaught page errors", () => {
    for (const p of [sales, planning]) expect(p.errors, p.email).toEqual([]);
  });
});
