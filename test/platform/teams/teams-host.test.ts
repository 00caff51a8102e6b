import { describe, expect, it } from "vitest";
import type * as TeamsJs from "@microsoft/teams-js";
import { createTeamsMeeting, mapFrame, mapTheme, type TeamsSdk } from "../../../src/platform/teams/teams-host";

type SaveEvent = Parameters<Parameters<TeamsSdk["pages"]["config"]["registerOnSaveHandler"]>[0]>[0];

function fakeSdk(
  opts: { neverInitializes?: boolean; context?: Partial<TeamsJs.app.Context>; shareError?: unknown; capabilities?: unknown; teamsCore?: "supported" | "unsupported" | "throws" } = {},
) {
  const log = {
    validity: [] as boolean[],
    configs: [] as unknown[],
    shared: [] as string[],
    notified: 0,
    themeHandler: null as null | ((t: string) => void),
    themeRegistrations: 0,
    saveHandler: null as null | ((e: SaveEvent) => void),
    loadHandler: null as null | ((c: TeamsJs.LoadContext) => void),
    unloadHandler: null as null | ((ready: () => void) => boolean),
  };
  let context = {
    app: { locale: "ja-JP", theme: "glass", sessionId: "s", host: { name: "Teams", clientType: "web", sessionId: "h" } },
    page: { id: "agd_7", frameContext: "sidePanel" },
    user: { id: "u", loginHint: "misaki.tanaka@contoso.example", displayName: "田中 美咲", tenant: { id: "tid" } },
    chat: { id: "19:meeting_abc@thread.v2" },
    dialogParameters: {},
    ...opts.context,
  } as unknown as TeamsJs.app.Context;
  const setContext = (c: Partial<TeamsJs.app.Context>) => void (context = { ...context, ...c });
  const sdk: TeamsSdk = {
    app: {
      initialize: () => (opts.neverInitializes ? new Promise<void>(() => undefined) : Promise.resolve()),
      getContext: async () => context,
      registerOnThemeChangeHandler: (h) => void ((log.themeHandler = h), log.themeRegistrations++),
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
    ...(opts.teamsCore
      ? {
          teamsCore: {
            isSupported: () => {
              if (opts.teamsCore === "throws") throw new Error("Received an error while trying to check for teamsCore support");
              return opts.teamsCore === "supported";
            },
            registerOnLoadHandler: (h: (c: TeamsJs.LoadContext) => void) => void (log.loadHandler = h),
            registerBeforeUnloadHandler: (h: (ready: () => void) => boolean) => void (log.unloadHandler = h),
          },
        }
      : {}),
  };
  return { sdk, log, setContext };
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
      userHint: { email: "misaki.tanaka@contoso.example", name: "田中 美咲", tenantId: "tid", kind: "member" },
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

  it("app caching: registers both handlers where supported; on load re-reads the context and re-binds", async () => {
    const { sdk, log, setContext } = fakeSdk({ teamsCore: "supported" });
    const teams = await createTeamsMeeting(sdk);
    await teams.initialize();
    expect(log.loadHandler).not.toBeNull();
    expect(log.unloadHandler).not.toBeNull();
    const seen: Array<[string | null, string | null, string]> = [];
    const off = teams.onContextChange((c) => seen.push([c.entityId, c.chatId, c.theme]));
    setContext({ chat: { id: "19:meeting_next@thread.v2" } as never, app: { locale: "en-US", theme: "dark", sessionId: "s", host: { name: "Teams" } } as never });
    const notifiedBefore = log.notified;
    log.loadHandler!({ entityId: "agd_9", contentUrl: "https://app.example/agenda/agd_9" });
    await tick();
    expect(seen).toEqual([["agd_9", "19:meeting_next@thread.v2", "dark"]]);
    expect(log.notified).toBe(notifiedBefore + 1); // hides Teams' loading indicator for the new content
    off();
    log.loadHandler!({ entityId: "agd_10", contentUrl: "x" });
    await tick();
    expect(seen).toHaveLength(1);
  });

  it("app caching: before unload, waits for subscribers, then calls readyToUnload once", async () => {
    const { sdk, log } = fakeSdk({ teamsCore: "supported" });
    const teams = await createTeamsMeeting(sdk);
    await teams.initialize();
    const order: string[] = [];
    let release!: () => void;
    teams.onBeforeUnload(() => new Promise<void>((r) => (release = () => (order.push("draft saved"), r()))));
    teams.onBeforeUnload(() => {
      throw new Error("a failing subscriber must not keep the page from unloading");
    });
    let ready = 0;
    expect(log.unloadHandler!(() => (order.push("ready"), ready++))).toBe(true);
    await tick();
    expect(ready).toBe(0);
    release();
    await tick();
    expect(order).toEqual(["draft saved", "ready"]);
    expect(ready).toBe(1);
  });

  it("app caching: the load handler registers the theme handler again, and the page still follows the theme", async () => {
    const { sdk, log } = fakeSdk({ teamsCore: "supported" });
    const teams = await createTeamsMeeting(sdk);
    await teams.initialize();
    expect(log.themeRegistrations).toBe(1);
    const themes: string[] = [];
    teams.onThemeChange((t) => themes.push(t));
    log.themeHandler = null; // what Teams forgets while the page sits in its cache
    log.loadHandler!({ entityId: "agd_9", contentUrl: "https://app.example/agenda/agd_9" });
    expect(log.themeRegistrations).toBe(2);
    log.themeHandler!("contrast");
    expect(themes).toEqual(["contrast"]);
  });

  it.each(["meetingStage", "content", "settings"])("app caching: never registered in the %s frame (the side panel only)", async (frameContext) => {
    const { sdk, log } = fakeSdk({ teamsCore: "supported", context: { page: { id: "agd_7", frameContext } as never } });
    const teams = await createTeamsMeeting(sdk);
    await teams.initialize();
    expect(log.loadHandler).toBeNull();
    expect(log.unloadHandler).toBeNull();
    expect(log.themeRegistrations).toBe(1);
  });

  it.each(["unsupported", "throws"] as const)("app caching: nothing is registered when teamsCore is %s", async (mode) => {
    const { sdk, log } = fakeSdk({ teamsCore: mode });
    const teams = await createTeamsMeeting(sdk);
    await teams.initialize();
    expect(log.loadHandler).toBeNull();
    expect(log.unloadHandler).toBeNull();
  });

  it("hints guests and anonymous participants (who may not create a meeting's agenda)", async () => {
    const kindOf = async (context: Partial<TeamsJs.app.Context>) =>
      (await (await createTeamsMeeting(fakeSdk({ context }).sdk)).initialize()).userHint.kind;
    expect(await kindOf({ user: { id: "u", licenseType: "Anonymous" } as never })).toBe("anonymous");
    expect(await kindOf({ user: { id: "u", userPrincipalName: "ann_fabrikam.example#EXT#@contoso.onmicrosoft.com" } as never })).toBe("guest");
    expect(await kindOf({ team: { internalId: "t", userRole: 2 } as never })).toBe("guest");
    expect(await kindOf({ user: { id: "u", userPrincipalName: "misaki@contoso.example" } as never })).toBe("member");
  });
});
