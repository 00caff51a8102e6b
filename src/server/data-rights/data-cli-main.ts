// The entry of `npm run data`: configuration and database as the server has them, then data-cli.ts.
import { ConfigError, loadConfig } from "../config";
import { createDb, dbTargetFromConfig } from "../db/create-db";
import { CliError, runDataCli } from "./data-cli";

async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const handle = await createDb(dbTargetFromConfig(config));
  try {
    await runDataCli(argv, handle.db, { out: (line) => process.stdout.write(`${line}\n`) }, undefined, config.tenantDefaults.timeZone);
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof CliError;
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`npm run data: ${message}\n`);
    process.exit(usage ? 2 : 1);
  },
);
