// `npm start`: builds the client only when its sources or dependencies changed since the last build
// (build-stamp.ts), then starts the server (main.ts). A second start on an unchanged tree skips the
// webpack build (about 30–50 s on two cores) and is up in a few seconds.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsCurrent, sourceHash, writeStamp } from "./build-stamp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const distDir = path.join(root, "dist");

const started = Date.now();
const hash = sourceHash(root);
if (buildIsCurrent(root, distDir, hash)) {
  process.stdout.write(`Client build is up to date (dist/, sources unchanged) — starting the server.\n`);
} else {
  process.stdout.write(`Building the client into dist/ (sources or dependencies changed since the last build)…\n`);
  const build = spawnSync(process.execPath, ["--import", "tsx", "node_modules/webpack-cli/bin/cli.js", "--mode", "production"], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    process.stderr.write("The client build failed (see above); the server was not started.\n");
    process.exit(build.status ?? 1);
  }
  writeStamp(distDir, hash);
  process.stdout.write(`Client built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}
await import("../main");
