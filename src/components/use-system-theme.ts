// The system's light or dark preference (prefers-color-scheme), followed live: what a page opened
// in a plain browser shows when neither a host (Teams) nor ?theme= chooses its theme.
import { useEffect, useState } from "react";
import type { TeamsTheme } from "../platform/ports";

const DARK = "(prefers-color-scheme: dark)";

const systemTheme = (): TeamsTheme => (typeof window.matchMedia === "function" && window.matchMedia(DARK).matches ? "dark" : "default");

export function useSystemTheme(): TeamsTheme {
  const [theme, setTheme] = useState<TeamsTheme>(systemTheme);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(DARK);
    const onChange = () => setTheme(query.matches ? "dark" : "default");
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return theme;
}
