import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";

/** Renders the entry's tree into #root (every page template has one). */
export function mount(node: ReactNode): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("The page has no #root element");
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
}
