// One timed page load in headless Chromium: navigation start → the page's marker control present,
// enabled and painted, timed inside the page (performance.now() from a MutationObserver installed before any of
// its scripts), plus the Resource Timing and Long Tasks entries up to then (waterfall.ts reads them).
//
// External hosts are answered through a CDP Fetch session on the page, never a Playwright `route`:
// registering a route turns the browser cache off, and warm loads must use the cache. Only https://
// requests are intercepted (every page under test is served over http:// on loopback): Office.js
// from Microsoft's CDN gets the bench's stub, anything else external is refused at once (there is no
// network here, and a page must not wait on it). CPU throttling is CDP's Emulation.setCPUThrottlingRate.
import type { Browser, BrowserContext, CDPSession } from "playwright-core";
import type { PageLoad } from "./waterfall";

export interface TimedTarget {
  /** Short name for BENCH_TTI_TARGETS. */
  key: string;
  label: string;
  url: string;
  /** A CSS selector of the control that must be present, visible and enabled. */
  marker: string;
  viewport: { width: number; height: number };
  /** The demo person remembered in localStorage before the page runs (our origin only). */
  person: string | null;
}

export interface TimingOptions {
  /** 1 = unthrottled; 4 = the CPU four times slower. */
  cpuRate: number;
  /** Source of the script served at https://appsforoffice.microsoft.com/…/office.js. */
  officeStub: string;
  timeoutMs?: number;
}

const PERSON_KEY = "common-purpose.local-person";
const OFFICE_HOST = "appsforoffice.microsoft.com";

/**
 * Runs in the page before its scripts. A string, not a function: tsx would wrap a function with
 * helpers that do not exist in the page.
 */
function initScript(target: TimedTarget): string {
  return `(() => {
  const person = ${JSON.stringify(target.person)};
  if (person) { try { localStorage.setItem(${JSON.stringify(PERSON_KEY)}, person); } catch (e) {} }
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: "longtask", buffered: true });
  } catch (e) {}
  // The control counts once the frame that shows it has been painted: the next animation frame,
  // then a task queued from it (which runs after that frame's paint).
  const check = () => {
    if (window.__ttiDom !== undefined) return;
    const el = document.querySelector(${JSON.stringify(target.marker)});
    if (!el || el.disabled || el.getAttribute("aria-disabled") === "true" || el.getClientRects().length === 0) return;
    window.__ttiDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__tti = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;
}

/** Waits (up to 5 s) for the first contentful paint entry, then reads the entries. */
const COLLECT = `(async () => {
  const paint = () => performance.getEntriesByName("first-contentful-paint")[0];
  for (let i = 0; i < 100 && !paint(); i++) await new Promise((r) => setTimeout(r, 50));
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = paint();
  return {
    tti: window.__tti,
    fcp: fcp ? fcp.startTime : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
    origin: location.origin,
    resources: performance.getEntriesByType("resource").map((r) => ({
      name: r.name, initiatorType: r.initiatorType, startTime: r.startTime, responseEnd: r.responseEnd,
      transferSize: r.transferSize, decodedBodySize: r.decodedBodySize,
    })),
    longTasks: window.__longTasks || [],
  };
})()`;

export async function newTimingContext(browser: Browser, target: TimedTarget): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: target.viewport });
  await context.addInitScript({ content: initScript(target) });
  return context;
}

async function interceptExternal(cdp: CDPSession, officeStub: string): Promise<void> {
  const stub = Buffer.from(officeStub).toString("base64");
  cdp.on("Fetch.requestPaused", (event: { requestId: string; request: { url: string } }) => {
    const url = new URL(event.request.url);
    const answer =
      url.hostname === OFFICE_HOST && url.pathname.endsWith(".js")
        ? cdp.send("Fetch.fulfillRequest", {
            requestId: event.requestId,
            responseCode: 200,
            responseHeaders: [
              { name: "content-type", value: "text/javascript; charset=utf-8" },
              { name: "access-control-allow-origin", value: "*" },
            ],
            body: stub,
          })
        : cdp.send("Fetch.failRequest", { requestId: event.requestId, errorReason: "InternetDisconnected" });
    // The page may be closing already; nothing to answer then.
    answer.catch(() => undefined);
  });
  await cdp.send("Fetch.enable", { patterns: [{ urlPattern: "https://*", requestStage: "Request" }] });
}

export async function timeLoad(context: BrowserContext, target: TimedTarget, options: TimingOptions): Promise<PageLoad> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await interceptExternal(cdp, options.officeStub);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuRate });
    await page.goto(target.url, { waitUntil: "commit" });
    const timeout = options.timeoutMs ?? 30_000;
    // A function, not a string: our pages' CSP forbids evaluating strings.
    await page.waitForFunction(() => (window as unknown as { __tti?: number }).__tti !== undefined, undefined, { timeout, polling: 50 }).catch((error: unknown) => {
      throw new Error(`${target.label}: ${target.marker} did not become interactive in ${timeout / 1000} s (${String(error).split("\n")[0]})`);
    });
    const load = (await page.evaluate(COLLECT)) as PageLoad;
    // Throttling belongs to the page; reset it so closing the page is not slowed down.
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 }).catch(() => undefined);
    return load;
  } finally {
    await page.close();
  }
}
