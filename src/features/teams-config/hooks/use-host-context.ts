// The Teams context and theme as they change while the page lives: theme switches re-render live
// (registerOnThemeChangeHandler), and app caching hands over a new context (another tab or meeting)
// to re-bind to. Shared by the config page and the meeting tab entries.
import { useEffect, useState } from "react";
import type { TeamsContext, TeamsMeeting, TeamsTheme } from "../../../platform/ports";

export interface HostContext {
  context: TeamsContext | null;
  theme: TeamsTheme;
  /** Changes when app caching re-binds the page: key the bound subtree with it to start afresh. */
  bindingKey: string;
}

export function useHostContext(teams: TeamsMeeting | null, initial: TeamsContext | null, fallbackTheme: TeamsTheme = "default"): HostContext {
  const [context, setContext] = useState<TeamsContext | null>(initial);
  const [theme, setTheme] = useState<TeamsTheme>(initial?.theme ?? fallbackTheme);
  useEffect(() => teams?.onThemeChange(setTheme), [teams]);
  useEffect(
    () =>
      teams?.onContextChange((next) => {
        setContext(next);
        setTheme(next.theme);
      }),
    [teams],
  );
  return { context, theme, bindingKey: `${context?.chatId ?? ""}|${context?.entityId ?? ""}` };
}
