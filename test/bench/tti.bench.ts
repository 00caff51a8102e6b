// Time to interactive in headless Chromium against the real server (own process, a private build):
// from navigation start to the page's interactive marker — a known control present and enabled —
// timed inside the page (performance.now() from a MutationObserver installed before any script).
// Cold: a fresh browser context (empty cache) per run. Warm: one context, loaded once, then reloaded.
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { ORGANIZER, PMO, SALES, createWorld } from "./support/bench-world";
import { benchBuild } from "./support/bundle-size";
import { ms, summarize } from "./support/stats";

const RUNS = Number(process.env.BENCH_TTI_RUNS ?? 7);
const GOAL_MS = 3000;
const PERSON_KEY = "common-purpose.local-person";
/** Office.js from Microsoft's CDN is not ours to time (and there is no network here): a stub that says "no Office host". */
const OFFICE_STUB = "window.Office={onReady:function(){return Promise.resolve({host:null,platform:null})}};";

interface Target {
  label: string;
  path: string;
  /** A CSS selector of the control that must be present and enabled. */
  marker: string;
  person: string | null;
}

/**
 * Runs in the page before its scripts: remembers the demo person, then records performance.now()
 * when the marker first appears enabled. A string, not a function: tsx would wrap a function with
 * helpers that do not exist in the page.
 */
function markerScript(selector: string, person: string | null): string {
  return `(() => {
  const person = ${JSON.stringify(person)};
  if (person) localStorage.setItem(${JSON.stringify(PERSON_KEY)}, person);
  const check = () => {
    if (window.__tti !== undefined) return;
    const el = document.querySelector(${JSON.stringify(selector)});
    if (el && !el.disabled && el.getAttribute("aria-disabled") !== "true") window.__tti = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

async function timeOnce(context: BrowserContext, baseUrl: string, target: Target): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}${target.path}`, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __tti?: number }).__tti !== undefined, undefined, { timeout: 15_000, polling: 50 }).catch((error: unknown) => {
      throw new Error(`${target.label}: ${target.marker} did not become interactive in 15 s (${String(error)})`);
    });
    return await page.evaluate(() => (window as unknown as { __tti: number }).__tti);
  } finally {
    await page.close();
  }
}

async function newContext(browser: Browser, target: Target): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
  await context.addInitScript({ content: markerScript(target.marker, target.person) });
  return context;
}

export async function run(): Promise<BenchRow[]> {
  const dist = benchBuild();
  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startBenchServer({ env: { BENCH_DIST_DIR: dist } });
    const world = await createWorld(server.baseUrl);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const targets: Target[] = [
      { label: "task pane, plain browser (Office.js stubbed)", path: "/outlook/taskpane.html?lang=en", marker: "main .fui-MessageBar", person: null },
      { label: "task pane in /preview (fake Outlook, editor ready)", path: "/preview?lang=en", marker: '[data-testid="taskpane"] [data-testid="objective-input"]', person: null },
      { label: "meeting tab /agenda/:id (agenda shown)", path: `/agenda/${world.agenda.id}`, marker: '[data-testid="meeting-tab"][data-agenda-id]', person: SALES },
      { label: "tab config (paste field ready)", path: "/teams/config.html?chatId=19:meeting_bench@thread.v2", marker: '[data-testid="config-paste"]', person: ORGANIZER },
      { label: "PMO dashboard (Refresh enabled)", path: "/pmo", marker: '[data-testid="pmo-refresh"]', person: PMO },
    ];
    const rows: BenchRow[] = [];
    for (const target of targets) {
      try {
        const cold: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const context = await newContext(browser, target);
          try {
            cold.push(await timeOnce(context, server.baseUrl, target));
          } finally {
            await context.close();
          }
        }
        const warm: number[] = [];
        const context = await newContext(browser, target);
        try {
          await timeOnce(context, server.baseUrl, target);
          for (let i = 0; i < RUNS; i++) warm.push(await timeOnce(context, server.baseUrl, target));
        } finally {
          await context.close();
        }
        const c = summarize(cold);
        const w = summarize(warm);
        rows.push({ section: "tti", measure: `${target.label}: cold median / p95 (${RUNS} runs)`, value: `${ms(c.p50)} / ${ms(c.p95)}`, goal: `p95 ≤ ${GOAL_MS} ms`, ok: c.p95 <= GOAL_MS });
        rows.push({ section: "tti", measure: `${target.label}: warm median / p95`, value: `${ms(w.p50)} / ${ms(w.p95)}`, goal: `p95 ≤ ${GOAL_MS} ms`, ok: w.p95 <= GOAL_MS });
      } catch (error) {
        // One broken page must not hide the others' figures.
        const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 160);
        rows.push({ section: "tti", measure: `${target.label}: FAILED — ${message}`, value: "n/a", goal: `p95 ≤ ${GOAL_MS} ms`, ok: false });
      }
    }
    return rows;
  } finally {
    await browser?.close();
    await server?.stop();
  }
}
