// Offline validation of the unified manifest against the JSON schema Microsoft ships in
// @microsoft/app-manifest (the same ajv-draft-04 check AppManifestUtils.validateAgainstSchema runs,
// but with the bundled schema instead of downloading the $schema URL).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";

const require = createRequire(import.meta.url);

/** The schema of a manifest version as bundled in the package (e.g. "1.30"). */
export function bundledSchema(manifestVersion: string): Record<string, unknown> {
  const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = path.join(packageDir, "build", "json-schemas", "teams", `v${manifestVersion}`, "MicrosoftTeams.schema.json");
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** An empty list when valid; otherwise one line per schema error. */
export async function validateUnifiedManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== "string") return ["manifestVersion is missing"];
  // The library's TeamsManifest type is generated from the schema; ours is checked by it at run time.
  return AppManifestUtils.validateAgainstSchema(manifest as never, bundledSchema(version) as never);
}
