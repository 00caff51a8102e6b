// `npm start` runs the server from its bundle, rebundled only when a file it is built from changed.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findProjectRoot, PROJECT_ROOT } from "../../../src/server/project-root";
import { bundleServer, serverBundleIsCurrent, serverBundlePath } from "../../../src/server/start/server-bundle.mjs";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "cp-bundle-"));
  write("package.json", '{"name":"scratch"}');
  write("package-lock.json", "{}");
  write("src/server/main.ts", 'import { greeting } from "./greeting";\nconsole.log(greeting satisfies string);\n');
  write("src/server/greeting.ts", 'export const greeting: string = "hello from the bundle";\n');
  write("src/server/unused.ts", "export const unused = 1;\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("server bundle", () => {
  it("runs on node alone and stays current until a file it was built from changes", async () => {
    expect(serverBundleIsCurrent(root)).toBe(false);
    await bundleServer(root);
    expect(execFileSync(process.execPath, [serverBundlePath(root)], { encoding: "utf8" }).trim()).toBe("hello from the bundle");
    expect(serverBundleIsCurrent(root)).toBe(true);

    write("src/server/unused.ts", "export const unused = 2;\n"); // not imported: not in the bundle
    write("README.md", "docs");
    expect(serverBundleIsCurrent(root)).toBe(true);

    write("src/server/greeting.ts", 'export const greeting: string = "changed";\n');
    expect(serverBundleIsCurrent(root)).toBe(false);
    await bundleServer(root);
    expect(serverBundleIsCurrent(root)).toBe(true);

    write("package-lock.json", '{"v":2}'); // a package may have changed under the bundle
    expect(serverBundleIsCurrent(root)).toBe(false);
  });

  it("is not current when the bundle itself is gone", async () => {
    await bundleServer(root);
    rmSync(serverBundlePath(root));
    expect(serverBundleIsCurrent(root)).toBe(false);
  });
});

describe("project root", () => {
  it("is the folder of this project's package.json, from any depth below it", () => {
    expect(findProjectRoot(path.join(PROJECT_ROOT, "src", "server", "routes"))).toBe(PROJECT_ROOT);
    expect(findProjectRoot(path.join(PROJECT_ROOT, "dist-server"))).toBe(PROJECT_ROOT);
    // Another package's package.json on the way up is not this project's.
    write("node_modules/some-package/package.json", '{"name":"some-package"}');
    expect(() => findProjectRoot(path.join(root, "node_modules", "some-package"))).toThrow(/common-purpose/);
  });
});
