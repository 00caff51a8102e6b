// The layer rules of DESIGN.md §2, checked on every test run: imports flow one way
// (entries → features → components/platform → core; server → core), host SDKs stay in platform.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = path.join(root, "src");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = walk(src).map((file) => {
  const rel = path.relative(src, file).split(path.sep).join("/");
  const code = readFileSync(file, "utf8");
  const imports = [...code.matchAll(/(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => (m[1] ?? m[2]) as string,
  );
  return { rel, code, imports, area: rel.split("/")[0] as string };
});

/** The src area (core, platform, …) an import lands in, or the package name for bare imports. */
function target(from: string, spec: string): { area?: string; feature?: string; pkg?: string } {
  if (!spec.startsWith(".")) return { pkg: spec };
  const abs = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const [area, feature] = abs.split("/");
  return { area, feature };
}

const ALLOWED: Record<string, string[]> = {
  core: ["core"],
  platform: ["platform", "core"],
  components: ["components", "platform", "core"],
  features: ["features", "components", "platform", "core"],
  entries: ["entries", "features", "components", "platform", "core"],
  server: ["server", "core"],
};
const UI_PACKAGES = /^(react|react-dom|@fluentui\/|@microsoft\/teams-js|@azure\/msal-browser)/;
const SERVER_PACKAGES = /^(fastify|@fastify\/|kysely|better-sqlite3|pg$|@electric-sql\/|jose|close-with-grace|node:)/;

describe("architecture", () => {
  it("finds the source tree", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [f.rel, f] as const))("%s imports only what its layer may", (_rel, f) => {
    const allowed = ALLOWED[f.area];
    expect(allowed, `unknown src area ${f.area}`).toBeDefined();
    for (const spec of f.imports) {
      const t = target(f.rel, spec);
      if (t.area) {
        expect(allowed, `${f.rel} imports ${spec}`).toContain(t.area);
        if (f.area === "features" && t.area === "features") {
          expect(t.feature, `${f.rel}: no cross-feature imports (${spec})`).toBe(f.rel.split("/")[1]);
        }
      } else if (t.pkg) {
        if (f.area === "core") {
          expect(UI_PACKAGES.test(t.pkg) || SERVER_PACKAGES.test(t.pkg), `core must stay pure: ${f.rel} imports ${t.pkg}`).toBe(false);
        }
        if (f.area === "server") expect(UI_PACKAGES.test(t.pkg), `${f.rel} imports UI ${t.pkg}`).toBe(false);
        if (/^(@microsoft\/teams-js|@azure\/msal-browser)/.test(t.pkg)) {
          expect(f.area, `${f.rel}: host SDKs only in src/platform`).toBe("platform");
        }
        if (["components", "features", "entries", "platform"].includes(f.area)) {
          expect(SERVER_PACKAGES.test(t.pkg), `${f.rel} imports server package ${t.pkg}`).toBe(false);
        }
      }
    }
  });

  it("keeps Office.js and fetch inside src/platform (entries may only wait for Office.onReady)", () => {
    const offenders = files.filter((f) => {
      if (f.area === "platform" || f.area === "server") return false;
      const code = f.code.replace(/\/\/.*$/gm, "");
      const office = /\bOffice\.(context|actions|MailboxEnums|CoercionType|AsyncResultStatus)/.test(code);
      const fetches = /(^|[^.\w])fetch\(/.test(code);
      return office || (fetches && f.area !== "entries");
    });
    expect(offenders.map((f) => f.rel)).toEqual([]);
  });

  it("uses kebab-case file names and no barrel files", () => {
    const bad = files.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*\.(ts|tsx)$/.test(path.posix.basename(f.rel)) && !/\/migrations\//.test(f.rel));
    expect(bad.map((f) => f.rel)).toEqual([]);
    const barrels = files.filter((f) => /(^|\/)index\.ts$/.test(f.rel) && /^\s*export\s+\*\s+from/m.test(f.code));
    expect(barrels.map((f) => f.rel)).toEqual([]);
  });
});
