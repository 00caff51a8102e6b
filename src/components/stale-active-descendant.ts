// Fluent v9's Combobox unmounts its listbox when it loses focus but leaves aria-activedescendant on
// the input pointing at the unmounted option, which axe reports as an invalid ARIA value (critical).
// Pass this as the Combobox's onBlur: once focus has really left, the stale reference is dropped.
import type { FocusEvent } from "react";

export function dropStaleActiveDescendant(event: FocusEvent<HTMLInputElement>): void {
  const input = event.currentTarget;
  setTimeout(() => {
    const id = input.getAttribute("aria-activedescendant");
    if (id && input.ownerDocument.activeElement !== input && !input.ownerDocument.getElementById(id)) {
      input.removeAttribute("aria-activedescendant");
    }
  }, 0);
}
