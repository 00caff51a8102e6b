// Three attendees from two departments (営業部: 佐藤 花子 the organizer and 鈴木 一郎; 企画部: 田中 美咲)
// open the meeting tab of one agenda in three browser contexts, against the real server: edits at
// once show in every panel; a forced conflict shows both versions to the loser, who keeps both; a
// cut network queues writes that survive a reload and are sent exactly once (even when the answer
// to a write is lost on the way back); and axe finds nothing serious in the three Teams themes.
import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, AgendaView, Commitment } from "../../src/core/api/contract";
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from "./harness";

const HANAKO = "hanako.sato@contoso.example"; // 営業部, organizer
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部

async function tokenFor(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function api<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      accept: "application/json",
      ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": randomUUID() }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

interface Attendee {
  email: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
}

describe("Teams meeting tab: three attendees at once", () => {
  let server: RunningServer;
  let browser: Browser;
  let agendaId = "";
  let organizerToken = "";
  const people: Attendee[] = [];
  const view = () => api<AgendaView>(server.baseUrl, organizerToken, "GET", `/api/agendas/${agendaId}`);
  const tabUrl = (theme?: string) => `${server.baseUrl}/teams/tab.html?agendaId=${agendaId}&lang=ja${theme ? `&theme=${theme}` : ""}`;
  const who = (email: string) => people.find((p) => p.email === email)!;

  async function open(email: string): Promise<Attendee> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: "ja-JP" });
    // The demo person this browser signs in as (what the picker would remember).
    await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), email);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(tabUrl());
    await page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agendaId}"]`).waitFor();
    return { email, context, page, errors };
  }

  const contribution = (page: Page, text: string) => page.locator('[data-testid="contribution"]', { hasText: text });
  const DEPARTMENT: Record<string, string> = { [HANAKO]: "営業部", [ICHIRO]: "営業部", [MISAKI]: "企画部" };
  /** "+ 追加" in the card of the person's own department opens its form. */
  const openAdd = (p: Attendee) => p.page.locator(`[data-testid="contribution-group"][data-department="${DEPARTMENT[p.email]}"]`).getByTestId("contribution-add").click();
  /** Edit is in the entry's "⋯" menu. */
  async function startEdit(page: Page, text: string) {
    await contribution(page, text).getByTestId("contribution-actions").click();
    await page.getByTestId("contribution-edit").click();
  }
  async function shownEverywhere(text: string) {
    for (const p of people) {
      try {
        await contribution(p.page, text).first().waitFor({ timeout: 8000 });
      } catch (error) {
        // What the panel showed instead (pending writes, an error), and what the server said.
        const shown = await p.page.locator("body").innerText({ timeout: 2000 }).catch(() => "(page not answering)");
        throw new Error(`${p.email} never showed "${text}":\n${shown.slice(0, 3000)}\n--- server ---\n${server.output().slice(-3000)}`, { cause: error });
      }
    }
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    organizerToken = await tokenFor(server.baseUrl, HANAKO);
    const agenda = await api<Agenda>(server.baseUrl, organizerToken, "POST", "/api/agendas", {
      subject: "CRM 拡大の定例",
      objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
      desiredOutcome: "提案の分担を決める",
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
    people.push(...(await Promise.all([HANAKO, ICHIRO, MISAKI].map(open))));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows every attendee's change in every panel while all three write at once", async () => {
    const texts = people.map((p) => `${p.email.split(".")[0]} の貢献 ${randomUUID().slice(0, 6)}`);
    await Promise.all(
      people.map(async (p, i) => {
        await openAdd(p);
        await p.page.getByTestId("contribution-input").fill(texts[i]!);
        await p.page.getByTestId("contribution-submit").click();
      }),
    );
    for (const text of texts) await shownEverywhere(text);
    const saved = (await view()).contributions;
    expect(saved.map((c) => c.text).sort()).toEqual([...texts].sort());
    // Grouped by department: misaki's in 企画部, the other two in 営業部.
    const planning = who(MISAKI).page.locator('[data-testid="contribution-group"][data-department="企画部"]');
    expect(await planning.getByTestId("contribution").count()).toBe(1);
  });

  it("a forced conflict shows both versions to the second writer, who keeps both; nothing is lost", async () => {
    const base = (await view()).contributions.find((c) => c.authorEmail === MISAKI)!;
    const hanako = who(HANAKO).page;
    const misaki = who(MISAKI).page;
    // Both open the editor on the same version.
    for (const page of [hanako, misaki]) await startEdit(page, base.text);
    const theirs = `主催者の追記 ${randomUUID().slice(0, 6)}`;
    const mine = `美咲の書き直し ${randomUUID().slice(0, 6)}`;
    await hanako.getByTestId("contribution-edit-input").fill(theirs);
    await misaki.getByTestId("contribution-edit-input").fill(mine);
    await hanako.getByTestId("contribution-save").click();
    for (const p of [HANAKO, ICHIRO]) await contribution(who(p).page, theirs).waitFor({ timeout: 5000 });
    // Misaki is still typing: she is told at once, without losing her text.
    await misaki.getByTestId("contribution-changed-meanwhile").filter({ hasText: theirs }).waitFor({ timeout: 5000 });
    expect(await misaki.getByTestId("contribution-edit-input").inputValue()).toBe(mine);
    await misaki.getByTestId("contribution-save").click();

    const conflict = misaki.getByTestId("conflict");
    await conflict.waitFor({ timeout: 8000 });
    expect(await conflict.getByTestId("conflict-mine").textContent()).toContain(mine);
    expect(await conflict.getByTestId("conflict-theirs").textContent()).toContain(theirs);
    // Nothing was overwritten behind the user's back.
    expect((await view()).contributions.find((c) => c.id === base.id)?.text).toBe(theirs);
    expect(await seriousA11yViolations(misaki)).toEqual([]);

    // Misaki keeps both: the combined text, offered pre-filled, saved on top of hanako's version.
    expect(await conflict.getByTestId("conflict-merged").inputValue()).toBe(`${theirs}\n${mine}`);
    await conflict.getByTestId("conflict-save-merged").click();
    await conflict.waitFor({ state: "detached", timeout: 5000 });
    await expect.poll(async () => (await view()).contributions.find((c) => c.id === base.id)?.text).toBe(`${theirs}\n${mine}`);
    await shownEverywhere(`${theirs}\n${mine}`.split("\n")[1]!);
    for (const p of people) await contribution(p.page, mine).filter({ hasText: theirs }).waitFor({ timeout: 8000 });
    expect((await view()).contributions).toHaveLength(3);
  });

  it("queues writes on a cut network, keeps them and the drafts across a reload, and sends each exactly once", async () => {
    const ichiro = who(ICHIRO);
    const { page, context } = ichiro;
    const added = `オフラインの貢献 ${randomUUID().slice(0, 6)}`;
    const action = `オフラインの約束 ${randomUUID().slice(0, 6)}`;
    const draft = `送っていない下書き ${randomUUID().slice(0, 6)}`;

    await context.setOffline(true);
    // The live badge and the banner agree at once, and nothing claims "未送信（0）".
    await page.locator('[data-testid="live-status"][data-status="offline"]').waitFor({ timeout: 5000 });
    await page.getByTestId("offline-banner").waitFor();
    expect(await page.getByTestId("pending-count").count()).toBe(0);
    await openAdd(ichiro);
    await page.getByTestId("contribution-input").fill(added);
    await page.getByTestId("contribution-submit").click();
    await page.getByTestId("commitment-open").click();
    await page.getByTestId("commitment-action").fill(action);
    await page.getByTestId("commitment-due").fill("2099-12-01");
    await page.getByTestId("commitment-submit").click();
    await page.locator('[data-testid="pending-count"][data-count="2"]').waitFor({ timeout: 5000 });
    await openAdd(ichiro);
    await page.getByTestId("contribution-input").fill(draft);

    // The API stays unreachable for writes while the page reloads (a browser can't load a page at
    // all while fully offline): every write is cut before it reaches the server.
    let mode: "cut" | "lose-first" | "pass" = "cut";
    const lost: string[] = [];
    const isWrite = (route: Route) => route.request().method() !== "GET" && !route.request().url().includes("/api/dev/token");
    await context.route("**/api/**", async (route) => {
      if (!isWrite(route)) return route.continue();
      if (mode === "cut") return route.abort("internetdisconnected");
      if (mode === "lose-first") {
        // The server gets and applies the write; its answer never comes back.
        mode = "pass";
        await route.fetch();
        lost.push(`${route.request().method()} ${new URL(route.request().url()).pathname}`);
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await context.setOffline(false);
    await page.reload();
    await page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agendaId}"]`).waitFor();
    expect(await page.getByTestId("contribution-input").inputValue()).toBe(draft);
    await page.locator('[data-testid="pending-count"][data-count="2"]').waitFor({ timeout: 5000 });
    expect(await page.getByTestId("pending-writes").textContent()).toContain(added);
    expect((await view()).contributions.some((c) => c.text === added)).toBe(false);

    // Back online, and the first answer is lost on the way back.
    mode = "lose-first";
    await context.setOffline(true);
    await context.setOffline(false);
    await page.getByTestId("pending-writes").waitFor({ state: "detached", timeout: 20_000 });
    expect(lost).toEqual([`POST /api/agendas/${agendaId}/contributions`]);

    const after = await view();
    expect(after.contributions.filter((c) => c.text === added)).toHaveLength(1);
    expect(after.commitments.filter((c) => c.action === action)).toHaveLength(1);
    await shownEverywhere(added);
    for (const p of people) await p.page.locator('[data-testid="commitment"]', { hasText: action }).waitFor({ timeout: 5000 });
    // The unsent draft is still in the form.
    expect(await page.getByTestId("contribution-input").inputValue()).toBe(draft);
    await context.unroute("**/api/**");
  });

  it("a queued mark done that meets someone else's change to the commitment shows both and re-applies on their version", async () => {
    const { page, context } = who(MISAKI);
    const action = `美咲の約束 ${randomUUID().slice(0, 6)}`;
    const c = await api<Commitment>(server.baseUrl, organizerToken, "POST", `/api/agendas/${agendaId}/commitments`, {
      ownerEmail: MISAKI,
      action,
      dueDate: "2099-11-01",
    });
    const item = page.locator('[data-testid="commitment"]', { hasText: action });
    await item.waitFor({ timeout: 8000 });
    // Misaki marks it done with the network cut; meanwhile the organizer moves the due date.
    await context.setOffline(true);
    await item.getByTestId("commitment-toggle").click();
    await item.getByTestId("commitment-pending").waitFor({ timeout: 5000 });
    const theirs = await api<Commitment>(server.baseUrl, organizerToken, "PATCH", `/api/commitments/${c.id}`, { dueDate: "2099-12-24" });
    expect(theirs.version).toBe(2);
    await context.setOffline(false);

    const conflict = page.getByTestId("conflict");
    await conflict.waitFor({ timeout: 10_000 });
    expect(await conflict.getByTestId("conflict-mine").textContent()).toContain("状態：完了");
    expect(await conflict.getByTestId("conflict-theirs").textContent()).toContain("状態：未完了");
    // Nothing was overwritten behind anyone's back.
    const stored = () => view().then((v) => v.commitments.find((x) => x.id === c.id));
    expect(await stored()).toMatchObject({ status: "open", dueDate: "2099-12-24", version: 2 });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await conflict.getByTestId("conflict-keep-mine").click();
    await conflict.waitFor({ state: "detached", timeout: 5000 });
    await expect.poll(async () => (await stored())?.status, { timeout: 8000 }).toBe("done");
    expect(await stored()).toMatchObject({ dueDate: "2099-12-24", version: 3 });
    for (const p of people) {
      await p.page.locator('[data-testid="commitment"][data-status="done"]', { hasText: action }).waitFor({ timeout: 8000 });
    }
  });

  it.each(["default", "dark", "contrast"])("has no serious accessibility violations in the %s theme", async (theme) => {
    const { page } = who(MISAKI);
    await page.goto(tabUrl(theme));
    await page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agendaId}"]`).waitFor();
    await page.getByTestId("tab-commitments").waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("had no uncaught page errors", () => {
    for (const p of people) expect(p.errors, p.email).toEqual([]);
  });
});
