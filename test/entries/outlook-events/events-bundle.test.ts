// Builds the events entry with the production webpack config and loads it the way classic Outlook
// on Windows does: one classic script in a bare JavaScript context (no DOM, no storage, no
// Office.onReady), with only the Office global. It must register the three actions on load and
// complete every event exactly once.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import config from "../../../webpack.config";
import { createOfficeMock, type MockState } from "../../platform/office/office-mock";
import { API_ORIGIN_PLACEHOLDER } from "../../../src/core/events/api-origin";

const root = path.resolve(import.meta.dirname, "../../..");
const out = mkdtempSync(path.join(tmpdir(), "cp-events-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(): Promise<{ script: string; html: string }> {
  const base = config({}, { mode: "production" });
  const compiler = webpack({
    ...base,
    entry: { "outlook-events": path.join(root, "src/entries/outlook-events/index.ts") },
    output: { ...base.output, path: out, clean: false },
    plugins: (base.plugins ?? []).filter((p) => (p as { userOptions?: { filename?: string } }).userOptions?.filename === "outlook/events.html"),
    devtool: false,
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve({
        script: readFileSync(path.join(out, "outlook/events.js"), "utf8"),
        html: readFileSync(path.join(out, "outlook/events.html"), "utf8"),
      });
    });
  });
}

type Registered = Map<string, (event: { completed(options?: unknown): void }) => unknown>;

function load(script: string, init: Partial<MockState> = {}) {
  const { office, state } = createOfficeMock({ displayLanguage: "en-US", ...init });
  const registered: Registered = new Map();
  const Office = Object.assign(office, {
    actions: { associate: (id: string, fn: Registered extends Map<string, infer F> ? F : never) => void registered.set(id, fn) },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  });
  const errors: unknown[][] = [];
  // Only what the JavaScript-only runtime offers: no window, document, localStorage or fetch-less DOM.
  const context = vm.createContext({ Office, console: { error: (...a: unknown[]) => errors.push(a), log() {}, warn() {} }, setTimeout, clearTimeout, Promise });
  new vm.Script(script, { filename: "events.js" }).runInContext(context);
  return { registered, state, errors, Office };
}

describe("the events bundle (dist/outlook/events.js)", () => {
  let script = "";
  let html = "";
  beforeAll(async () => {
    ({ script, html } = await build());
  }, 120_000);

  it("is one classic script: no import/export statements", () => {
    expect(() => new vm.Script(script)).not.toThrow();
    expect(script).not.toMatch(/(^|[;{}\s])(import|export)\s*[{*]/);
    expect(script).not.toMatch(/(^|[;{}\s])import\s*\(/);
    expect(script).not.toMatch(/\bexport\s+(default|const|function|class|let|var)\b/);
    // MSAL (bundled for nested app authentication) mentions document/window inside functions it
    // only calls in browsers; what matters is that loading the script needs no DOM, which the
    // bare vm context of the tests below proves (it has no window, document or localStorage).
  });

  it("carries the API origin placeholder the server fills in when it serves the script", () => {
    expect(script).toContain(API_ORIGIN_PLACEHOLDER);
  });

  it("is lowered to ES2017 (no optional chaining or nullish coalescing)", () => {
    expect(script).not.toMatch(/\?\.[A-Za-z_$(]/);
    expect(script).not.toMatch(/\?\?/);
  });

  it("has a page that loads Office.js from the CDN, then events.js", () => {
    const office = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const events = html.indexOf("/outlook/events.js");
    expect(office).toBeGreaterThan(-1);
    expect(events).toBeGreaterThan(office);
  });

  it("registers the three actions when loaded with a fake Office global", () => {
    expect([...load(script).registered.keys()].sort()).toEqual(["onAppointmentOpened", "onAppointmentSending", "onAttendeesChanged"]);
  });

  it("completes every event exactly once, allowing it (no directory token in this runtime yet)", async () => {
    const { registered, state } = load(script, {
      required: [
        { emailAddress: "misaki.tanaka@contoso.example", displayName: "Misaki" },
        { emailAddress: "ichiro.suzuki@contoso.example", displayName: "Ichiro" },
      ],
    });
    for (const id of ["onAppointmentOpened", "onAttendeesChanged", "onAppointmentSending"]) {
      const completed = vi.fn();
      await registered.get(id)!({ completed });
      expect(completed, id).toHaveBeenCalledTimes(1);
      expect(completed.mock.calls[0]?.[0]).toEqual({ allowEvent: true });
    }
    expect(state.notifications).toEqual({});
    expect(state.itemSaveCalls).toBe(0);
  });

  it("completes every event exactly once with allowEvent: true when an Office call fails", async () => {
    for (const id of ["onAppointmentOpened", "onAttendeesChanged", "onAppointmentSending"]) {
      const { registered, errors } = load(script, { failures: { getTypeAsync: { name: "GenericError", message: "boom", code: 9020 } } });
      const completed = vi.fn();
      await registered.get(id)!({ completed });
      expect(completed, id).toHaveBeenCalledTimes(1);
      expect(completed.mock.calls[0]?.[0]).toEqual({ allowEvent: true });
      expect(errors.length).toBeGreaterThan(0);
    }
  });

  it("completes once even when the item is gone (the user switched away)", async () => {
    const { registered, Office } = load(script);
    (Office.context.mailbox as { item: unknown }).item = null;
    const completed = vi.fn();
    await registered.get("onAppointmentSending")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0]?.[0]).toEqual({ allowEvent: true });
  });
});
