// Teams app caching (teamsCore.registerOnLoadHandler / registerBeforeUnloadHandler): Teams keeps
// the page alive when the user leaves and shows it again later — maybe for another tab or meeting.
// On load we read the context again and hand it to every subscriber to re-bind; before unload we
// let subscribers finish (e.g. save drafts), then tell Teams it may cache the page. Teams caches
// only pages that register both handlers, and only hosts that support teamsCore offer them. In a
// meeting only the side panel may be cached (tabs/how-to/app-caching): the stage and the other
// frames never register. A page shown again from the cache must register its other event handlers
// again (the theme handler among them), so the load handler re-registers them first.
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
  /** Registers the page's other Teams event handlers (theme) again; called on every load. */
  reRegisterHandlers(): void;
  onError?(error: unknown): void;
}

/** Where Teams supports caching in a meeting: the side panel only. */
export const CACHEABLE_FRAMES: readonly TeamsContext["frame"][] = ["sidePanel"];

/** Registers both handlers when the frame may be cached and the host supports teamsCore; returns whether it did. */
export function registerAppCaching(teamsCore: TeamsCoreSdk | undefined, frame: TeamsContext["frame"], hooks: AppCachingHooks): boolean {
  if (!CACHEABLE_FRAMES.includes(frame)) return false;
  let supported = false;
  try {
    supported = teamsCore?.isSupported() === true;
  } catch {
    supported = false; // isSupported() throws before initialize() or outside a host
  }
  if (!teamsCore || !supported) return false;

  teamsCore.registerOnLoadHandler((load) => {
    try {
      hooks.reRegisterHandlers();
    } catch (error) {
      hooks.onError?.(error);
    }
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
