// Two attendees play the meeting tab by clicking, in 280 px side panels (the organizer at 320 px),
// against the real server: numbered sections 1–5 like the body, "+ 追加" inside each department's card,
// a 2,000-character entry collapsed, the "⋯" menu to edit, obstacles and commitments opened on demand,
// the offline state shown the same by the badge and the banner, and a colleague who is not invited
// told whom to ask — with no retry. Screenshots of every state go to test-results/tab-live-document/,
// and axe checks every state, at 280 and 320 px, in the light, dark and high-contrast themes — the
// conflicts (someone else changed an entry or a commitment: 412) included.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, Commitment, Contribution, Objective } from "../../src/core/api/contract";
import { DEMO_OBJECTIVE } from "../../src/core/demo/demo-people";
import { launchBrowser, seriousA11yViolations, startServer, type RunningServer } from "./harness";

const HANAKO = "hanako.sato@contoso.example"; // 営業部, organizer
const ICHIRO = "ichiro.suzuki@contoso.example"; // 営業部
const MISAKI = "misaki.tanaka@contoso.example"; // 企画部
const NAOTO = "naoto.ito@contoso.example"; // 技術部, not invited
const SHOTS = path.resolve("test-results/tab-live-document");
const THEMES = ["default", "dark", "contrast"] as const;
const LONG = "大手企業向けの提案書のうち、CRM の導入効果を数字で示す部分を企画部が書き、営業部の事例と合わせる。".repeat(40).slice(0, 2000);

async function tokenFor(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function call<T>(baseUrl: string, token: string, method: string, url: string, body?: unknown, version?: number): Promise<T> {
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

describe("the meeting tab as a live document, by clicking", () => {
  let server: RunningServer;
  let browser: Browser;
  let agendaId = "";
  let organizerToken = "";
  let misakiToken = "";
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const tabUrl = (theme = "default") => `${server.baseUrl}/teams/tab.html?agendaId=${agendaId}${theme === "default" ? "" : `&theme=${theme}`}`;

  async function open(email: string, width: number, url = tabUrl()): Promise<{ page: Page; context: BrowserContext }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "ja-JP" });
    contexts.push(context);
    await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), email);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`${email}: ${e.message}`));
    await page.goto(url);
    return { page, context };
  }
  const ready = (page: Page) => page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agendaId}"]`).waitFor({ timeout: 15_000 });
  // Animations finished first: a menu caught in its fade-in looks transparent.
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: "disabled" });
  const card = (page: Page, department: string) => page.locator(`[data-testid="contribution-group"][data-department="${department}"]`);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    browser = await launchBrowser();
    const organizer = await tokenFor(server.baseUrl, HANAKO);
    organizerToken = organizer;
    misakiToken = await tokenFor(server.baseUrl, MISAKI);
    // The demo objective: earlier meetings on it left open commitments, carried forward here.
    const objective = (await call<Objective[]>(server.baseUrl, organizer, "GET", "/api/objectives")).find((o) => o.title === DEMO_OBJECTIVE.title)!;
    const agenda = await call<Agenda>(server.baseUrl, organizer, "POST", "/api/agendas", {
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
    });
    agendaId = agenda.id;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  it("two attendees at 280 px and the organizer at 320 px fill it in together", async () => {
    const misaki = await open(MISAKI, 280);
    const ichiro = await open(ICHIRO, 280);
    const hanako = await open(HANAKO, 320);
    for (const p of [misaki, ichiro, hanako]) await ready(p.page);
    const m = misaki.page;
    const i = ichiro.page;

    // The same numbered sections as the body, the objective first; the title in Japanese.
    const sections = await m.locator('[data-testid="meeting-tab"] h2').allTextContents();
    expect(sections).toEqual(["1.共通の目的", "2.目的のために、それぞれ何ができるか", "3.一緒に解決すること", "4.フォローアップのコミットメント", "5.付録：各部門のミッション"]);
    expect(await m.title()).toBe("会議のアジェンダ — Common Purpose");
    // Headings break between phrases, not inside words.
    expect(await m.locator('[data-testid="meeting-tab"] h2').first().evaluate((h) => getComputedStyle(h).wordBreak)).toBe("auto-phrase");
    // What earlier meetings still owe opens section 4, compactly, with how many are overdue.
    const carriedHeading = m.getByTestId("tab-commitments").getByTestId("tab-carried-heading");
    expect(await carriedHeading.textContent()).toMatch(/^前回からの持ち越し \d+件（期限切れ \d+）$/);
    await expect.poll(() => m.getByTestId("live-status").getAttribute("data-status")).toBe("live");
    await shot(m, "01-misaki-280-start");
    await shot(hanako.page, "01-hanako-320-start");

    // Misaki opens her department's card and adds a long entry; no form was open before.
    expect(await m.getByTestId("contribution-form").count()).toBe(0);
    await card(m, "企画部").getByTestId("contribution-add").click();
    await m.getByTestId("contribution-input").fill(LONG);
    await shot(m, "02-misaki-280-adding");
    await m.getByTestId("contribution-submit").click();
    await m.getByTestId("contribution-form").waitFor({ state: "detached" });

    // Ichiro sees it live, collapsed: the panel does not become pages long.
    const longEntry = card(i, "企画部").getByTestId("contribution").first();
    await longEntry.waitFor({ timeout: 8000 });
    const collapsedHeight = (await longEntry.boundingBox())!.height;
    expect(collapsedHeight).toBeLessThan(220);
    expect(await longEntry.getByTestId("contribution-author").textContent()).toBe("田中 美咲");
    expect(await longEntry.locator("time").textContent()).toMatch(/たった今|分前/);
    await shot(i, "03-ichiro-280-sees-long-collapsed");
    await longEntry.getByRole("button", { name: "続きを表示" }).click();
    await expect.poll(async () => (await longEntry.boundingBox())!.height).toBeGreaterThan(collapsedHeight * 3);
    await shot(i, "04-ichiro-280-expanded");
    await longEntry.getByRole("button", { name: "折りたたむ" }).click();
    await expect.poll(async () => (await longEntry.boundingBox())!.height).toBeLessThan(220);

    // Ichiro adds one for 営業部, then corrects it through the "⋯" menu; Misaki sees both live.
    const mine = `大手3社の紹介をとる ${randomUUID().slice(0, 4)}`;
    await card(i, "営業部").getByTestId("contribution-add").click();
    await i.getByTestId("contribution-input").fill(mine);
    await i.getByTestId("contribution-submit").click();
    const entry = card(i, "営業部").locator('[data-testid="contribution"]', { hasText: mine });
    await entry.waitFor();
    await entry.getByTestId("contribution-actions").click();
    await shot(i, "05-ichiro-280-menu");
    await i.getByTestId("contribution-edit").click();
    await i.getByTestId("contribution-edit-input").fill(`${mine}（来週まで）`);
    await i.getByTestId("contribution-save").click();
    const seen = card(m, "営業部").locator('[data-testid="contribution"]', { hasText: `${mine}（来週まで）` });
    await seen.waitFor({ timeout: 8000 });
    expect(await seen.textContent()).toContain("（編集済み）");
    // Only the author's (and the organizer's) entries have a menu.
    expect(await seen.getByTestId("contribution-actions").count()).toBe(0);

    // Misaki adds an obstacle; Ichiro a commitment that helps 企画部 — each from its own "+" button.
    // "+ 課題を追加" at the very bottom of the panel, where the form's field, once open, shows only its
    // top edge (so focusing it scrolls nothing): the form is brought into view whole, buttons included.
    await m.getByTestId("obstacle-open").evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - (window.innerHeight - 30)));
    await m.getByTestId("obstacle-open").click();
    await expect.poll(() => m.getByTestId("obstacle-input").evaluate((el) => el === document.activeElement)).toBe(true);
    const obstacleForm = m.locator("form", { has: m.getByTestId("obstacle-input") });
    const inView = () => obstacleForm.evaluate((form) => {
      const r = form.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await expect.poll(inView).toBe(true);
    await shot(m, "06a-misaki-280-obstacle-form");
    await m.getByTestId("obstacle-input").fill("大手企業の情報システム部門との接点がない");
    // While it is being saved (held at the network), the button labels stay on one line each.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await m.route("**/api/agendas/**", async (route) => {
      if (route.request().method() === "PATCH") await held;
      await route.continue();
    });
    await m.getByTestId("obstacle-submit").click();
    await m.locator('[data-testid="busy-indicator"][data-busy="true"]').first().waitFor();
    const lines = await obstacleForm.getByRole("button", { name: /^(課題を追加|キャンセル)$/ }).evaluateAll((buttons) =>
      buttons.map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        return `${b.textContent}: ${tops.size}`;
      }),
    );
    expect(lines).toEqual(["課題を追加: 1", "キャンセル: 1"]);
    expect(await obstacleForm.evaluate((form) => form.scrollWidth <= form.clientWidth)).toBe(true);
    await shot(m, "06b-misaki-280-obstacle-saving");
    release();
    await obstacleForm.waitFor({ state: "detached", timeout: 8000 });
    await m.unroute("**/api/agendas/**");
    await i.getByTestId("tab-obstacles").getByText("大手企業の情報システム部門との接点がない").waitFor({ timeout: 8000 });
    await i.getByTestId("commitment-open").click();
    await i.getByTestId("commitment-action").fill("導入事例を2件まとめて企画部に渡す");
    await i.getByTestId("commitment-due").fill("2099-12-01");
    await i.getByTestId("commitment-helps").selectOption("企画部");
    await i.getByTestId("commitment-serves").fill("提案書の説得力を上げる");
    await shot(i, "06-ichiro-280-commitment-form");
    await i.getByTestId("commitment-submit").click();
    await m.locator('[data-testid="commitment"]', { hasText: "導入事例を2件まとめて企画部に渡す" }).waitFor({ timeout: 8000 });
    await shot(m, "07-misaki-280-filled");
    await shot(hanako.page, "07-hanako-320-filled");

    // Offline: the badge and the banner agree, with no "未送信（0）"; a write waits, then goes.
    await misaki.context.setOffline(true);
    await m.locator('[data-testid="live-status"][data-status="offline"]').waitFor({ timeout: 5000 });
    expect(await m.getByTestId("offline-banner").textContent()).toContain("オフラインです");
    expect(await m.getByTestId("pending-count").count()).toBe(0);
    await shot(m, "08-misaki-280-offline");
    await card(m, "企画部").getByTestId("contribution-add").click();
    await m.getByTestId("contribution-input").fill("デモ環境を来週までに用意する");
    await m.getByTestId("contribution-submit").click();
    await m.locator('[data-testid="pending-count"][data-count="1"]').waitFor({ timeout: 5000 });
    expect(await m.getByTestId("pending-count").textContent()).toBe("未送信（1）");
    await shot(m, "09-misaki-280-offline-pending");
    await misaki.context.setOffline(false);
    await m.getByTestId("pending-writes").waitFor({ state: "detached", timeout: 20_000 });
    await i.getByText("デモ環境を来週までに用意する").waitFor({ timeout: 8000 });
    await expect.poll(() => m.getByTestId("live-status").getAttribute("data-status"), { timeout: 15_000 }).toBe("live");
  });

  /** Misaki edits a new entry of hers while the organizer changes it: she is told, and (saving) gets the 412's choice. */
  async function editWhileOrganizerChanges(page: Page): Promise<void> {
    const text = `衝突の確認 ${randomUUID().slice(0, 6)}`;
    const created = await call<Contribution>(server.baseUrl, misakiToken, "POST", `/api/agendas/${agendaId}/contributions`, { department: "企画部", text });
    const entry = page.locator('[data-testid="contribution"]', { hasText: text });
    await entry.waitFor({ timeout: 8000 });
    // Under a loaded CI machine the Edit click was seen to leave no form (2 runs of ~6 on the last
    // theme): open the menu again once before failing. The cause is not known yet.
    const input = page.getByTestId("contribution-edit-input");
    for (let attempt = 0; attempt < 2 && !(await input.isVisible()); attempt++) {
      if (attempt > 0 && (await page.getByTestId("contribution-edit").isVisible())) await page.keyboard.press("Escape");
      await entry.getByTestId("contribution-actions").click();
      await page.getByTestId("contribution-edit").click();
      await input.waitFor({ timeout: attempt === 0 ? 8000 : 30_000 }).catch((error: unknown) => {
        if (attempt === 1) throw error;
      });
    }
    await input.fill(`${text}（美咲の書き直し）`);
    await call(server.baseUrl, organizerToken, "PATCH", `/api/contributions/${created.id}`, { text: `${text}（主催者の追記）` }, created.version);
    await page.getByTestId("contribution-changed-meanwhile").waitFor({ timeout: 8000 });
  }

  // Long: every state at two widths is reached afresh and checked.
  it.each(THEMES)("has no serious accessibility violations in any state, in the %s theme", { timeout: 420_000 }, async (theme) => {
    // Each state is reached by clicking after the page loads in the theme (the theme is the page's ?theme=).
    const states: Record<string, (page: Page, context: BrowserContext) => Promise<void>> = {
      document: async () => undefined,
      adding: async (page) => {
        await card(page, "企画部").getByTestId("contribution-add").click();
        await page.getByTestId("contribution-input").fill("目的のためにできることを書く");
      },
      menu: async (page) => {
        await page.getByTestId("contribution-actions").first().click();
        await page.getByTestId("contribution-edit").waitFor();
      },
      expanded: async (page) => {
        await page.getByRole("button", { name: "続きを表示" }).first().click();
        await page.getByRole("button", { name: "折りたたむ" }).first().waitFor();
      },
      commitment: async (page) => {
        await page.getByTestId("commitment-open").click();
        await page.getByTestId("commitment-submit").click();
        await page.getByTestId("commitment-form").getByText("必須項目です。").first().waitFor();
      },
      appendix: async (page) => {
        await page.getByTestId("tab-appendix").getByRole("button").click();
        await page.getByText("CRMサービスの開発力と提案力を強化する").waitFor();
      },
      "changed-meanwhile": editWhileOrganizerChanges,
      conflict: async (page) => {
        await editWhileOrganizerChanges(page);
        await page.getByTestId("contribution-save").click();
        await page.getByTestId("conflict").waitFor({ timeout: 8000 });
      },
      "commitment-conflict": async (page, context) => {
        const action = `美咲の約束 ${randomUUID().slice(0, 6)}`;
        const mine = await call<Commitment>(server.baseUrl, organizerToken, "POST", `/api/agendas/${agendaId}/commitments`, { ownerEmail: MISAKI, action, dueDate: "2099-11-01" });
        const item = page.locator('[data-testid="commitment"]', { hasText: action });
        await item.waitFor({ timeout: 8000 });
        await context.setOffline(true);
        await item.getByTestId("commitment-toggle").click();
        await item.getByTestId("commitment-pending").waitFor({ timeout: 5000 });
        await call(server.baseUrl, organizerToken, "PATCH", `/api/commitments/${mine.id}`, { dueDate: "2099-12-24" });
        await context.setOffline(false);
        await page.getByTestId("conflict").waitFor({ timeout: 10_000 });
      },
    };
    const problems: string[] = [];
    {
      for (const width of [280, 320]) {
        for (const [name, enter] of Object.entries(states)) {
          const { page, context } = await open(MISAKI, width, tabUrl(theme));
          await ready(page);
          await page.getByTestId("contribution").first().waitFor();
          await enter(page, context);
          await shot(page, `axe-${theme}-${width}-${name}`);
          problems.push(...(await seriousA11yViolations(page)).map((v) => `${theme}/${width}/${name}: ${v}`));
          if (name === "document") {
            await context.setOffline(true);
            await page.locator('[data-testid="live-status"][data-status="offline"]').waitFor({ timeout: 5000 });
            await shot(page, `axe-${theme}-${width}-offline`);
            problems.push(...(await seriousA11yViolations(page)).map((v) => `${theme}/${width}/offline: ${v}`));
            await context.setOffline(false);
          }
          await context.close();
        }
      }
      // The stage, wide, with the same sections; and the refusal.
      const stage = await open(ICHIRO, 1280, `${server.baseUrl}/teams/tab.html?agendaId=${agendaId}&view=stage${theme === "default" ? "" : `&theme=${theme}`}`);
      await stage.page.getByTestId("stage-objective-title").waitFor();
      await stage.page.getByTestId("stage-carried-forward").waitFor();
      await shot(stage.page, `axe-${theme}-stage-1280`);
      problems.push(...(await seriousA11yViolations(stage.page)).map((v) => `${theme}/stage: ${v}`));
      const refused = await open(NAOTO, 320, `${server.baseUrl}/agenda/${agendaId}${theme === "default" ? "" : `?theme=${theme}`}`);
      await refused.page.getByTestId("access-refused").waitFor();
      await shot(refused.page, `axe-${theme}-refused-320`);
      problems.push(...(await seriousA11yViolations(refused.page)).map((v) => `${theme}/refused: ${v}`));
    }
    expect(problems).toEqual([]);
  });

  it("the stage shows the same numbered sections, read-only", async () => {
    const { page } = await open(ICHIRO, 1280, `${server.baseUrl}/teams/tab.html?agendaId=${agendaId}&view=stage`);
    await page.getByTestId("stage-objective-title").waitFor();
    expect(await page.locator('[data-testid="meeting-stage"] h2').allTextContents()).toEqual([
      "1.共通の目的",
      "2.目的のために、それぞれ何ができるか",
      "3.一緒に解決すること",
      "4.フォローアップのコミットメント",
      "5.付録：各部門のミッション",
    ]);
    expect(await page.getByTestId("stage-obstacles").textContent()).toContain("大手企業の情報システム部門との接点がない");
    expect(await page.title()).toBe("会議のステージ — Common Purpose");
    expect(await page.locator('[data-testid="meeting-stage"] :is(input, textarea, select, button)').count()).toBe(0);
    await shot(page, "10-stage-1280");
  });

  it("tells a colleague who is not invited who organizes the meeting, and never asks again after the 403", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, locale: "ja-JP" });
    contexts.push(context);
    await context.addInitScript((e) => localStorage.setItem("common-purpose.local-person", e), NAOTO);
    const page = await context.newPage();
    // The page's timers run on a clock the test moves, so "no retry" is proven over minutes of page time
    // without waiting for them.
    await page.clock.install();
    // What reached the server and what it answered, in order. A development build (StrictMode) may start
    // the same load twice before any answer; what must never happen is a new request after a refusal.
    const log: { path: string; status?: number }[] = [];
    const agendaPath = (u: string) => {
      const { pathname } = new URL(u);
      return pathname.startsWith(`/api/agendas/${agendaId}`) ? pathname : null;
    };
    page.on("request", (r) => {
      const p = agendaPath(r.url());
      if (p) log.push({ path: p });
    });
    page.on("response", (r) => {
      const p = agendaPath(r.url());
      if (p) log.push({ path: p, status: r.status() });
    });
    await page.goto(`${server.baseUrl}/agenda/${agendaId}`);
    const refused = page.getByTestId("access-refused");
    await refused.waitFor();
    expect(await refused.textContent()).toContain("この会議の主催者は 佐藤 花子 さんです。佐藤 花子 さんに、あなたを会議の出席者に追加するよう依頼してください。");
    expect(await refused.textContent()).toContain("追加されたら、このページを再読み込みしてください。");
    expect(await page.getByText("うまくいきませんでした").count()).toBe(0);
    // Both the load and the live stream were refused…
    const load = `/api/agendas/${agendaId}`;
    const events = `/api/agendas/${agendaId}/events`;
    await expect.poll(() => log.filter((e) => e.status === 403).map((e) => e.path).sort()).toEqual(expect.arrayContaining([load, events]));
    // …and two minutes later (past every reconnect backoff, poll interval and stream retry) neither was asked again.
    await page.clock.runFor(120_000);
    // A round trip of the page's own: anything a fired timer started is on the wire (and logged) by its end.
    await page.evaluate(() => fetch("/healthz").then((r) => r.status));
    for (const path of [load, events]) {
      const firstRefusal = log.findIndex((e) => e.path === path && e.status === 403);
      expect(log.slice(firstRefusal + 1).filter((e) => e.path === path && e.status === undefined), path).toEqual([]);
    }
    await shot(page, "11-naoto-320-refused");
  });

  it("had no uncaught page errors", () => {
    expect(errors).toEqual([]);
  });
});
