// Time to the main control in headless Chromium against the real server (own process, a private
// build): navigation start → a known control present and enabled, timed in the page
// (support/page-timing.ts). Four conditions, each over BENCH_TTI_RUNS runs with the targets
// interleaved run by run (machine noise hits them alike): cold (a fresh browser context: empty
// cache) and warm (one context per target, loaded once, then a new page per run: scripts from the
// browser cache — the bench counts them), each unthrottled and, for the task panes and the baseline
// page, with the CPU throttled 4×.
//
// Beside our pages: the framework floor (the bundle bench's baseline page: React 19 + FluentProvider
// + one Button) and, with BENCH_TTI_BASELINE_DIR=<dir of a built task pane page>, Microsoft's React
// task pane template, served on a loopback port of their own. Both task panes get the same Office.js
// stub (an Outlook appointment in compose mode) and a 350 px pane.
import type { Browser, BrowserContext } from "playwright-core";
import type { BenchRow } from "./bench-row";
import { startBenchServer, type BenchServer } from "./support/bench-server";
import { ORGANIZER, PLANNING, PMO, SALES, createWorld } from "./support/bench-world";
import { BASELINE, baselineBuild, benchBuild } from "./support/bundle-size";
import { launchChromium } from "./support/chromium";
import { officeStubScript, teamsMeetingBody } from "./support/office-stub";
import { newTimingContext, timeLoad, type TimedTarget } from "./support/page-timing";
import { serveDirectory, type StaticServer } from "./support/static-server";
import { ms, summarize } from "./support/stats";
import { breakdown, cacheHits, describeLoads, type PageLoad } from "./support/waterfall";

const RUNS = Math.max(1, Number(process.env.BENCH_TTI_RUNS ?? 10));
const GOAL_MS = 3000;
const PANE = { width: 350, height: 900 };
const WINDOW = { width: 1400, height: 1000 };
const TEMPLATE_DIR = process.env.BENCH_TTI_BASELINE_DIR;
/** The template's page and main control: its text field ("Enter text to be inserted…"). */
const TEMPLATE_PAGE = process.env.BENCH_TTI_BASELINE_PAGE ?? "taskpane.html";
const TEMPLATE_MARKER = process.env.BENCH_TTI_BASELINE_MARKER ?? "textarea";
/** BENCH_TTI_TARGETS=taskpane,template: only these targets (development). */
const ONLY = process.env.BENCH_TTI_TARGETS?.split(",").map((s) => s.trim()).filter(Boolean);

interface Condition {
  name: string;
  warm: boolean;
  cpuRate: number;
}

const CONDITIONS: readonly Condition[] = [
  { name: "cold", warm: false, cpuRate: 1 },
  { name: "warm", warm: true, cpuRate: 1 },
  { name: "cold, CPU 4× slower", warm: false, cpuRate: 4 },
  { name: "warm, CPU 4× slower", warm: true, cpuRate: 4 },
];
/** Throttled runs are for the task panes and the baseline (the comparison); other pages run unthrottled. */
const TASK_PANE = "taskpane";
const TEMPLATE = "template";
const FLOOR = "floor";
const PANE_KEYS = new Set([TASK_PANE, TEMPLATE, FLOOR]);
const runsUnder = (t: TimedTarget, c: Condition) => c.cpuRate === 1 || PANE_KEYS.has(t.key);

function tomorrowAt(hour: number): Date {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 1);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
}

function stub(): string {
  return officeStubScript({
    organizer: { email: ORGANIZER, name: "佐藤 花子" },
    required: [
      { email: SALES, name: "鈴木 一郎" },
      { email: PLANNING, name: "田中 美咲" },
    ],
    subject: "CRM提案",
    body: teamsMeetingBody(),
    displayLanguage: "en-US",
    start: tomorrowAt(1),
    end: tomorrowAt(2),
  });
}


function targets(app: string, floor: string | null, template: string | null, agendaId: string): TimedTarget[] {
  const all: TimedTarget[] = [
    { key: TASK_PANE, label: "task pane, Outlook appointment compose (Office.js stub), 350 px: objective field", url: `${app}/outlook/taskpane.html`, marker: '[data-testid="objective-input"]', viewport: PANE, person: null },
    ...(template ? [{ key: TEMPLATE, label: "Microsoft's React task pane template (same stub), 350 px: its text field", url: `${template}/${TEMPLATE_PAGE}`, marker: TEMPLATE_MARKER, viewport: PANE, person: null }] : []),
    ...(floor ? [{ key: FLOOR, label: "baseline page (React 19 + FluentProvider + one Button), 350 px", url: `${floor}/${BASELINE.html}`, marker: "button", viewport: PANE, person: null }] : []),
    { key: "preview", label: "task pane in /preview (fake Outlook, editor ready)", url: `${app}/preview?lang=en`, marker: '[data-testid="taskpane"] [data-testid="objective-input"]', viewport: WINDOW, person: null },
    { key: "tab", label: "meeting tab /agenda/:id (agenda shown)", url: `${app}/agenda/${agendaId}`, marker: '[data-testid="meeting-tab"][data-agenda-id]', viewport: WINDOW, person: SALES },
    { key: "config", label: "tab config (paste field ready)", url: `${app}/teams/config.html?chatId=19:meeting_bench@thread.v2`, marker: '[data-testid="config-paste"]', viewport: WINDOW, person: ORGANIZER },
    { key: "pmo", label: "PMO dashboard (Refresh enabled)", url: `${app}/pmo`, marker: '[data-testid="pmo-refresh"]', viewport: WINDOW, person: PMO },
  ];
  return ONLY ? all.filter((t) => ONLY.includes(t.key)) : all;
}

type Loads = Map<string, Map<string, PageLoad[]>>;

/** Every condition, runs interleaved across targets; a target that fails is reported and dropped. */
async function measure(browser: Browser, list: readonly TimedTarget[], officeStub: string, failed: Map<string, string>): Promise<Loads> {
  const loads: Loads = new Map(list.map((t) => [t.key, new Map(CONDITIONS.map((c) => [c.name, [] as PageLoad[]]))]));
  const live = (c: Condition) => list.filter((t) => !failed.has(t.key) && runsUnder(t, c));
  const fail = (t: TimedTarget, error: unknown) => failed.set(t.key, (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200));
  for (const condition of CONDITIONS) {
    const options = { cpuRate: condition.cpuRate, officeStub };
    process.stderr.write(`[bench tti] ${condition.name}: ${RUNS} runs × ${live(condition).length} targets\n`);
    const warmContexts = new Map<string, BrowserContext>();
    try {
      if (condition.warm) {
        for (const t of live(condition)) {
          const context = await newTimingContext(browser, t);
          warmContexts.set(t.key, context);
          // The first load fills the cache; it is not counted.
          await timeLoad(context, t, options).catch((error: unknown) => fail(t, error));
        }
      }
      for (let i = 0; i < RUNS; i++) {
        for (const t of live(condition)) {
          const context = warmContexts.get(t.key) ?? (await newTimingContext(browser, t));
          try {
            loads.get(t.key)!.get(condition.name)!.push(await timeLoad(context, t, options));
          } catch (error) {
            fail(t, error);
          } finally {
            if (!condition.warm) await context.close();
          }
        }
      }
    } finally {
      for (const context of warmContexts.values()) await context.close();
    }
  }
  return loads;
}

function rowsFor(t: TimedTarget, byCondition: Map<string, PageLoad[]>): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const c of CONDITIONS) {
    const loads = byCondition.get(c.name) ?? [];
    if (loads.length === 0) continue;
    const s = summarize(loads.map((l) => l.tti));
    const cache = c.warm ? cacheHits(loads) : null;
    const cached = cache ? `; ${cache.fromCache}/${cache.total} scripts from the cache` : "";
    const goal = c.cpuRate === 1 ? { goal: `p95 ≤ ${GOAL_MS} ms`, ok: s.p95 <= GOAL_MS } : {};
    rows.push({ section: "tti", measure: `${t.label}: ${c.name}, median / p95 (${loads.length} runs${cached})`, value: `${ms(s.p50)} / ${ms(s.p95)}`, ...goal });
  }
  return rows;
}

/** Where the time went, for the task panes and the floor, cold: milestones' medians. */
function breakdownRows(t: TimedTarget, byCondition: Map<string, PageLoad[]>): BenchRow[] {
  return CONDITIONS.filter((c) => !c.warm).flatMap((c) => {
    const loads = byCondition.get(c.name) ?? [];
    if (loads.length === 0) return [];
    const series = summarize(loads.map((l) => breakdown(l).apiInSeries)).p50;
    const longTasks = summarize(loads.map((l) => breakdown(l).longTaskMs)).p50;
    return [{ section: "tti", measure: `  ${t.key}, ${c.name}: API requests in series, long tasks before the control (medians)`, value: `${series}, ${ms(longTasks)}`, detail: `${t.label}, ${c.name} — ms after navigation start, medians of ${loads.length} runs:\n${describeLoads(loads)}` }];
  });
}

function comparisonRows(loads: Loads): BenchRow[] {
  const ours = loads.get(TASK_PANE);
  const theirs = loads.get(TEMPLATE);
  if (!ours) return [];
  if (!theirs) return [{ section: "tti", measure: "task pane vs Microsoft's React task pane template", value: "not measured (set BENCH_TTI_BASELINE_DIR)" }];
  return CONDITIONS.flatMap((c) => {
    const a = ours.get(c.name) ?? [];
    const b = theirs.get(c.name) ?? [];
    if (a.length === 0 || b.length === 0) return [];
    const x = summarize(a.map((l) => l.tti)).p50;
    const y = summarize(b.map((l) => l.tti)).p50;
    return [{ section: "tti", measure: `task pane ÷ template, ${c.name}, medians`, value: `${ms(x)} / ${ms(y)} = ${(x / y).toFixed(2)}`, goal: "≤ 1.00", ok: x <= y }];
  });
}

export async function run(): Promise<BenchRow[]> {
  const dist = benchBuild();
  let floorDist: string | null = null;
  const early: BenchRow[] = [];
  if (!ONLY || ONLY.includes(FLOOR)) {
    try {
      floorDist = baselineBuild();
    } catch (error) {
      early.push({ section: "tti", measure: `baseline page: FAILED to build — ${String(error).split("\n")[0]!.slice(0, 160)}`, value: "n/a", ok: false });
    }
  }
  let server: BenchServer | undefined;
  let floor: StaticServer | undefined;
  let template: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startBenchServer({ env: { BENCH_DIST_DIR: dist } });
    floor = floorDist ? await serveDirectory(floorDist) : undefined;
    template = TEMPLATE_DIR ? await serveDirectory(TEMPLATE_DIR) : undefined;
    const world = await createWorld(server.baseUrl);
    browser = await launchChromium();
    const list = targets(server.baseUrl, floor?.baseUrl ?? null, template?.baseUrl ?? null, world.agenda.id);
    const failed = new Map<string, string>();
    const loads = await measure(browser, list, stub(), failed);
    const rows: BenchRow[] = [...early];
    for (const t of list) {
      const error = failed.get(t.key);
      // One broken page must not hide the others' figures.
      if (error) rows.push({ section: "tti", measure: `${t.label}: FAILED — ${error}`, value: "n/a", goal: `p95 ≤ ${GOAL_MS} ms`, ok: false });
      rows.push(...rowsFor(t, loads.get(t.key)!));
    }
    rows.push(...comparisonRows(loads));
    for (const t of list.filter((x) => PANE_KEYS.has(x.key))) rows.push(...breakdownRows(t, loads.get(t.key)!));
    return rows;
  } finally {
    await browser?.close();
    await template?.close();
    await floor?.close();
    await server?.stop();
  }
}
