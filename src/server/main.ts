// Starts the server: configuration → database → app → listen. `npm start` runs this file.
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app";
import { createAuthenticator } from "./auth/authenticator";
import { ConfigError, loadConfig, type Config } from "./config";
import { createDb, dbTargetFromConfig, type DbHandle, type DbTarget } from "./db/create-db";
import { describeOpenFailure } from "./db/open-failure";
import { seedDemoData } from "./demo/seed-demo";
import { releaseAllClaims } from "./idempotency/idempotency.repository";
import { createPgLiveEvents } from "./live/pg-live-events";

/** Where each surface lives, for the startup banner. */
export function startupUrls(publicUrl: string): [label: string, url: string][] {
  return [
    ["Preview (all surfaces, fake hosts)", `${publicUrl}/preview`],
    ["Outlook task pane", `${publicUrl}/outlook/taskpane.html`],
    ["Teams meeting tab", `${publicUrl}/teams/tab.html`],
    ["Teams tab configuration", `${publicUrl}/teams/config.html`],
    ["PMO dashboard", `${publicUrl}/pmo`],
    ["API description (OpenAPI)", `${publicUrl}/api/openapi.json`],
    ["Health", `${publicUrl}/healthz`],
  ];
}

function describeTarget(target: DbTarget): string {
  if (target.kind === "sqlite") return `SQLite (${target.file})`;
  if (target.kind === "postgres") return `PostgreSQL (${new URL(target.url).host})`;
  return "PGlite (in memory)";
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const target = dbTargetFromConfig(config);
  let handle: DbHandle;
  try {
    handle = await createDb(target);
  } catch (error) {
    process.stderr.write(`Common Purpose failed to start: ${describeOpenFailure(target, error)}\n`);
    process.exit(1);
  }
  // A SQLite file has one server process: claims of requests a crash cut short can't be running
  // any more, so a retry need not wait for them to go stale.
  const freedClaims = target.kind === "sqlite" ? await releaseAllClaims(handle.db) : 0;
  if (config.demoData) await seedDemoData(handle.db);
  const authenticator = await createAuthenticator(config);
  // PostgreSQL may serve several instances: live events travel between them by LISTEN/NOTIFY.
  const live = target.kind === "postgres" ? createPgLiveEvents(handle.db, target.url) : undefined;
  const app = await buildApp({
    config,
    db: handle.db,
    authenticator,
    ...(live ? { live } : {}),
    ...(target.kind === "sqlite" ? { sqliteFile: target.file } : {}),
  });
  await live?.listen(app.log);
  app.log.info({ db: handle.kind, target: describeTarget(target), authMode: config.authMode, freedClaims }, "database ready");

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    else app.log.info({ signal }, "shutting down");
    await app.close();
    authenticator.close?.();
    await handle.close();
  });

  await app.listen({ port: config.port, host: config.host });
  const width = Math.max(...startupUrls(config.publicUrl).map(([label]) => label.length));
  const lines = [
    "",
    `Common Purpose is running (${config.authMode} sign-in, ${describeTarget(target)}${config.demoData ? ", demo data" : ""})`,
    ...startupUrls(config.publicUrl).map(([label, url]) => `  ${label.padEnd(width)}  ${url}`),
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Common Purpose failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
