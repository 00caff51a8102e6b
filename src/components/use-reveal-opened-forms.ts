// An inline form that opens near the bottom of a narrow panel (the Teams side panel) gets the focus,
// and the browser scrolls only as far as the focused field: its top edge shows, the rest of the form
// and its submit button stay below the fold. When the focus first enters a form, the whole form is
// brought into view with the least scrolling ("nearest"); a form taller than the visible area keeps
// the focused field in view instead. Attached once at the surface's root (focus events bubble), so
// every inline form of the surface gets it, whichever section renders it.
import { useCallback, useRef, type FocusEvent } from "react";

/** The height of the visible area the element scrolls in: its nearest scrolling ancestor, within the window. */
function visibleHeight(el: HTMLElement): number {
  const view = el.ownerDocument.defaultView;
  const windowHeight = view?.innerHeight ?? Infinity;
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = view?.getComputedStyle(node).overflowY ?? "";
    if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) {
      return Math.min(node.clientHeight, windowHeight);
    }
  }
  return windowHeight;
}

/** Scrolls the form (with its buttons) into view, or only the focused field when the form cannot fit. */
export function revealForm(form: HTMLElement, focused: HTMLElement): void {
  const fits = form.getBoundingClientRect().height <= visibleHeight(form);
  (fits ? form : focused).scrollIntoView?.({ block: "nearest" });
}

/** An onFocus handler for a surface's root: reveals each form the first time the focus enters it. */
export function useRevealOpenedForms(): (event: FocusEvent<HTMLElement>) => void {
  const revealed = useRef(new WeakSet<HTMLFormElement>());
  return useCallback((event: FocusEvent<HTMLElement>) => {
    const focused = event.target;
    const form = focused.closest("form");
    if (!form || revealed.current.has(form)) return;
    revealed.current.add(form);
    revealForm(form, focused);
  }, []);
}
