// Starts the real server (tsx src/server/main.ts) on a free port with a fresh data dir, and a
// headless Debian Chromium through playwright-core. No Microsoft 365: /preview uses fake hosts.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
  output(): string;
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "cp-e2e-"));
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: baseUrl, DATA_DIR: dataDir, NODE_ENV: "development", LOG_LEVEL: "warn", REMINDERS_INTERVAL_SEC: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    output: () => log,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Serious and critical axe violations on the page (or only inside the elements `include` selects),
 * as readable lines (empty = pass).
 */
export async function seriousA11yViolations(page: Page, { include = [] }: { include?: readonly string[] } = {}): Promise<string[]> {
  // Legacy mode: the default mode opens a helper tab, which this headless Chromium refuses. The
  // simulated compose body is a copy of Outlook's own markup, not ours, so it is left out. So are the
  // focus sentinels Fluent's keyboard navigation (tabster) puts around an open menu's items: empty
  // <i data-tabster-dummy tabindex=0 aria-hidden> that pass focus on at once. They are focusable and
  // hidden by design (a screen reader must not announce them), which axe's aria-hidden-focus rule
  // reports; Fluent lists it as a known false positive. Nothing of ours is excluded.
  let builder = new AxeBuilder({ page }).setLegacyMode();
  for (const selector of include) builder = builder.include(selector);
  const results = await builder.exclude('[data-testid="compose-body"]').exclude("i[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
}

export interface BrowserSession {
  readonly server: RunningServer;
  readonly page: Page;
  /** Uncaught errors of the page, for a final `expect(pageErrors).toEqual([])`. */
  readonly pageErrors: string[];
}

/**
 * For a describe block: starts the server and a browser page (1400×1000) before its tests and
 * stops both after them.
 */
export function useBrowserSession(env: Record<string, string> = {}): BrowserSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the browser session has not started yet");
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get page() {
      return started(page);
    },
    pageErrors,
  };
}
