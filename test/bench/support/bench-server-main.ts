// The real server for benches and the load script, run as its own process (so the load generator
// does not share its event loop): the same loadConfig → createDb → buildApp as src/server/main.ts,
// plus two things main.ts has no business doing — the client build can come from BENCH_DIST_DIR
// (a private build, so a teammate's `npm run build` cleaning dist/ cannot disturb a measurement),
// and the parent can ask for this process's memory over the IPC channel (after a forced GC when
// node runs with --expose-gc), since the server has no diagnostics endpoint.
import { buildApp } from "../../../src/server/app";
import { createAuthenticator } from "../../../src/server/auth/authenticator";
import { loadConfig } from "../../../src/server/config";
import { createDb, dbTargetFromConfig } from "../../../src/server/db/create-db";
import { seedDemoData } from "../../../src/server/demo/seed-demo";

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await createDb(dbTargetFromConfig(config));
  if (config.demoData) await seedDemoData(handle.db);
  const authenticator = await createAuthenticator(config);
  const distDir = process.env.BENCH_DIST_DIR;
  const app = await buildApp({ config, db: handle.db, authenticator, ...(distDir ? { distDir } : {}) });
  await app.listen({ port: config.port, host: config.host });

  process.on("message", (message: unknown) => {
    if ((message as { type?: string } | null)?.type !== "memory") return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      gc();
    }
    const m = process.memoryUsage();
    const report: MemoryReport = { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external };
    process.send?.({ type: "memory", report });
  });
  const stop = async () => {
    await app.close();
    authenticator.close?.();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  process.once("disconnect", () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
