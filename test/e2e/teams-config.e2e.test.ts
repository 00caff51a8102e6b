// The Teams tab's config page outside Teams (the fake host; a Save bar plays Teams' Save button), in
// Chromium against the real server: no agenda matches the meeting chat → pick one of my meetings
// around now → saved; and → create the agenda right there, bound to the chat's thread id. axe in
// the light, dark and high-contrast Teams themes.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/api/contract";
import type { Page } from "playwright-core";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const NAOTO = "naoto.ito@contoso.example";

async function tokenFor(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function api<T>(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json", "idempotency-key": randomUUID() }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const chatId = () => `19:meeting_e2e${randomUUID().replace(/-/g, "")}@thread.v2`;

/** Opens the page as `email`, forgetting whoever this browser remembered from an earlier test. */
async function openAs(page: Page, url: string, email: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(url);
  const picker = page.getByTestId("person-picker");
  await picker.waitFor();
  await picker.getByTestId("person-picker-select").selectOption(email);
  await picker.getByRole("button").click();
  await page.getByTestId("teams-config").waitFor();
}

/**
 * The create form renders before its library (objectives, departments) arrives and shows a loading
 * state until then; picking index 0 too early once chose "create a new objective", whose required
 * title blocked the submit. Wait for a real library objective to be offered.
 */
async function waitForObjectiveLibrary(page: Page): Promise<void> {
  await page.getByTestId("config-create").waitFor();
  await page.getByTestId("config-create-objective").locator('option:not([value="__new__"])').first().waitFor({ state: "attached" });
}

describe("Teams config page: fallbacks when no agenda matches the meeting chat", () => {
  const session = useBrowserSession();

  it("picks one of my meetings around now and saves it", async () => {
    const { baseUrl } = session.server;
    const token = await tokenFor(baseUrl, NAOTO);
    const startsAt = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const soon = await api<Agenda>(baseUrl, token, "POST", "/api/agendas", {
      objectiveTitle: "技術部と営業部で大手企業のCRM導入を成功させる",
      subject: "導入計画のすり合わせ",
      startsAt,
      lang: "en",
    });
    const page = session.page;
    await openAs(page, `${baseUrl}/teams/config.html?lang=en&chatId=${encodeURIComponent(chatId())}`, NAOTO);
    const nearby = page.getByTestId("config-nearby");
    await nearby.waitFor();
    const option = nearby.getByRole("radio", { name: /導入計画のすり合わせ/ });
    await option.check();
    await page.getByTestId("config-selected").waitFor();
    await page.getByTestId("config-browser-save").click();
    const saved = page.getByTestId("config-browser-saved");
    await saved.waitFor();
    expect(await saved.getAttribute("data-entity-id")).toBe(soon.id);
    expect(await saved.textContent()).toContain(`/agenda/${soon.id}`);
  });

  it("creates the agenda right there, bound to the meeting's thread, and saves it", async () => {
    const { baseUrl } = session.server;
    const chat = chatId();
    const page = session.page;
    await openAs(page, `${baseUrl}/teams/config.html?lang=en&chatId=${encodeURIComponent(chat)}`, NAOTO);
    const form = page.getByTestId("config-create");
    await waitForObjectiveLibrary(page);
    await page.getByTestId("config-create-objective").selectOption({ index: 0 });
    await page.getByTestId("config-create-outcome").fill("Agree who pilots the CRM rollout with which customer");
    await form.getByRole("checkbox", { name: "営業部" }).check();
    await form.getByRole("checkbox", { name: "技術部" }).check();
    await page.getByTestId("config-create-submit").click();
    await page.getByTestId("config-created").waitFor();
    await page.getByTestId("config-browser-save").click();
    await page.getByTestId("config-browser-saved").waitFor();
    const savedId = await page.getByTestId("config-browser-saved").getAttribute("data-entity-id");

    const token = await tokenFor(baseUrl, NAOTO);
    const found = await api<Agenda[]>(baseUrl, token, "GET", `/api/agendas?teamsThreadId=${encodeURIComponent(chat)}`);
    expect(found.map((a) => a.id)).toEqual([savedId]);
    expect(found[0]).toMatchObject({ organizerEmail: NAOTO, teamsThreadId: chat, desiredOutcome: "Agree who pilots the CRM rollout with which customer" });
    expect(found[0]!.departments.map((d) => d.name).sort()).toEqual(["営業部", "技術部"].sort());

    // Someone else can't bind a second agenda to the same meeting: they are told to ask its organizer,
    // who is not named to someone who may not open that agenda.
    // The library answers late here on purpose: the form is on screen before its objectives (the
    // race that once made this test pick "create a new objective" and never reach the server).
    await page.route("**/api/objectives", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await openAs(page, `${baseUrl}/teams/config.html?lang=en&chatId=${encodeURIComponent(chat)}`, "yumi.watanabe@contoso.example");
    await waitForObjectiveLibrary(page);
    await page.unroute("**/api/objectives");
    await page.getByTestId("config-create-objective").selectOption({ index: 0 });
    await page.getByTestId("config-create-submit").click();
    const block = page.getByTestId("config-create-block");
    await block.waitFor();
    expect(await block.textContent()).toContain("Someone already created the agenda for this meeting");
    expect(await block.textContent()).not.toContain(NAOTO);
  });

  it.each(["default", "dark", "contrast"])("has no serious axe violations in the %s theme", async (theme) => {
    const { baseUrl } = session.server;
    const page = session.page;
    await openAs(page, `${baseUrl}/teams/config.html?theme=${theme}&chatId=${encodeURIComponent(chatId())}`, NAOTO);
    await page.getByTestId("config-create").waitFor();
    await page.getByTestId("config-nearby").or(page.getByTestId("config-nearby-empty")).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("threw no uncaught page errors", () => {
    expect(session.pageErrors).toEqual([]);
  });
});
