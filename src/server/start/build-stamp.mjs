// Whether dist/ was built from the sources and dependencies as they are now: a SHA-256 over every
// file the client build reads (src/ but the server, webpack.config.ts, tsconfig.json, package.json
// and the lockfile), kept in dist/.build-stamp.json after a build. Contents, not times: a checkout
// or a copy that changes no byte keeps the build. Plain JavaScript: `npm start` runs it on node alone
// (start.mjs).
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = ["webpack.config.ts", "tsconfig.json", "package.json", "package-lock.json"];
const STAMP = ".build-stamp.json";

/** @param {string} dir @param {(p: string) => boolean} skip @returns {string[]} */
function filesUnder(dir, skip) {
  /** @type {string[]} */
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip(full)) continue;
    if (entry.isDirectory()) out.push(...filesUnder(full, skip));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** The hash of everything the client build depends on. @param {string} root @returns {string} */
export function sourceHash(root) {
  const server = path.join(root, "src", "server");
  const files = [
    // READMEs are not built: editing one keeps the build.
    ...filesUnder(path.join(root, "src"), (p) => p === server || p.endsWith(".md")),
    ...INPUTS.map((f) => path.join(root, f)).filter((f) => existsSync(f) && statSync(f).isFile()),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/**
 * True when dist/ holds a build of exactly these sources (and its pages are there).
 * @param {string} root @param {string} distDir @param {string} [hash] @returns {boolean}
 */
export function buildIsCurrent(root, distDir, hash = sourceHash(root)) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(distDir, STAMP), "utf8"));
    return stamp.hash === hash && existsSync(path.join(distDir, "pmo.html")) && existsSync(path.join(distDir, "preview.html"));
  } catch {
    return false;
  }
}

/** @param {string} distDir @param {string} hash */
export function writeStamp(distDir, hash) {
  writeFileSync(path.join(distDir, STAMP), `${JSON.stringify({ hash, builtAt: new Date().toISOString() })}\n`);
}
