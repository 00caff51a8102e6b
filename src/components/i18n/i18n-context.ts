// The language of a subtree. A context (not a global) because one page may hold several surfaces in
// different languages (the /preview page, or a pane whose agenda language differs from the host's).
import { createContext } from "react";
import type { Lang } from "../../core/api/primitives";

export const I18nContext = createContext<Lang>("en");
