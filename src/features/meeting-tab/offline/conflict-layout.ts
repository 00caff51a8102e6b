// What every conflict view shares: mine and theirs side by side, and the view brought into sight
// when it appears (a queued write can come back as a conflict while the user looks elsewhere).
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

export const useConflictStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Side by side when there is room; stacked in the 320 px side panel.
  versions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  version: {
    flex: "1 1 200px",
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** A ref that scrolls its element into view once, when it mounts. */
export function useScrolledIntoView<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, []);
  return ref;
}
