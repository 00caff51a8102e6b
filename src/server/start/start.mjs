// `npm start`: builds what changed, then starts the server. The client (webpack, about 30–50 s on
// two cores) is rebuilt only when its sources or dependencies changed (build-stamp.mjs); the server
// runs from its bundle, rebundled (about a second) only when a file it is built from changed
// (server-bundle.mjs). Plain JavaScript, so that a start on an unchanged tree loads no TypeScript
// compiler at all: it is up in a couple of seconds instead of compiling the server on every start.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildIsCurrent, sourceHash, writeStamp } from "./build-stamp.mjs";
import { bundleServer, serverBundleIsCurrent, serverBundlePath } from "./server-bundle.mjs";

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
if (!serverBundleIsCurrent(root)) {
  process.stdout.write("Bundling the server (its sources changed since the last start)…\n");
  try {
    await bundleServer(root);
  } catch (error) {
    process.stderr.write(`The server could not be bundled (see above); it was not started.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
// Stack traces name src/server/… lines, not the bundle's.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(serverBundlePath(root)).href);
