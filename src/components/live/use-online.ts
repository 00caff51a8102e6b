// Whether the browser has a network connection (navigator.onLine and its online/offline events): the
// one answer that the live badge and the offline banner both read, so they never disagree.
import { useSyncExternalStore } from "react";

function subscribe(notify: () => void): () => void {
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  return () => {
    window.removeEventListener("online", notify);
    window.removeEventListener("offline", notify);
  };
}

const isOnline = () => typeof navigator === "undefined" || navigator.onLine !== false;

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}
