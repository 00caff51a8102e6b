// Builds the events entry with the production webpack config and loads it the way classic Outlook
// on Windows does: one classic script in a bare JavaScript context (no DOM, no storage, no
// Office.onReady), with only the Office global (and, where the host offers it, the NAA bridge and
// fetch). It must register the three actions on load, complete every event exactly once, stay small
// and carry no browser-only code.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import webpack from "webpack";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import config from "../../../webpack.config";
import { gzipSync } from "node:zlib";
import { createOfficeMock, type MockState } from "../../platform/office/office-mock";
import { fakeNaaBridge } from "../../platform/auth/fake-naa-bridge";
import { API_ORIGIN_PLACEHOLDER } from "../../../src/core/events/api-origin";

/** The events runtime's budget: what Outlook downloads before the first handler runs. */
const GZIP_BUDGET = 40 * 1024;

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

interface HostExtras {
  /** NestedAppAuth 1.1 as Outlook answers it. */
  naa?: boolean;
  /** Globals the host adds (nestedAppAuthBridge, fetch). */
  globals?: Record<string, unknown>;
}

function load(script: string, init: Partial<MockState> = {}, extras: HostExtras = {}) {
  const { office, state } = createOfficeMock({ displayLanguage: "en-US", ...init });
  const registered: Registered = new Map();
  const Office = Object.assign(office, {
    actions: { associate: (id: string, fn: Registered extends Map<string, infer F> ? F : never) => void registered.set(id, fn) },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
  });
  (Office.context as unknown as { requirements: unknown }).requirements = {
    isSetSupported: (name: string, version: string) => extras.naa === true && name === "NestedAppAuth" && version === "1.1",
  };
  const errors: unknown[][] = [];
  // Only what the JavaScript-only runtime offers: no window, document, localStorage or fetch-less DOM.
  const context = vm.createContext({ Office, console: { error: (...a: unknown[]) => errors.push(a), log() {}, warn() {} }, setTimeout, clearTimeout, Promise, ...extras.globals });
  new vm.Script(script, { filename: "events.js" }).runInContext(context);
  return { registered, state, errors, Office };
}

/** Our server as the events runtime reaches it: client-config and the directory. */
function fakeServer(departments: Record<string, string>) {
  const calls: { url: string; authorization: string | null }[] = [];
  const fetch = async (url: string, init?: { headers?: Record<string, string>; body?: string }) => {
    calls.push({ url, authorization: init?.headers?.authorization ?? null });
    const json = (body: unknown) => ({ ok: true, status: 200, json: async () => body });
    if (url.endsWith("/api/client-config")) {
      return json({ authMode: "entra", clientId: "0f8fad5b-d9cb-469f-a165-70867728950e", apiScope: "api://agenda.example.com/0f8fad5b-d9cb-469f-a165-70867728950e/access_as_user" });
    }
    const { emails } = JSON.parse(init?.body ?? "{}") as { emails: string[] };
    return json(emails.map((email) => ({ email, name: "", department: departments[email] ?? "" })));
  };
  return { fetch, calls };
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
  });

  it(`stays within ${GZIP_BUDGET / 1024} KB gzipped and carries no MSAL and no browser-only code`, () => {
    const gzip = gzipSync(Buffer.from(script), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET);
    for (const browserOnly of ["localStorage", "sessionStorage", "crypto.subtle", "document.", "navigator.", "XMLHttpRequest", "msal"]) {
      expect(script, browserOnly).not.toContain(browserOnly);
    }
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

  it("with nested app authentication: signs in silently through the host's bridge, asks the directory, nudges and prompts on send", async () => {
    const served = script.replaceAll(API_ORIGIN_PLACEHOLDER, "https://agenda.example.com");
    const bridge = fakeNaaBridge();
    bridge.answers.push({ token: "naa-token" });
    const server = fakeServer({ "misaki.tanaka@contoso.example": "営業部", "ichiro.suzuki@contoso.example": "企画部" });
    const { registered, state } = load(
      served,
      { required: [{ emailAddress: "misaki.tanaka@contoso.example", displayName: "Misaki" }, { emailAddress: "ichiro.suzuki@contoso.example", displayName: "Ichiro" }] },
      { naa: true, globals: { nestedAppAuthBridge: bridge.bridge, fetch: server.fetch } },
    );
    const opened = vi.fn();
    await registered.get("onAppointmentOpened")!({ completed: opened });
    expect(opened).toHaveBeenCalledWith({ allowEvent: true });
    expect(state.notifications.commonPurposeInsight?.message).toBe("This meeting spans 2 departments — start from the shared objective");
    expect(state.notifications.commonPurposeInsight?.icon).toBe("Icon.16");
    const sending = vi.fn();
    await registered.get("onAppointmentSending")!({ completed: sending });
    expect(sending.mock.calls[0]?.[0]).toMatchObject({ allowEvent: false, commandId: "openCommonPurposePane", sendModeOverride: "promptUser" });
    expect(server.calls.map((c) => c.url)).toEqual([
      "https://agenda.example.com/api/client-config",
      "https://agenda.example.com/api/directory/resolve",
      "https://agenda.example.com/api/directory/resolve",
    ]);
    expect(server.calls[1]?.authorization).toBe("Bearer naa-token");
    expect(bridge.requests.map((r) => r.method)).toEqual(["GetInitContext", "GetToken"]);
  });

  it("without nested app authentication: no token asked, the local checks still nudge a larger meeting", async () => {
    const served = script.replaceAll(API_ORIGIN_PLACEHOLDER, "https://agenda.example.com");
    const bridge = fakeNaaBridge();
    const server = fakeServer({});
    const people = ["a", "b", "c"].map((n) => ({ emailAddress: `${n}@contoso.example`, displayName: n }));
    const { registered, state } = load(served, { required: people }, { naa: false, globals: { nestedAppAuthBridge: bridge.bridge, fetch: server.fetch } });
    const opened = vi.fn();
    await registered.get("onAppointmentOpened")!({ completed: opened });
    expect(opened).toHaveBeenCalledWith({ allowEvent: true });
    expect(state.notifications.commonPurposeInsight?.message).toMatch(/^3 attendees and no shared objective yet/);
    const sending = vi.fn();
    await registered.get("onAppointmentSending")!({ completed: sending });
    expect(sending).toHaveBeenCalledWith({ allowEvent: true });
    expect(server.calls).toEqual([]);
    expect(bridge.requests).toEqual([]);
  });

  it("completes every event exactly once, allowing it (no origin baked in: no directory)", async () => {
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
