// The keys an inline form answers to, as in Teams and Outlook: Escape cancels it, Ctrl+Enter (⌘+Enter
// on a Mac) sends it. A key something inside has already handled (an open menu, a popover) and a key
// that ends an IME composition (Japanese input: Escape drops the candidate, Enter picks it) are left alone.
import type { KeyboardEvent } from "react";

/** IME composition in progress: `isComposing`, or keyCode 229 where Safari reports it only so. */
const composing = (e: KeyboardEvent) => e.nativeEvent.isComposing || e.keyCode === 229;

export function formKeys(onCancel: () => void, onSubmit: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.defaultPrevented || composing(e)) return;
    // An open list (a dropdown, a combobox) closes on Escape first; the form stays.
    if ((e.target as Element).getAttribute?.("aria-expanded") === "true") return;
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit();
    }
  };
}
