// main.ts as users run it: a real process, a real port, a real SQLite file, a real signal.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), "cp-main-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe("main.ts", () => {
  it("starts on SQLite with demo data, prints the URLs, and shuts down cleanly on SIGTERM", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = start({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, PUBLIC_URL: base });
    try {
      await expect.poll(() => server.out(), { timeout: 20_000, interval: 100 }).toContain("Common Purpose is running");
      for (const p of ["/preview", "/outlook/taskpane.html", "/teams/tab.html", "/teams/config.html", "/pmo", "/api/openapi.json", "/healthz"]) {
        expect(server.out()).toContain(`${base}${p}`);
      }
      expect(server.out()).toContain(path.join(dataDir, "common-purpose.db"));
      expect(existsSync(path.join(dataDir, "common-purpose.db"))).toBe(true);
      const health = await fetch(`${base}/healthz`);
      expect(await health.json()).toEqual({ status: "ok", db: "sqlite", authMode: "local" });
      const token = await fetch(`${base}/api/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "sato@contoso.example" }),
      });
      const { accessToken } = (await token.json()) as { accessToken: string };
      const objectives = await fetch(`${base}/api/objectives`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(objectives.status).toBe(200);
      expect(((await objectives.json()) as unknown[]).length).toBeGreaterThan(0);
    } finally {
      server.child.kill("SIGTERM");
    }
    expect(await server.exited).toBe(0);
  }, 40_000);

  it("exits 1 with a message naming the bad setting", async () => {
    const server = start({ PORT: "eighty", DATA_DIR: dataDir });
    expect(await server.exited).toBe(1);
    expect(server.err()).toContain("PORT must be an integer from 1 to 65535 (got 'eighty')");
  }, 20_000);

  it("exits 1 naming the database's host and DATABASE_URL when PostgreSQL can't be reached", async () => {
    const port = await freePort(); // nothing listens there
    const server = start({ PORT: String(await freePort()), HOST: "127.0.0.1", DATA_DIR: dataDir, DATABASE_URL: `postgres://cp:secret@localhost:${port}/common_purpose` });
    expect(await server.exited).toBe(1);
    expect(server.err()).toContain(`localhost:${port}/common_purpose`);
    expect(server.err()).toContain("(DATABASE_URL)");
    expect(server.err()).toMatch(/nothing accepts connections there/);
    expect(server.err()).not.toContain("secret");
  }, 30_000);

  it("refuses to hand out demo tokens on the network: no AUTH_MODE with HOST=0.0.0.0 stops the start, naming the variables", async () => {
    const server = start({ PORT: String(await freePort()), HOST: "0.0.0.0", PUBLIC_URL: "https://agenda.contoso.com", DATA_DIR: dataDir });
    expect(await server.exited).toBe(1);
    for (const name of ["AUTH_MODE", "HOST=0.0.0.0", "PUBLIC_URL=https://agenda.contoso.com"]) expect(server.err()).toContain(name);
  }, 20_000);
});
