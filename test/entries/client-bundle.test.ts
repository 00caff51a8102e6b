// The client bundle must run the contract the way Node does. webpack 5.113 once rewrote zod's
// `z.iso.date()` into `z.date()` in production builds (see webpack.config.ts), which made every
// commitment the server returned look invalid in the browser; this builds a probe and runs it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { afterAll, describe, expect, it } from "vitest";
import config from "../../webpack.config";

const root = path.resolve(import.meta.dirname, "../..");
const out = mkdtempSync(path.join(tmpdir(), "cp-bundle-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(): Promise<string> {
  const base = config({}, { mode: "production" });
  const compiler = webpack({
    ...base,
    entry: { probe: path.join(root, "test/entries/fixtures/contract-probe.ts") },
    output: { path: out, filename: "probe.js", publicPath: "/" },
    plugins: [],
    optimization: { ...base.optimization, splitChunks: false },
    devtool: false,
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(readFileSync(path.join(out, "probe.js"), "utf8"));
    });
  });
}

describe("client bundle", () => {
  it("keeps the contract's date and query schemas intact in a production build", async () => {
    const code = await build();
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(context.probe).toEqual({ date: true, notADate: false, dateTime: true, limit: 20 });
  }, 120_000);
});
