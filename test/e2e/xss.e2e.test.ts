// The XSS corpus (test/security/xss-payloads.ts) seeded through the API into every text field —
// objectives, departments and missions, agenda subject / objective / outcome / obstacles, attendee
// names and departments, contributions, commitments (owner, departments, action, how it serves,
// history notes) — then every page loaded in Chromium: the meeting tab, the stage, My commitments,
// the PMO dashboard, the Teams config page, and the /preview task pane (whose agenda goes into the
// simulated Outlook body). On every page and frame: no dialog, `window.__xss` never set, no element
// carrying an on* attribute, no javascript: URL, no script we did not ship, and no CSP violation
// (which would mean a payload was parsed as markup even though the policy then stopped it).
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, Objective } from "../../src/core/api/contract";
import { XSS_PAYLOADS } from "../security/xss-payloads";
import { launchBrowser, startServer, type RunningServer } from "./harness";

const ORGANIZER = "hanako.sato@contoso.example";
const OWNER = "ichiro.suzuki@contoso.example";
const ATTENDEE = "misaki.tanaka@contoso.example";
const PMO = "satoshi.yamamoto@contoso.example";
const AGENDAS = 3;

let server: RunningServer;
let browser: Browser;
const agendas: Agenda[] = [];
const tokens = new Map<string, string>();

async function tokenFor(email: string): Promise<string> {
  const known = tokens.get(email);
  if (known) return known;
  const res = await fetch(`${server.baseUrl}/api/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email }) });
  const { accessToken } = (await res.json()) as { accessToken: string };
  tokens.set(email, accessToken);
  return accessToken;
}

async function api<T>(email: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${await tokenFor(email)}`, "content-type": "application/json", "idempotency-key": randomUUID() },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Payloads joined up to `max` characters (for the single-valued fields). */
function joined(payloads: readonly string[], max: number): string {
  let out = "";
  for (const p of payloads) if (out.length + p.length + 1 <= max) out += `${p} `;
  return out.trim();
}

async function seed(): Promise<void> {
  let objective: Objective | undefined;
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const o = await api<Objective>(ORGANIZER, "POST", "/api/objectives", { title: payload, description: payload });
    objective ??= o;
    await api(ORGANIZER, "POST", "/api/departments", { name: `${payload} #${i}`, mission: payload });
  }
  const per = Math.ceil(XSS_PAYLOADS.length / AGENDAS);
  for (let k = 0; k < AGENDAS; k += 1) {
    const slice = XSS_PAYLOADS.slice(k * per, (k + 1) * per);
    // One objective, meetings a week apart: the later ones carry the earlier open commitments forward.
    const agenda = await api<Agenda>(ORGANIZER, "POST", "/api/agendas", {
      subject: joined(slice, 500),
      objectiveId: objective?.id ?? null,
      objectiveTitle: joined(slice, 500),
      desiredOutcome: joined(slice, 2000),
      departments: [{ name: "営業部", mission: "" }, { name: "企画部", mission: "" }, ...slice.map((p) => ({ name: p, mission: p }))],
      attendees: [
        { email: OWNER, name: "鈴木 一郎", department: "営業部" },
        { email: ATTENDEE, name: "田中 美咲", department: "企画部" },
        ...slice.map((p, i) => ({ email: `xss${k}-${i}@contoso.example`, name: p, department: p })),
      ],
      obstacles: slice,
      lang: k % 2 === 0 ? "ja" : "en",
      startsAt: new Date(Date.now() - (AGENDAS - k) * 7 * 86_400_000).toISOString(),
    });
    for (const [i, p] of slice.entries()) {
      await api(ORGANIZER, "POST", `/api/agendas/${agenda.id}/contributions`, { department: p, text: p });
      // Owner name and department come from the meeting's record of the owner: every other
      // commitment is owned by the attendee whose name and department are the payload.
      const commitment = await api<{ id: string }>(ORGANIZER, "POST", `/api/agendas/${agenda.id}/commitments`, {
        ownerEmail: i % 2 === 0 ? OWNER : `xss${k}-${i}@contoso.example`,
        // Another department than the owner's (a department never helps itself), still carrying the payload.
        helpsDepartment: `支援先 ${p}`,
        action: p,
        dueDate: "2099-12-01",
        servesObjective: p,
      });
      await api(ORGANIZER, "PATCH", `/api/commitments/${commitment.id}`, { servesObjective: `${p} `, note: p });
    }
    agendas.push(agenda);
  }
}

interface FrameFindings {
  url: string;
  xss: unknown;
  handlers: string[];
  jsUrls: string[];
  foreignScripts: string[];
  violations: string[];
}

/** Opens a page as `email` in a fresh browser profile (the picker signs in), runs `ready`, and checks every frame. */
async function visit(label: string, email: string | null, url: string, ready: (page: Page) => Promise<void>): Promise<{ findings: string[]; frames: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations?: string[] };
      w.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.baseUrl}${url}`);
    // A fresh profile always meets the local sign-in picker, except /preview (its cast is fixed).
    if (email !== null) {
      const picker = page.getByTestId("person-picker");
      await picker.waitFor({ timeout: 30_000 });
      await picker.getByTestId("person-picker-select").selectOption(email);
      await picker.getByRole("button").click();
    }
    await ready(page);
    // Time for images to fail, autofocus to fire and animations to begin.
    await page.waitForTimeout(1_000);
    const findings: string[] = [...dialogs.map((d) => `dialog ${d}`), ...pageErrors.filter((e) => /__xss|xss\.invalid/i.test(e)).map((e) => `page error ${e}`)];
    const frames = page.frames();
    for (const frame of frames) {
      const f = await frame
        .evaluate((): FrameFindings => {
          const attr = (el: Element, name: string) => el.getAttribute(name) ?? "";
          const all = Array.from(document.querySelectorAll("*"));
          return {
            url: location.href.slice(0, 80),
            xss: (window as unknown as { __xss?: unknown }).__xss,
            handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => a.name.toLowerCase().startsWith("on")).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`)),
            jsUrls: all
              .flatMap((el) => ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"].map((n) => `${n}=${attr(el, n)}`))
              .filter((v) => /^[a-z:]+=\s*(javascript|vbscript|data:text\/html)/i.test(v)),
            foreignScripts: Array.from(document.scripts)
              .filter((s) => !s.src || !(s.src.startsWith(`${location.origin}/js/`) || s.src.startsWith("https://appsforoffice.microsoft.com/") || s.src.startsWith("https://res.cdn.office.net/")))
              .map((s) => (s.src || s.textContent || "").slice(0, 80)),
            violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
          };
        })
        .catch(() => null);
      if (!f) continue;
      if (f.xss !== undefined) findings.push(`${f.url}: window.__xss = ${String(f.xss)}`);
      for (const h of f.handlers) findings.push(`${f.url}: ${h}`);
      for (const j of f.jsUrls) findings.push(`${f.url}: ${j.slice(0, 80)}`);
      for (const s of f.foreignScripts) findings.push(`${f.url}: script ${s}`);
      // zod 4 probes once whether eval works (new Function("") in a try); the policy refusing it is
      // the policy working, not a payload. Any other violation means markup got parsed.
      for (const v of f.violations) if (!/^script-src(-elem)? eval\b/.test(v)) findings.push(`${f.url}: CSP violation ${v}`);
    }
    return { findings: findings.map((f) => `${label}: ${f}`), frames: frames.length };
  } finally {
    await context.close();
  }
}

/** Every payload (trimmed) that the page shows as text: proof the corpus reached the page. */
async function payloadsShown(page: Page): Promise<number> {
  const text = await page.evaluate(() => document.body.innerText);
  return XSS_PAYLOADS.filter((p) => text.includes(p.trim())).length;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await seed();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("XSS corpus on every page", () => {
  const results: string[] = [];
  let pages = 0;
  const check = async (label: string, email: string | null, url: string, ready: (page: Page) => Promise<void>) => {
    const { findings } = await visit(label, email, url, ready);
    pages += 1;
    results.push(...findings);
    expect(findings).toEqual([]);
  };

  it("the checks see an injection (a handler put in by hand is found, and the CSP refuses it)", async () => {
    const { findings } = await visit("self-check", null, "/teams/config.html", async (page) => {
      await page.getByTestId("person-picker").waitFor({ timeout: 30_000 });
      await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="window.__xss=1">'));
    });
    expect(findings.some((f) => f.includes("<img onerror>"))).toBe(true);
    expect(findings.some((f) => f.includes("CSP violation script-src-attr"))).toBe(true);
    expect(findings.some((f) => f.includes("window.__xss"))).toBe(false); // the policy kept it from running
  });

  it("the meeting tab of each seeded meeting", async () => {
    for (const agenda of agendas) {
      await check(`tab ${agenda.id}`, ATTENDEE, `/agenda/${agenda.id}`, async (page) => {
        await page.locator(`[data-testid="meeting-tab"][data-agenda-id="${agenda.id}"]`).waitFor({ timeout: 30_000 });
        await page.getByTestId("tab-objective-title").waitFor();
        expect(await payloadsShown(page)).toBeGreaterThanOrEqual(Math.floor(XSS_PAYLOADS.length / AGENDAS) - 2);
      });
    }
  });

  it("the meeting stage of each seeded meeting", async () => {
    for (const agenda of agendas) {
      await check(`stage ${agenda.id}`, ATTENDEE, `/teams/tab.html?agendaId=${agenda.id}&view=stage`, async (page) => {
        await page.getByTestId("meeting-stage").and(page.locator("[data-agenda-id]")).waitFor({ timeout: 30_000 });
        await page.getByTestId("stage-commitment").first().waitFor();
        expect(await payloadsShown(page)).toBeGreaterThanOrEqual(Math.floor(XSS_PAYLOADS.length / AGENDAS) - 2);
      });
    }
  });

  it("My commitments", async () => {
    await check("my commitments", OWNER, "/teams/tab.html?view=mine", async (page) => {
      await page.getByTestId("my-commitments").waitFor({ timeout: 30_000 });
      // The first page of the list (50 rows, due date first): all of them carry payloads.
      await expect.poll(() => page.getByTestId("my-commitment").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(50);
      expect(await payloadsShown(page)).toBeGreaterThanOrEqual(40);
    });
  });

  it("the PMO dashboard", async () => {
    await check("pmo", PMO, "/pmo", async (page) => {
      await page.getByTestId("pmo-charts").waitFor({ timeout: 30_000 });
      await page.getByTestId("pmo-row").first().waitFor({ timeout: 15_000 });
      expect(await payloadsShown(page)).toBeGreaterThan(10);
    });
  });

  it("the Teams configuration page, binding a seeded meeting by its link", async () => {
    const agenda = agendas[0] as Agenda;
    await check("config", ORGANIZER, "/teams/config.html", async (page) => {
      await page.getByTestId("teams-config").waitFor({ timeout: 30_000 });
      await page.getByTestId("config-paste").fill(`${server.baseUrl}/agenda/${agenda.id}`);
      await page.getByTestId("config-paste-submit").click();
      await page.getByTestId("config-selected").waitFor({ timeout: 15_000 });
      expect(await page.getByTestId("config-selected").textContent()).toContain(XSS_PAYLOADS[0]?.trim());
    });
  });

  it("the /preview task pane: payloads typed in, the agenda inserted (and re-inserted) into the simulated Outlook body", async () => {
    // One visit: the preview's meeting holds one agenda (one per Teams thread), so each payload
    // re-inserts it, replacing the block in the body.
    const payloads = XSS_PAYLOADS.filter((_, i) => i % 12 === 0);
    await check("preview", null, "/preview?lang=ja", async (page) => {
      const pane = page.getByTestId("taskpane");
      await pane.getByTestId("objective-input").waitFor({ timeout: 30_000 });
      for (const [k, payload] of payloads.entries()) {
        const tag = `[xss-${k}]`;
        // A title of its own: the library already holds the bare payload.
        await pane.getByTestId("objective-input").fill(`${payload} ${tag}`);
        await pane.getByTestId("desired-outcome-input").fill(`${payload} ${tag}`);
        await pane.getByTestId("insert-agenda").click();
        const body = page.getByTestId("compose-body");
        await expect
          .poll(async () => (await body.getAttribute("srcdoc")) ?? "", { timeout: 30_000 })
          .toContain(tag)
          .catch(async (error: unknown) => {
            throw new Error(`${payload}: not inserted; the pane says: ${(await pane.innerText()).slice(-400)}`, { cause: error });
          });
        const html = (await body.getAttribute("srcdoc")) ?? "";
        expect(html.match(/━━ Common Purpose (agenda|アジェンダ) ━━/g)).toHaveLength(1);
        // In the body as escaped text, never as markup.
        if (payload.includes("<")) expect(html, payload).not.toContain(payload.trim());
      }
    });
  });

  afterAll(() => {
    console.info(`xss e2e: ${XSS_PAYLOADS.length} payloads, ${pages} page loads, ${results.length} findings`);
  });
});
