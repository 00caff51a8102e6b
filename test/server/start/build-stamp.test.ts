// `npm start` reuses dist/ only when it was built from exactly these sources and dependencies.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsCurrent, sourceHash, writeStamp } from "../../../src/server/start/build-stamp.mjs";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "cp-stamp-"));
  write("src/features/a.tsx", "export const a = 1;");
  write("src/server/main.ts", "server");
  write("package-lock.json", "{}");
  write("dist/pmo.html", "<html>");
  write("dist/preview.html", "<html>");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("build stamp", () => {
  it("keeps the build while the client's sources, READMEs aside, and the lockfile are unchanged", () => {
    const dist = path.join(root, "dist");
    expect(buildIsCurrent(root, dist)).toBe(false);
    writeStamp(dist, sourceHash(root));
    expect(buildIsCurrent(root, dist)).toBe(true);
    write("src/server/main.ts", "server changed"); // not in the client build
    write("src/features/README.md", "docs");
    expect(buildIsCurrent(root, dist)).toBe(true);
    write("src/features/a.tsx", "export const a = 2;");
    expect(buildIsCurrent(root, dist)).toBe(false);
    writeStamp(dist, sourceHash(root));
    write("package-lock.json", '{"v":2}');
    expect(buildIsCurrent(root, dist)).toBe(false);
  });

  it("rebuilds when a page is missing from dist/", () => {
    const dist = path.join(root, "dist");
    writeStamp(dist, sourceHash(root));
    rmSync(path.join(dist, "pmo.html"));
    expect(buildIsCurrent(root, dist)).toBe(false);
  });
});
