// The Teams tab page outside Teams, in Chromium against the real server and its seeded demo data:
// the personal tab "My commitments" (?view=mine) after picking a demo person, marking one done; and
// the read-only meeting stage view (?view=stage) of a seeded agenda, following a change live.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Commitment, Page } from "../../src/core/api/contract";
import { seriousA11yViolations, useBrowserSession } from "./harness";

const ICHIRO = "ichiro.suzuki@contoso.example";

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

async function tokenFor(baseUrl: string, email: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

describe("Teams tab page: My commitments and the meeting stage", () => {
  const session = useBrowserSession();

  it("shows ichiro's own commitments after he picks himself, and marks one done", async () => {
    const { baseUrl } = session.server;
    const token = await tokenFor(baseUrl, ICHIRO);
    const mine = await api<Page<Commitment>>(baseUrl, token, "GET", "/api/commitments?mine=true");
    const open = mine.items.filter((c) => c.status === "open");
    expect(open.length).toBeGreaterThan(0);
    const target = open[0]!;

    const page = session.page;
    await page.goto(`${baseUrl}/teams/tab.html?view=mine`);
    const picker = page.getByTestId("person-picker");
    await picker.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await picker.getByTestId("person-picker-select").selectOption(ICHIRO);
    await picker.getByRole("button").click();

    const view = page.getByTestId("my-commitments");
    await view.waitFor();
    const rows = view.getByTestId("my-commitment");
    await expect.poll(() => rows.count()).toBe(mine.items.length);
    // Only his: every row is one of the ids the API gives him with mine=true.
    const shownIds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-commitment-id")));
    expect(new Set(shownIds)).toEqual(new Set(mine.items.map((c) => c.id)));
    const row = view.locator(`[data-testid="my-commitment"][data-commitment-id="${target.id}"]`);
    expect(await row.textContent()).toContain(target.action);
    expect(await row.textContent()).toContain(target.objectiveTitle);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await row.getByTestId("my-commitment-toggle").click();
    await view.locator(`[data-testid="my-commitment"][data-commitment-id="${target.id}"][data-status="done"]`).waitFor({ timeout: 5000 });
    const after = await api<Page<Commitment>>(baseUrl, token, "GET", "/api/commitments?mine=true");
    expect(after.items.find((c) => c.id === target.id)?.status).toBe("done");

    expect(session.pageErrors).toEqual([]);
  });

  it("shows the seeded agenda read-only on the stage, live", async () => {
    const { baseUrl } = session.server;
    const token = await tokenFor(baseUrl, ICHIRO);
    const mine = await api<Page<Commitment>>(baseUrl, token, "GET", "/api/commitments?mine=true");
    const agendaId = mine.items[0]!.agendaId;
    const agenda = await api<{ agenda: { objectiveTitle: string; desiredOutcome: string } }>(baseUrl, token, "GET", `/api/agendas/${agendaId}`);

    const page = session.page;
    // Ichiro is remembered in this browser from the first test: no picker this time.
    await page.goto(`${baseUrl}/teams/tab.html?agendaId=${agendaId}&view=stage`);
    const stage = page.getByTestId("meeting-stage").and(page.locator("[data-agenda-id]"));
    await stage.waitFor();
    expect(await stage.getByTestId("stage-objective-title").textContent()).toBe(agenda.agenda.objectiveTitle);
    expect(await stage.getByTestId("stage-outcome").textContent()).toContain(agenda.agenda.desiredOutcome);
    await expect.poll(() => stage.getByTestId("stage-commitment").count()).toBeGreaterThan(0);
    expect(await stage.getByTestId("stage-group").count()).toBeGreaterThan(0);
    expect(await stage.locator("input, textarea, select, button, [contenteditable='true']").count()).toBe(0);
    expect(await page.getByTestId("meeting-tab").count()).toBe(0);

    // Someone writes in a side panel: the stage shows it without a reload.
    const text = `ステージに届く貢献 ${randomUUID().slice(0, 8)}`;
    await api(baseUrl, token, "POST", `/api/agendas/${agendaId}/contributions`, { department: "営業部", text });
    await stage.getByText(text).waitFor({ timeout: 5000 });

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  // Outside Teams the page takes the Teams theme from ?theme= (inside, from the host's context).
  it.each(["dark", "contrast"])("My commitments and the stage have no serious accessibility violations in the %s theme", async (theme) => {
    const { baseUrl } = session.server;
    const token = await tokenFor(baseUrl, ICHIRO);
    const mine = await api<Page<Commitment>>(baseUrl, token, "GET", "/api/commitments?mine=true");
    const page = session.page;

    await page.goto(`${baseUrl}/teams/tab.html?view=mine&theme=${theme}`);
    await page.getByTestId("my-commitments").getByTestId("my-commitment").first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/teams/tab.html?agendaId=${mine.items[0]!.agendaId}&view=stage&theme=${theme}`);
    const stage = page.getByTestId("meeting-stage").and(page.locator("[data-agenda-id]"));
    await stage.waitFor();
    await expect.poll(() => stage.getByTestId("stage-commitment").count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
