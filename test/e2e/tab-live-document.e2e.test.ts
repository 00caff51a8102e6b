// Two attendees play the meeting tab by clicking, in 280 px side panels (the organizer at 320 px),
// against the real server: numbered sections 1–5 like the body, "+ 追加" inside each department's card,
// a 2,000-character entry collapsed, the "⋯" menu to edit, obstacles and commitments opened on demand,
// the offline state shown the same by the badge and the banner, and a colleague who is not invited
// told whom to ask — with no retry. Screenshots of every state go to test-results/tab-live-document/;
// axe checks every state in each theme in tab-live-document-a11y.e2e.test.ts.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HANAKO, ICHIRO, LONG, MISAKI, NAOTO, openEntryMenu, useTabDocument } from "./tab-live-document-setup";

describe("the meeting tab as a live document, by clicking", () => {
  const doc = useTabDocument();
  const { open, ready, shot, card } = doc;

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
    await openEntryMenu(i, entry);
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
  it("the stage shows the same numbered sections, read-only", async () => {
    const { page } = await open(ICHIRO, 1280, `${doc.server.baseUrl}/teams/tab.html?agendaId=${doc.agendaId}&view=stage`);
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
    const context = await doc.browser.newContext({ viewport: { width: 320, height: 700 }, locale: "ja-JP" });
    doc.contexts.push(context);
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
      return pathname.startsWith(`/api/agendas/${doc.agendaId}`) ? pathname : null;
    };
    page.on("request", (r) => {
      const p = agendaPath(r.url());
      if (p) log.push({ path: p });
    });
    page.on("response", (r) => {
      const p = agendaPath(r.url());
      if (p) log.push({ path: p, status: r.status() });
    });
    await page.goto(`${doc.server.baseUrl}/agenda/${doc.agendaId}`);
    const refused = page.getByTestId("access-refused");
    await refused.waitFor();
    expect(await refused.textContent()).toContain("この会議の主催者は 佐藤 花子 さんです。佐藤 花子 さんに、あなたを会議の出席者に追加するよう依頼してください。");
    expect(await refused.textContent()).toContain("追加されたら、このページを再読み込みしてください。");
    expect(await page.getByText("うまくいきませんでした").count()).toBe(0);
    // Both the load and the live stream were refused…
    const load = `/api/agendas/${doc.agendaId}`;
    const events = `/api/agendas/${doc.agendaId}/events`;
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
    expect(doc.errors).toEqual([]);
  });
});
