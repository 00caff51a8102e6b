// Offline validation of the unified manifest and its localization files against the JSON schemas
// Microsoft ships in @microsoft/app-manifest (the same ajv-draft-04 check
// AppManifestUtils.validateAgainstSchema runs, but with the bundled schema instead of downloading
// the $schema URL).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { AppManifestUtils } from "@microsoft/app-manifest";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { valueAtKey } from "./render-manifests";

const require = createRequire(import.meta.url);

function schemaFile(manifestVersion: string, name: string): Record<string, unknown> {
  const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const file = path.join(packageDir, "build", "json-schemas", "teams", `v${manifestVersion}`, name);
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** The schema of a manifest version as bundled in the package (e.g. "1.30"). */
export function bundledSchema(manifestVersion: string): Record<string, unknown> {
  return schemaFile(manifestVersion, "MicrosoftTeams.schema.json");
}

/** The localization-file schema of the same version. */
export function bundledLocalizationSchema(manifestVersion: string): Record<string, unknown> {
  return schemaFile(manifestVersion, "MicrosoftTeams.Localization.schema.json");
}

/** An empty list when valid; otherwise one line per schema error. */
export async function validateUnifiedManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== "string") return ["manifestVersion is missing"];
  // The library's TeamsManifest type is generated from the schema; ours is checked by it at run time.
  return AppManifestUtils.validateAgainstSchema(manifest as never, bundledSchema(version) as never);
}

/**
 * A localization file against its schema, plus what the schema cannot see: every key must name a
 * string the manifest has (a renamed tab would otherwise keep an orphaned translation), and every
 * file localizationInfo names must be given.
 */
export async function validateLocalization(
  manifest: Record<string, unknown>,
  files: Readonly<Record<string, Record<string, unknown>>>,
): Promise<string[]> {
  const version = manifest.manifestVersion;
  if (typeof version !== "string") return ["manifestVersion is missing"];
  const info = manifest.localizationInfo as { additionalLanguages?: { languageTag: string; file: string }[] } | undefined;
  const problems: string[] = [];
  for (const language of info?.additionalLanguages ?? []) {
    const file = files[language.file];
    if (!file) {
      problems.push(`${language.file} (${language.languageTag}) is named in localizationInfo but missing from the package`);
      continue;
    }
    problems.push(...localizationSchemaProblems(file, version).map((p) => `${language.file}: ${p}`));
    for (const key of Object.keys(file)) {
      if (key === "$schema" || key === "localizationKeys") continue;
      if (typeof valueAtKey(manifest, key) !== "string") problems.push(`${language.file}: "${key}" names no string in manifest.json`);
    }
  }
  return problems;
}

/**
 * The same draft-04 check with the library's settings except unicodeRegExp: the localization schema's
 * own patterns (`…\\b]\\.description$`) are not valid under the `u` flag ajv uses by default, so
 * AppManifestUtils.validateAgainstSchema cannot compile it.
 */
function localizationSchemaProblems(file: Record<string, unknown>, version: string): string[] {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(bundledLocalizationSchema(version));
  if (validate(file)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}. Details: ${JSON.stringify(e.params)}`);
}
