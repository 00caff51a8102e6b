// axe checks every state of the meeting tab as a live document — reached by clicking after the page
// loads in the theme — at 280 and 320 px, in the light, dark and high-contrast themes: the conflicts
// (someone else changed an entry or a commitment: 412) included, and the stage and the refusal.
// Screenshots of every state go to test-results/tab-live-document/.
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Commitment, Contribution } from "../../src/core/api/contract";
import { seriousA11yViolations } from "./harness";
import { ICHIRO, LONG, MISAKI, NAOTO, call, openEntryMenu, useTabDocument } from "./tab-live-document-setup";

const THEMES = ["default", "dark", "contrast"] as const;

describe("the meeting tab as a live document, in every state and theme", () => {
  const doc = useTabDocument({ obstacles: ["大手企業の情報システム部門との接点がない"] });
  const { open, ready, shot, card, tabUrl } = doc;

  // The document as two attendees left it: a long entry of Misaki's (collapsed), one of Ichiro's, and
  // a commitment that helps 企画部.
  beforeAll(async () => {
    const { baseUrl } = doc.server;
    const contributions = `/api/agendas/${doc.agendaId}/contributions`;
    await call(baseUrl, doc.tokens.ichiro, "POST", contributions, { department: "営業部", text: "大手3社の紹介をとる（来週まで）" });
    await call(baseUrl, doc.tokens.misaki, "POST", contributions, { department: "企画部", text: LONG });
    await call(baseUrl, doc.tokens.misaki, "POST", contributions, { department: "企画部", text: "デモ環境を来週までに用意する" });
    await call(baseUrl, doc.tokens.ichiro, "POST", `/api/agendas/${doc.agendaId}/commitments`, {
      ownerEmail: ICHIRO,
      action: "導入事例を2件まとめて企画部に渡す",
      dueDate: "2099-12-01",
      helpsDepartment: "企画部",
      servesObjective: "提案書の説得力を上げる",
    });
  });

  /** Misaki edits a new entry of hers while the organizer changes it: she is told, and (saving) gets the 412's choice. */
  async function editWhileOrganizerChanges(page: Page): Promise<void> {
    const text = `衝突の確認 ${randomUUID().slice(0, 6)}`;
    const created = await call<Contribution>(doc.server.baseUrl, doc.tokens.misaki, "POST", `/api/agendas/${doc.agendaId}/contributions`, { department: "企画部", text });
    const entry = page.locator('[data-testid="contribution"]', { hasText: text });
    await entry.waitFor({ timeout: 8000 });
    await openEntryMenu(page, entry);
    await page.getByTestId("contribution-edit").click();
    const input = page.getByTestId("contribution-edit-input");
    await input.waitFor({ timeout: 8000 });
    await input.fill(`${text}（美咲の書き直し）`);
    await call(doc.server.baseUrl, doc.tokens.organizer, "PATCH", `/api/contributions/${created.id}`, { text: `${text}（主催者の追記）` }, created.version);
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
        const mine = await call<Commitment>(doc.server.baseUrl, doc.tokens.organizer, "POST", `/api/agendas/${doc.agendaId}/commitments`, { ownerEmail: MISAKI, action, dueDate: "2099-11-01" });
        const item = page.locator('[data-testid="commitment"]', { hasText: action });
        await item.waitFor({ timeout: 8000 });
        await context.setOffline(true);
        await item.getByTestId("commitment-toggle").click();
        await item.getByTestId("commitment-pending").waitFor({ timeout: 5000 });
        await call(doc.server.baseUrl, doc.tokens.organizer, "PATCH", `/api/commitments/${mine.id}`, { dueDate: "2099-12-24" });
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
      const stage = await open(ICHIRO, 1280, `${doc.server.baseUrl}/teams/tab.html?agendaId=${doc.agendaId}&view=stage${theme === "default" ? "" : `&theme=${theme}`}`);
      await stage.page.getByTestId("stage-objective-title").waitFor();
      await stage.page.getByTestId("stage-carried-forward").waitFor();
      await shot(stage.page, `axe-${theme}-stage-1280`);
      problems.push(...(await seriousA11yViolations(stage.page)).map((v) => `${theme}/stage: ${v}`));
      const refused = await open(NAOTO, 320, `${doc.server.baseUrl}/agenda/${doc.agendaId}${theme === "default" ? "" : `?theme=${theme}`}`);
      await refused.page.getByTestId("access-refused").waitFor();
      await shot(refused.page, `axe-${theme}-refused-320`);
      problems.push(...(await seriousA11yViolations(refused.page)).map((v) => `${theme}/refused: ${v}`));
    }
    expect(problems).toEqual([]);
  });

  it("had no uncaught page errors", () => {
    expect(doc.errors).toEqual([]);
  });
});
