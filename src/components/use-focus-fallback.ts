// An action that removes the focused control (a "Confirm" that is done, a form that closes) makes
// the browser drop focus to <body>: keyboard and screen-reader users lose their place and start
// again from the top. Arm this before such an action; when a later render finds focus fallen out of
// the page, it is put on the fallback element (the list item, or what replaced the control).
import { useEffect, useRef, type RefObject } from "react";

function focusFellOut(doc: Document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || !active.isConnected;
}

export function useFocusFallback<T extends HTMLElement>(): { ref: RefObject<T | null>; arm(): void } {
  const ref = useRef<T>(null);
  const armed = useRef(false);
  // Runs after every render: the control may go away only when the server's answer arrives.
  useEffect(() => {
    const target = ref.current;
    if (!armed.current || !target) return;
    if (focusFellOut(target.ownerDocument)) {
      armed.current = false;
      target.focus();
    } else if (!target.contains(target.ownerDocument.activeElement)) {
      // The user has moved on elsewhere: never pull focus back to us.
      armed.current = false;
    }
  });
  return { ref, arm: () => (armed.current = true) };
}
