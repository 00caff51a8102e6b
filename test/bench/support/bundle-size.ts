// Client bundle sizes as a browser sees them: the scripts each built page loads at start (its
// <script src> tags, i.e. the initial chunks), each gzipped. Lazy chunks are not counted.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./bench-server";

export interface PageSpec {
  label: string;
  /** The built HTML page, relative to the build directory. */
  html: string;
}

export const PAGES: readonly PageSpec[] = [
  { label: "task pane", html: "outlook/taskpane.html" },
  { label: "meeting tab", html: "teams/tab.html" },
  { label: "tab config", html: "teams/config.html" },
  { label: "PMO", html: "pmo.html" },
  { label: "events.js", html: "outlook/events.html" },
];

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface PageSize {
  label: string;
  chunks: ChunkSize[];
  /** Scripts from other origins (Office.js), not ours to size. */
  external: string[];
  totalGzip: number;
}

export const KB = 1024;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Gzip at level 9, which is what a precompressing CDN serves; level 6 is within ~2 %. */
export function gzipSize(file: string): ChunkSize {
  const data = readFileSync(file);
  return { file: path.basename(file), bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

export function measurePage(distDir: string, spec: PageSpec): PageSize {
  const html = readFileSync(path.join(distDir, spec.html), "utf8");
  const chunks: ChunkSize[] = [];
  const external: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const src = match[1]!;
    if (/^https?:\/\//.test(src)) external.push(src);
    else chunks.push(gzipSize(path.join(distDir, src.replace(/^\//, ""))));
  }
  return { label: spec.label, chunks, external, totalGzip: chunks.reduce((a, c) => a + c.gzip, 0) };
}

/** The framework-only page (React 19 + FluentProvider + one Button), built by the product's config. */
export const BASELINE: PageSpec = { label: "baseline (React 19 + FluentProvider + one Button)", html: "baseline.html" };
const BASELINE_CONFIG = "test/bench/baseline-page/webpack.config.ts";

/**
 * A production build into `outDir` with the repository's webpack config (or `configFile`), under the
 * shared build lock (one webpack at a time on this machine); never touches dist/. `expect` is a file
 * the build must have made.
 */
export function buildInto(outDir: string, configFile?: string, expect = "teams/tab.html"): void {
  const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
  const config = configFile ? ["--config", configFile] : [];
  const args = [process.execPath, "--import", "tsx", cli, ...config, "--mode", "production", "--output-path", outDir, "--no-devtool"];
  const hasFlock = spawnSync("flock", ["--version"], { stdio: "ignore" }).status === 0;
  const [command, ...rest] = hasFlock ? ["flock", "/tmp/cp-build.lock", ...args] : args;
  const result = spawnSync(command!, rest, { cwd: ROOT, encoding: "utf8", timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 || !existsSync(path.join(outDir, expect))) {
    throw new Error(`webpack build failed (${result.status ?? result.signal}):\n${(result.stdout ?? "").slice(-4000)}\n${(result.stderr ?? "").slice(-4000)}`);
  }
}

let shared: string | null = null;
let sharedBaseline: string | null = null;

function tempBuild(prefix: string, build: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  build(dir);
  return dir;
}

/**
 * The build the bundle and TTI sections measure: BENCH_DIST_DIR if given, else one private
 * production build per `npm run bench` process, removed when it exits.
 */
export function benchBuild(): string {
  const given = process.env.BENCH_DIST_DIR;
  if (given) return given;
  shared ??= tempBuild("cp-bench-dist-", (dir) => buildInto(dir));
  return shared;
}

/** The baseline page's build (BASELINE.html in it), once per `npm run bench` process. */
export function baselineBuild(): string {
  sharedBaseline ??= tempBuild("cp-bench-baseline-", (dir) => buildInto(dir, BASELINE_CONFIG, BASELINE.html));
  return sharedBaseline;
}
