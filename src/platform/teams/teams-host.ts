// TeamsMeeting over teams-js 2.x. The SDK is a parameter so tests inject a fake one; by default it is
// imported lazily, so pages that never run in Teams don't pay for it.
import type * as TeamsJs from "@microsoft/teams-js";
import type { TeamsContext, TeamsFrame, TeamsMeeting, TeamsTheme } from "../ports";
import { registerAppCaching, type TeamsCoreSdk } from "./app-caching";

/** The parts of teams-js this adapter uses. */
export interface TeamsSdk {
  app: Pick<typeof TeamsJs.app, "initialize" | "getContext" | "registerOnThemeChangeHandler" | "notifySuccess">;
  pages: { config: Pick<typeof TeamsJs.pages.config, "setValidityState" | "registerOnSaveHandler" | "setConfig"> };
  meeting: Pick<typeof TeamsJs.meeting, "getAppContentStageSharingCapabilities" | "shareAppContentToStage">;
  /** App caching; absent in SDK stand-ins that don't offer it. */
  teamsCore?: TeamsCoreSdk;
}

export interface TeamsHostOptions {
  /** Outside Teams app.initialize() never settles on its own; give up after this long. */
  initTimeoutMs?: number;
}

export function mapTheme(theme: string | undefined): TeamsTheme {
  return theme === "dark" || theme === "contrast" ? theme : "default"; // "glass" and unknown → default
}

export function mapFrame(frame: string | undefined): TeamsFrame {
  switch (frame) {
    case "settings":
    case "sidePanel":
    case "meetingStage":
      return frame;
    case "stage":
      return "meetingStage";
    default:
      return "content";
  }
}

/** Anonymous: joined a meeting without an account. Guest: a team guest, or a B2B (#EXT#) account. */
export function userKindOf(ctx: TeamsJs.app.Context): "member" | "guest" | "anonymous" {
  if (ctx.user?.licenseType === "Anonymous") return "anonymous";
  const upn = `${ctx.user?.userPrincipalName ?? ""} ${ctx.user?.loginHint ?? ""}`;
  if (ctx.team?.userRole === TEAM_GUEST_ROLE || upn.includes("#EXT#")) return "guest";
  return "member";
}

/** UserTeamRole.Guest in teams-js (a value, so not imported: the SDK itself loads lazily). */
const TEAM_GUEST_ROLE = 2;

export function toTeamsContext(ctx: TeamsJs.app.Context): TeamsContext {
  return {
    locale: ctx.app.locale,
    theme: mapTheme(ctx.app.theme),
    frame: mapFrame(ctx.page.frameContext),
    userHint: {
      email: ctx.user?.loginHint || ctx.user?.userPrincipalName || null,
      name: ctx.user?.displayName || null,
      tenantId: ctx.user?.tenant?.id || null,
      kind: userKindOf(ctx),
    },
    chatId: ctx.chat?.id || null,
    entityId: ctx.page.id || null,
    hostName: String(ctx.app.host?.name ?? "Teams"),
  };
}

/** An SDK failure (SdkError {errorCode, message}) as an Error. */
function sdkError(error: unknown, fallback: string): Error {
  const e = error as { errorCode?: number; message?: string } | null;
  const err = new Error(e?.message || fallback);
  err.name = "TeamsSdkError";
  Object.assign(err, { code: e?.errorCode });
  return err;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

export async function createTeamsMeeting(sdk?: TeamsSdk, options: TeamsHostOptions = {}): Promise<TeamsMeeting> {
  const teams: TeamsSdk = sdk ?? (await import("@microsoft/teams-js"));
  const themeHandlers = new Set<(theme: TeamsTheme) => void>();
  const contextHandlers = new Set<(context: TeamsContext) => void>();
  const unloadHandlers = new Set<() => void | Promise<void>>();
  let initialized: Promise<TeamsContext> | null = null;

  async function init(): Promise<TeamsContext> {
    await withTimeout(teams.app.initialize(), options.initTimeoutMs ?? 4_000, "Not running inside Microsoft Teams (initialization timed out)");
    const context = toTeamsContext(await teams.app.getContext());
    // teams-js keeps one theme handler; ours fans out to every subscriber. Registered again each
    // time Teams shows the page from its cache.
    const registerThemeHandler = () =>
      teams.app.registerOnThemeChangeHandler((theme) => {
        const mapped = mapTheme(theme);
        for (const handler of [...themeHandlers]) handler(mapped);
      });
    registerThemeHandler();
    registerAppCaching(teams.teamsCore, context.frame, {
      contextHandlers,
      unloadHandlers,
      readContext: async () => toTeamsContext(await teams.app.getContext()),
      notifySuccess: async () => void (await teams.app.notifySuccess()),
      reRegisterHandlers: registerThemeHandler,
    });
    // Hides Teams' loading indicator; a failure here must not fail the tab.
    await teams.app.notifySuccess().catch(() => undefined);
    return context;
  }

  return {
    initialize() {
      initialized ??= init().catch((err: unknown) => {
        initialized = null;
        throw err;
      });
      return initialized;
    },
    onThemeChange(handler) {
      themeHandlers.add(handler);
      return () => themeHandlers.delete(handler);
    },
    onContextChange(handler) {
      contextHandlers.add(handler);
      return () => contextHandlers.delete(handler);
    },
    onBeforeUnload(handler) {
      unloadHandlers.add(handler);
      return () => unloadHandlers.delete(handler);
    },
    setConfigValid(valid) {
      teams.pages.config.setValidityState(valid);
    },
    onConfigSave(handler) {
      teams.pages.config.registerOnSaveHandler((event) => {
        void (async () => {
          try {
            const config = await handler();
            await teams.pages.config.setConfig({
              entityId: config.entityId,
              contentUrl: config.contentUrl,
              suggestedDisplayName: config.suggestedDisplayName,
            });
            event.notifySuccess();
          } catch (err) {
            event.notifyFailure(err instanceof Error ? err.message : String(err));
          }
        })();
      });
    },
    async canShareToStage() {
      try {
        const capabilities = await new Promise<TeamsJs.meeting.IAppContentStageSharingCapabilities | null>((resolve, reject) =>
          teams.meeting.getAppContentStageSharingCapabilities((error, result) =>
            error ? reject(sdkError(error, "Stage sharing capabilities unavailable")) : resolve(result),
          ),
        );
        return capabilities?.doesAppHaveSharePermission === true;
      } catch {
        // Thrown or failed outside sidePanel/meetingStage: there, sharing simply isn't available.
        return false;
      }
    },
    shareToStage(url) {
      return new Promise<void>((resolve, reject) => {
        try {
          teams.meeting.shareAppContentToStage(
            (error, result) => (error || result === false ? reject(sdkError(error, "Couldn't share to the meeting stage")) : resolve()),
            url,
          );
        } catch (err) {
          reject(sdkError(err, "Couldn't share to the meeting stage"));
        }
      });
    },
  };
}
