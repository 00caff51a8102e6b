// Teams (and Outlook, which follows the same tokens) tells us light, dark or high contrast; Fluent v9
// has a matching Teams theme for each, so the app looks native in every host.
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from "@fluentui/react-components";
import type { TeamsTheme } from "../platform/ports";

export function themeFor(theme: TeamsTheme): Theme {
  switch (theme) {
    case "dark":
      return teamsDarkTheme;
    case "contrast":
      return teamsHighContrastTheme;
    default:
      return teamsLightTheme;
  }
}
