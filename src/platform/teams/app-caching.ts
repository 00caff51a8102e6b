// Teams app caching (teamsCore.registerOnLoadHandler / registerBeforeUnloadHandler): Teams keeps
// the page alive when the user leaves and shows it again later — maybe for another tab or meeting.
// On load we read the context again and hand it to every subscriber to re-bind; before unload we
// let subscribers finish (e.g. save drafts), then tell Teams it may cache the page. Teams caches
// only pages that register both handlers, and only hosts that support teamsCore offer them.
import type * as TeamsJs from "@microsoft/teams-js";
import type { TeamsContext } from "../ports";

export interface TeamsCoreSdk {
  isSupported(): boolean;
  registerOnLoadHandler(handler: (context: TeamsJs.LoadContext) => void): void;
  registerBeforeUnloadHandler(handler: (readyToUnload: () => void) => boolean): void;
}

export interface AppCachingHooks {
  contextHandlers: Set<(context: TeamsContext) => void>;
  unloadHandlers: Set<() => void | Promise<void>>;
  /** The context as Teams tells it now (getContext, mapped). */
  readContext(): Promise<TeamsContext>;
  /** Hides Teams' loading indicator once the page shows the new content. */
  notifySuccess(): Promise<void>;
  onError?(error: unknown): void;
}

/** Registers both handlers when the host supports teamsCore; returns whether it did. */
export function registerAppCaching(teamsCore: TeamsCoreSdk | undefined, hooks: AppCachingHooks): boolean {
  let supported = false;
  try {
    supported = teamsCore?.isSupported() === true;
  } catch {
    supported = false; // isSupported() throws before initialize() or outside a host
  }
  if (!teamsCore || !supported) return false;

  teamsCore.registerOnLoadHandler((load) => {
    void (async () => {
      try {
        const fresh = await hooks.readContext();
        // The load context names the tab being shown; it wins over a context read mid-switch.
        const context: TeamsContext = { ...fresh, entityId: load.entityId || fresh.entityId };
        for (const handler of [...hooks.contextHandlers]) handler(context);
      } catch (error) {
        hooks.onError?.(error);
      }
      await hooks.notifySuccess().catch(() => undefined);
    })();
  });

  teamsCore.registerBeforeUnloadHandler((readyToUnload) => {
    void Promise.allSettled([...hooks.unloadHandlers].map(async (handler) => handler())).then(() => readyToUnload());
    return true; // we call readyToUnload ourselves, once the handlers are done
  });
  return true;
}
