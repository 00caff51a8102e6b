// A Teams host in memory: the meeting tab and config page run in a plain browser (/preview) and in
// component tests with it. It keeps Teams' rules that matter to us: Save works only while the page
// said the config is valid, and stage sharing only when the meeting allows it.
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../ports";

export interface SavedTeamsConfig {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
}

export interface FakeTeamsMeeting extends TeamsMeeting {
  /** Simulates the user switching Teams' theme: fires every registered handler. */
  setTheme(theme: TeamsTheme): void;
  /**
   * Simulates app caching: Teams caches the page (before-unload handlers run to completion), then
   * shows it again with `changes` applied to the context (context-change handlers fire).
   */
  cacheAndReload(changes: Partial<TeamsContext>): Promise<TeamsContext>;
  /** Simulates pressing Save on the config page; rejects when Save would be disabled. */
  triggerSave(): Promise<SavedTeamsConfig>;
  isConfigValid(): boolean;
  /** URLs shared to the meeting stage, oldest first. */
  sharedToStage(): string[];
  /** The context initialize() resolves with now (theme and entityId follow setTheme / triggerSave). */
  context(): TeamsContext;
}

export type FakeTeamsInit = Partial<TeamsContext> & {
  stageSharing?: boolean;
  /** Simulates a browser outside Teams: initialize() rejects like teams-js does. */
  outsideTeams?: boolean;
};

const DEFAULT_CONTEXT: TeamsContext = {
  locale: "ja-JP",
  theme: "default",
  frame: "sidePanel",
  userHint: { email: null, name: null, tenantId: null },
  chatId: "19:meeting_PreviewMeeting01@thread.v2",
  entityId: null,
  hostName: "Teams",
};

export function createFakeTeamsMeeting(init: FakeTeamsInit = {}): FakeTeamsMeeting {
  const { stageSharing = true, outsideTeams = false, ...overrides } = init;
  let ctx: TeamsContext = { ...DEFAULT_CONTEXT, ...overrides };
  const themeHandlers = new Set<(theme: TeamsTheme) => void>();
  const contextHandlers = new Set<(context: TeamsContext) => void>();
  const unloadHandlers = new Set<() => void | Promise<void>>();
  let valid = false;
  let saveHandler: (() => Promise<SavedTeamsConfig>) | null = null;
  const shared: string[] = [];

  const snapshot = (): TeamsContext => ({ ...ctx, userHint: { ...ctx.userHint } });

  return {
    async initialize() {
      if (outsideTeams) throw new Error("SDK initialization timed out.");
      return snapshot();
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
    setConfigValid(v) {
      valid = v;
    },
    onConfigSave(handler) {
      saveHandler = handler;
    },
    async canShareToStage() {
      return stageSharing && (ctx.frame === "sidePanel" || ctx.frame === "meetingStage");
    },
    async shareToStage(url) {
      if (!(await this.canShareToStage())) {
        throw new Error("Sharing to the meeting stage is not available here.");
      }
      shared.push(url);
    },

    setTheme(theme) {
      ctx = { ...ctx, theme };
      for (const handler of [...themeHandlers]) handler(theme);
    },
    async cacheAndReload(changes) {
      await Promise.allSettled([...unloadHandlers].map(async (handler) => handler()));
      ctx = { ...ctx, ...changes, userHint: { ...ctx.userHint, ...changes.userHint } };
      const next = snapshot();
      for (const handler of [...contextHandlers]) handler(snapshot());
      return next;
    },
    async triggerSave() {
      if (!saveHandler) throw new Error("The config page registered no save handler.");
      if (!valid) throw new Error("Save is disabled: the config page has not said it is valid.");
      const saved = await saveHandler();
      ctx = { ...ctx, entityId: saved.entityId };
      return { ...saved };
    },
    isConfigValid: () => valid,
    sharedToStage: () => [...shared],
    context: snapshot,
  };
}
