import { describe, expect, it } from "vitest";
import type * as TeamsJs from "@microsoft/teams-js";
import { createTeamsMeeting, mapFrame, mapTheme, type TeamsSdk } from "../../../src/platform/teams/teams-host";

type SaveEvent = Parameters<Parameters<TeamsSdk["pages"]["config"]["registerOnSaveHandler"]>[0]>[0];

function fakeSdk(opts: { neverInitializes?: boolean; context?: Partial<TeamsJs.app.Context>; shareError?: unknown; capabilities?: unknown } = {}) {
  const log = {
    validity: [] as boolean[],
    configs: [] as unknown[],
    shared: [] as string[],
    notified: 0,
    themeHandler: null as null | ((t: string) => void),
    saveHandler: null as null | ((e: SaveEvent) => void),
  };
  const context = {
    app: { locale: "ja-JP", theme: "glass", sessionId: "s", host: { name: "Teams", clientType: "web", sessionId: "h" } },
    page: { id: "agd_7", frameContext: "sidePanel" },
    user: { id: "u", loginHint: "misaki.tanaka@contoso.example", displayName: "田中 美咲", tenant: { id: "tid" } },
    chat: { id: "19:meeting_abc@thread.v2" },
    dialogParameters: {},
    ...opts.context,
  } as unknown as TeamsJs.app.Context;
  const sdk: TeamsSdk = {
    app: {
      initialize: () => (opts.neverInitializes ? new Promise<void>(() => undefined) : Promise.resolve()),
      getContext: async () => context,
      registerOnThemeChangeHandler: (h) => void (log.themeHandler = h),
      notifySuccess: async () => void log.notified++ as never,
    },
    pages: {
      config: {
        setValidityState: (v) => void log.validity.push(v),
        registerOnSaveHandler: (h) => void (log.saveHandler = h),
        setConfig: async (c) => void log.configs.push(c),
      },
    },
    meeting: {
      getAppContentStageSharingCapabilities: (cb) =>
        setTimeout(() =>
          opts.capabilities instanceof Error
            ? cb({ errorCode: 1000, message: "not in sidePanel" }, null)
            : cb(null, (opts.capabilities ?? { doesAppHaveSharePermission: true }) as never),
        ),
      shareAppContentToStage: (cb, url) => {
        log.shared.push(url);
        setTimeout(() => (opts.shareError ? cb(opts.shareError as never, null) : cb(null, true)));
      },
    },
  };
  return { sdk, log };
}

function saveEvent() {
  const result: { success: number; failure: Array<string | undefined> } = { success: 0, failure: [] };
  const event = { result: {}, notifySuccess: () => void result.success++, notifyFailure: (r?: string) => void result.failure.push(r) } as unknown as SaveEvent;
  return { event, result };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("Teams host", () => {
  it("initializes, maps the context, and notifies success once", async () => {
    const { sdk, log } = fakeSdk();
    const teams = await createTeamsMeeting(sdk);
    const [a, b] = await Promise.all([teams.initialize(), teams.initialize()]);
    expect(a).toEqual({
      locale: "ja-JP",
      theme: "default",
      frame: "sidePanel",
      userHint: { email: "misaki.tanaka@contoso.example", name: "田中 美咲", tenantId: "tid" },
      chatId: "19:meeting_abc@thread.v2",
      entityId: "agd_7",
      hostName: "Teams",
    });
    expect(b).toBe(a);
    expect(log.notified).toBe(1);
  });

  it("rejects quickly outside Teams, where initialize never settles", async () => {
    const { sdk } = fakeSdk({ neverInitializes: true });
    const teams = await createTeamsMeeting(sdk, { initTimeoutMs: 50 });
    const started = Date.now();
    await expect(teams.initialize()).rejects.toThrow(/Not running inside Microsoft Teams/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("maps themes and frames", () => {
    expect(["default", "dark", "contrast", "glass", undefined].map(mapTheme)).toEqual(["default", "dark", "contrast", "default", "default"]);
    expect(["settings", "content", "sidePanel", "meetingStage", "stage", "task", undefined].map(mapFrame)).toEqual([
      "settings", "content", "sidePanel", "meetingStage", "meetingStage", "content", "content",
    ]);
  });

  it("fans theme changes out to subscribers until they unsubscribe", async () => {
    const { sdk, log } = fakeSdk();
    const teams = await createTeamsMeeting(sdk);
    await teams.initialize();
    const seen: string[] = [];
    const off = teams.onThemeChange((t) => seen.push(`a:${t}`));
    teams.onThemeChange((t) => seen.push(`b:${t}`));
    log.themeHandler!("dark");
    off();
    log.themeHandler!("glass");
    expect(seen).toEqual(["a:dark", "b:dark", "b:default"]);
  });

  it("config page: validity, save → setConfig then notifySuccess, failure → notifyFailure", async () => {
    const { sdk, log } = fakeSdk();
    const teams = await createTeamsMeeting(sdk);
    teams.setConfigValid(true);
    expect(log.validity).toEqual([true]);
    teams.onConfigSave(async () => ({ entityId: "agd_1", contentUrl: "https://app.example/teams/tab?agenda=agd_1", suggestedDisplayName: "共通の目的" }));
    const ok = saveEvent();
    log.saveHandler!(ok.event);
    await tick();
    expect(log.configs).toEqual([{ entityId: "agd_1", contentUrl: "https://app.example/teams/tab?agenda=agd_1", suggestedDisplayName: "共通の目的" }]);
    expect(ok.result).toEqual({ success: 1, failure: [] });

    teams.onConfigSave(async () => {
      throw new Error("Couldn't create the agenda");
    });
    const bad = saveEvent();
    log.saveHandler!(bad.event);
    await tick();
    expect(bad.result).toEqual({ success: 0, failure: ["Couldn't create the agenda"] });
  });

  it("stage sharing: capability check and share, with SDK errors as rejections", async () => {
    const { sdk, log } = fakeSdk();
    const teams = await createTeamsMeeting(sdk);
    expect(await teams.canShareToStage()).toBe(true);
    await teams.shareToStage("https://app.example/stage");
    expect(log.shared).toEqual(["https://app.example/stage"]);

    expect(await (await createTeamsMeeting(fakeSdk({ capabilities: { doesAppHaveSharePermission: false } }).sdk)).canShareToStage()).toBe(false);
    expect(await (await createTeamsMeeting(fakeSdk({ capabilities: new Error("x") }).sdk)).canShareToStage()).toBe(false);
    const failing = await createTeamsMeeting(fakeSdk({ shareError: { errorCode: 8000, message: "user declined" } }).sdk);
    await expect(failing.shareToStage("https://app.example/stage")).rejects.toMatchObject({ message: "user declined", code: 8000 });
  });
});
