// The Insert round trip the organizer and the attendees feel, on /preview in Chromium against the
// real server (as the e2e suite drives it): from the click on Insert to the agenda written in the
// compose body AND both attendees' side panels showing it. Timed in the page (a click listener and
// a MutationObserver, performance.now()). Each of BENCH_INSERT_LOADS page loads makes a first Insert
// (creates the agenda; the side panels open it) and BENCH_INSERT_UPDATES more (update it; the
// panels follow live). The requests each Insert caused, in all three panes, are counted too.
import type { Page, Request } from "playwright-core";
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { benchBuild } from "./support/bundle-size";
import { launchChromium } from "./support/chromium";
import { ms, summarize } from "./support/stats";

const LOADS = Math.max(1, Number(process.env.BENCH_INSERT_LOADS ?? 10));
const UPDATES = Math.max(0, Number(process.env.BENCH_INSERT_UPDATES ?? 2));
const TIMEOUT_MS = 30_000;

/**
 * Installed before the click: t0 when the click reaches the button, t1 when the body and both side
 * panels hold `text`. A string, not a function: tsx would wrap a function with helpers the page lacks.
 */
function watchScript(text: string): string {
  return `(() => {
  const text = ${JSON.stringify(text)};
  const state = { t0: undefined, t1: undefined };
  window.__insert = state;
  const holds = (selector) => {
    const el = document.querySelector(selector);
    return !!el && ((el.textContent || "").includes(text) || (el.getAttribute("srcdoc") || "").includes(text));
  };
  const check = () => {
    if (state.t0 === undefined || state.t1 !== undefined) return;
    if (holds('[data-testid="compose-body"]') && holds('[data-testid="side-panel-1"] [data-testid="tab-objective"]') && holds('[data-testid="side-panel-2"] [data-testid="tab-objective"]')) {
      state.t1 = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const button = document.querySelector('[data-testid="taskpane"] [data-testid="insert-agenda"]');
  button.addEventListener("click", () => { state.t0 = performance.now(); check(); }, { capture: true, once: true });
})()`;
}

interface Sample {
  ms: number;
  writes: number;
  reads: number;
}

async function insertOnce(page: Page, text: string): Promise<Sample> {
  const pane = page.getByTestId("taskpane");
  await pane.getByTestId("desired-outcome-input").fill(text);
  await page.evaluate(watchScript(text));
  const requests: Request[] = [];
  const onRequest = (r: Request) => {
    // The live streams stay open; what counts is what the Insert asked for.
    if (new URL(r.url()).pathname.startsWith("/api/") && !r.url().includes("/events")) requests.push(r);
  };
  page.on("request", onRequest);
  try {
    await pane.getByTestId("insert-agenda").click();
    // Functions, not strings: the page's CSP forbids evaluating strings. No named inner functions
    // (tsx would add a helper the page lacks).
    await page.waitForFunction(() => (window as unknown as { __insert: { t1?: number } }).__insert.t1 !== undefined, undefined, { timeout: TIMEOUT_MS, polling: 50 });
    // The Insert is over when its button is usable again (its trailing requests are counted too).
    await pane.getByTestId("insert-agenda").and(page.locator(":enabled")).waitFor({ timeout: TIMEOUT_MS });
  } finally {
    page.off("request", onRequest);
  }
  const { t0, t1 } = (await page.evaluate("window.__insert")) as { t0: number; t1: number };
  const writes = requests.filter((r) => r.method() !== "GET").length;
  return { ms: t1 - t0, writes, reads: requests.length - writes };
}

function rows(label: string, samples: readonly Sample[]): BenchRow[] {
  if (samples.length === 0) return [];
  const s = summarize(samples.map((x) => x.ms));
  const writes = summarize(samples.map((x) => x.writes)).p50;
  const reads = summarize(samples.map((x) => x.reads)).p50;
  return [
    { section: "insert", measure: `Insert round trip (click → body written → both side panels show it), ${label}: p50 / p95 (${samples.length})`, value: `${ms(s.p50)} / ${ms(s.p95)}` },
    { section: "insert", measure: `  API requests per Insert, ${label}, all three panes (median): writes / reads`, value: `${writes} / ${reads}` },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const dist = benchBuild();
  let server: BenchServer | undefined;
  const browser = await launchChromium();
  try {
    server = await startBenchServer({ env: { BENCH_DIST_DIR: dist } });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const first: Sample[] = [];
    const next: Sample[] = [];
    const tag = Date.now().toString(36);
    for (let load = 0; load < LOADS; load++) {
      // A new page load is a new compose item (a fresh Teams meeting id), so a new agenda.
      const page = await context.newPage();
      try {
        await page.goto(`${server.baseUrl}/preview?lang=en`);
        const pane = page.getByTestId("taskpane");
        await pane.getByTestId("objective-input").waitFor({ timeout: TIMEOUT_MS });
        // The attendees' departments have come back from the directory: the form is complete.
        await pane.getByTestId("attendee-group").nth(1).waitFor({ timeout: TIMEOUT_MS });
        await pane.getByTestId("objective-input").fill("Grow the CRM business with large enterprises");
        // One word the body and the panels show as is (no escaping, no wrapping).
        first.push(await insertOnce(page, `Roundtrip${tag}L${load}U0`));
        for (let u = 1; u <= UPDATES; u++) next.push(await insertOnce(page, `Roundtrip${tag}L${load}U${u}`));
      } finally {
        await page.close();
      }
    }
    await context.close();
    return [...rows("first Insert (creates the agenda; the panels open it)", first), ...rows("next Insert (updates it; the panels follow live)", next)];
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 160);
    return [{ section: "insert", measure: `Insert round trip: FAILED — ${message}`, value: "n/a", ok: false }];
  } finally {
    await browser.close();
    await server?.stop();
  }
}
