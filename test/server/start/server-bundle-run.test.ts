// The real server, bundled as `npm start` bundles it, runs on node alone: it finds its package.json,
// its icons and its pages from the bundle's folder, and serves.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PROJECT_ROOT } from "../../../src/server/project-root";
import { freePort } from "../../bench/support/bench-server";
import { SERVER_BUNDLE_DIR, bundleServer, serverBundlePath } from "../../../src/server/start/server-bundle.mjs";

const outdir = path.join(PROJECT_ROOT, SERVER_BUNDLE_DIR, `test-${process.pid}`);
const dataDir = mkdtempSync(path.join(tmpdir(), "cp-bundle-run-"));
let server: ChildProcess;
let base: string;
let output = "";

beforeAll(async () => {
  await bundleServer(PROJECT_ROOT, outdir);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [serverBundlePath(PROJECT_ROOT, outdir)], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: base, DATA_DIR: dataDir, NODE_ENV: "test", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (d) => (output += String(d)));
  server.stderr?.on("data", (d) => (output += String(d)));
  await vi.waitFor(
    async () => {
      if (server.exitCode !== null) throw new Error(`the bundled server exited:\n${output}`);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    },
    { timeout: 60_000, interval: 100 },
  );
}, 90_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the bundled server", () => {
  it("serves health, its API description (package.json), the icons (assets/) and the pages route", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: "ok", db: "sqlite" });
    const openapi = await (await fetch(`${base}/api/openapi.json`)).json();
    expect(openapi.info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(openapi.info.version).not.toBe("0.0.0");
    const icon = await fetch(`${base}/assets/icon-32.png`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/png");
    // Built or not, /preview answers with a page (the "not built yet" page names npm start).
    const preview = await fetch(`${base}/preview`);
    expect(preview.headers.get("content-type")).toMatch(/text\/html/);
  });
});
