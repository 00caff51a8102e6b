// Which view the tab page shows. The personal tab links ?view=mine; the stage loads ?view=stage (the
// URL shared from the side panel), and Teams' meetingStage frame means the stage whatever the URL.
import type { TeamsFrame } from "../../platform/ports";

export type TabView = "mine" | "stage" | "meeting";

export function tabViewFor(viewParam: string | null, frame: TeamsFrame | null): TabView {
  if (viewParam === "mine") return "mine";
  if (viewParam === "stage" || frame === "meetingStage") return "stage";
  return "meeting";
}
