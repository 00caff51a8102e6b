// The server as one pre-bundled file (dist-server/main.mjs), so that `npm start` on an unchanged
// tree starts it on node alone, without compiling its TypeScript at every start (about half the
// CPU of a start under tsx). Packages stay outside the bundle (node_modules, as under tsx).
// Current while every file esbuild read for it (its metafile's inputs), the lockfile and the
// package.json hash as when it was built: contents, not times. Plain JavaScript: see start.mjs.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SERVER_BUNDLE_DIR = "dist-server";
const ENTRY = "src/server/main.ts";
const OUTFILE = "main.mjs";
const STAMP = "stamp.json";
const ALWAYS = ["package.json", "package-lock.json", "tsconfig.json"];

/** @param {string} root @param {string} file @returns {string | undefined} */
function fileHash(root, file) {
  const full = path.join(root, file);
  if (!existsSync(full)) return undefined;
  return createHash("sha256").update(readFileSync(full)).digest("hex");
}

/** @param {string} root @param {string} [outdir] @returns {string} the bundle's path */
export function serverBundlePath(root, outdir = path.join(root, SERVER_BUNDLE_DIR)) {
  return path.join(outdir, OUTFILE);
}

/** @param {string} root @returns {boolean} */
export function serverBundleIsCurrent(root) {
  try {
    if (!existsSync(serverBundlePath(root))) return false;
    /** @type {{ inputs?: Record<string, string> }} */
    const stamp = JSON.parse(readFileSync(path.join(root, SERVER_BUNDLE_DIR, STAMP), "utf8"));
    const inputs = Object.entries(stamp.inputs ?? {});
    return inputs.length > 0 && inputs.every(([file, hash]) => fileHash(root, file) === hash);
  } catch {
    return false;
  }
}

/**
 * Bundles the server with esbuild (a devDependency, imported only here: a start on an unchanged
 * tree never loads it) and stamps the bundle with the hashes of what it was built from.
 * @param {string} root
 * @param {string} [outdir] somewhere under `root` (the server finds the project from its own path)
 */
export async function bundleServer(root, outdir = path.join(root, SERVER_BUNDLE_DIR)) {
  const { build } = await import("esbuild");
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outfile: path.join(outdir, OUTFILE),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
  });
  /** @type {Record<string, string>} */
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...ALWAYS]) {
    const hash = fileHash(root, file);
    if (hash !== undefined) inputs[file] = hash;
  }
  writeFileSync(path.join(outdir, STAMP), `${JSON.stringify({ builtAt: new Date().toISOString(), inputs }, null, 1)}\n`);
}
