import type { Db } from "../db/database";
import { localDirectoryLookup, type DirectoryLookup } from "./directory-lookup";

/**
 * The directory the routes ask. Only the local table today; when Graph lookup arrives (Entra
 * mode) this is the one place that picks it from config.
 */
export function directoryFor(deps: { db: Db }): DirectoryLookup {
  return localDirectoryLookup(deps.db);
}
