// `npm run start:https`: the same server as `npm run serve`, over HTTPS with the office-addin-dev-certs
// certificate for localhost, so Outlook and Teams can load the add-in from this machine
// (https://localhost:PORT, default 3000). Build the client first (`npm run build`).
import closeWithGrace from "close-with-grace";
import { buildApp } from "../app";
import { createAuthenticator } from "../auth/authenticator";
import { ConfigError, loadConfig, type Config } from "../config";
import { createDb, dbTargetFromConfig } from "../db/create-db";
import { describeOpenFailure } from "../db/open-failure";
import { seedDemoData } from "../demo/seed-demo";
import { loadDevCertificates } from "./dev-certificates";

/** PUBLIC_URL defaults to https://localhost:<PORT> here, since that is where users reach it. */
export function httpsEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const port = env.PORT?.trim() || "3000";
  return env.PUBLIC_URL?.trim() ? env : { ...env, PUBLIC_URL: `https://localhost:${port}` };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(httpsEnv(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const certificates = await loadDevCertificates();
  if (certificates.warning) process.stderr.write(`Warning: ${certificates.warning}\n`);

  const target = dbTargetFromConfig(config);
  let handle: Awaited<ReturnType<typeof createDb>>;
  try {
    handle = await createDb(target);
  } catch (error) {
    process.stderr.write(`Common Purpose failed to start: ${describeOpenFailure(target, error)}\n`);
    process.exit(1);
  }
  if (config.demoData) await seedDemoData(handle.db);
  const authenticator = await createAuthenticator(config);
  const app = await buildApp({ config, db: handle.db, authenticator, https: certificates.https, ...(target.kind === "sqlite" ? { sqliteFile: target.file } : {}) });

  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    await app.close();
    authenticator.close?.();
    await handle.close();
  });

  await app.listen({ port: config.port, host: config.host });
  process.stdout.write(
    [
      "",
      `Common Purpose is running over HTTPS (${config.authMode} sign-in${config.demoData ? ", demo data" : ""})`,
      `  Preview            ${config.publicUrl}/preview`,
      `  Outlook task pane  ${config.publicUrl}/outlook/taskpane.html`,
      `  Teams meeting tab  ${config.publicUrl}/teams/tab.html`,
      `  App package        npm run package -- --host ${new URL(config.publicUrl).origin} --client-id <guid>`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Common Purpose failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
