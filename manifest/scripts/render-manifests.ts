// Turns the two manifest templates into the manifests of one deployment (host, Entra client id,
// app id, version). Pure: no files written here, so tests render for any host.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JA_MANIFEST_STRINGS, listingText, type DeploymentMode } from "./listing-text";

export const MANIFEST_DIR = fileURLToPath(new URL("..", import.meta.url));
export const ASSETS_DIR = fileURLToPath(new URL("../../assets", import.meta.url));

export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}

export interface PackageOptions {
  /** https origin users reach the server at, e.g. https://agenda.example.com (a port is kept). */
  origin: string;
  /** The Entra app registration's client id. */
  clientId: string;
  /** The Teams app id; derived from origin + client id when not given, so rebuilds update the same app. */
  appId: string;
  /** The XML add-in's <Id>, hidden by the unified manifest; derived from the app id when not given. */
  addinId: string;
  /** x.y.z */
  version: string;
  /** AppSource asset id (WA…) when the XML add-in is listed in the store; else it is a custom add-in. */
  storeAssetId: string | null;
  /** developer.name: who publishes the app (at most 32 characters). */
  publisherName: string;
  /** developer.mpnId: the Microsoft AI Cloud Partner Program id, for Publisher Verification; null = none. */
  mpnId: string | null;
  /** line-of-business (one organization's own server and package) or saas (one package for every organization). */
  mode: DeploymentMode;
}

export const DEFAULT_PUBLISHER = "Common Purpose";
/** The Japanese strings, as a localization file next to manifest.json (localizationInfo names it). */
export const JA_LOCALIZATION_FILE = "ja.json";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEMVER = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/** Accepts `https://host[:port][/]` only: every manifest URL is built from it. */
export function parseOrigin(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === "") {
    throw new PackageError("--host is required: the https address users reach the server at, e.g. --host https://agenda.example.com");
  }
  const text = raw.trim();
  if (!URL.canParse(text)) throw new PackageError(`--host must be an https URL such as https://agenda.example.com (got '${text}')`);
  const url = new URL(text);
  if (url.protocol !== "https:") {
    throw new PackageError(`--host must use https: Outlook and Teams load add-ins only over https (got '${text}')`);
  }
  if ((url.pathname !== "/" && url.pathname !== "") || url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new PackageError(`--host must be an origin without a path, query or credentials, e.g. https://agenda.example.com (got '${text}')`);
  }
  return url.origin;
}

export function requireGuid(name: string, raw: string | undefined): string {
  if (raw === undefined || !GUID.test(raw.trim())) {
    throw new PackageError(`${name} must be a GUID such as 00000000-0000-0000-0000-000000000000 (got '${raw ?? ""}')`);
  }
  return raw.trim().toLowerCase();
}

export function requireVersion(raw: string): string {
  if (!SEMVER.test(raw)) throw new PackageError(`--version must be x.y.z, e.g. 1.0.0 (got '${raw}')`);
  return raw;
}

/** A stable GUID from a name (SHA-256 name-based, RFC 9562 version 8). */
export function nameBasedGuid(name: string): string {
  const bytes = createHash("sha256").update(`common-purpose-package\n${name}`).digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function fill(template: string, options: PackageOptions, escape: (s: string) => string): string {
  const host = new URL(options.origin).host;
  const values: Record<string, string> = {
    ORIGIN: options.origin,
    HOST: host,
    CLIENT_ID: options.clientId,
    APP_ID: options.appId,
    ADDIN_ID: options.addinId,
    VERSION: options.version,
    PUBLISHER: options.publisherName,
  };
  const out = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new PackageError(`The template uses an unknown placeholder ${whole}`);
    return escape(value);
  });
  return out;
}

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);
const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export type UnifiedManifest = Record<string, unknown> & { extensions: Array<Record<string, unknown>> };

export function renderUnifiedManifest(options: PackageOptions): UnifiedManifest {
  const template = readFileSync(`${MANIFEST_DIR}/app-manifest.template.json`, "utf8");
  const manifest = JSON.parse(fill(template, options, jsonEscape)) as UnifiedManifest;
  const text = listingText("en", { origin: options.origin, mode: options.mode });
  manifest.name = { short: text.nameShort, full: text.nameFull };
  manifest.description = { short: text.descriptionShort, full: text.descriptionFull };
  manifest.developer = {
    ...(manifest.developer as Record<string, unknown>),
    name: options.publisherName,
    ...(options.mpnId !== null ? { mpnId: options.mpnId } : {}),
  };
  if (options.storeAssetId !== null) {
    const alternate = (manifest.extensions[0]?.alternates as Array<Record<string, unknown>> | undefined)?.[0];
    if (alternate) alternate.hide = { storeOfficeAddin: { officeAddinId: options.addinId, assetId: options.storeAssetId } };
  }
  return manifest;
}

/** The Japanese localization file (MicrosoftTeams.Localization.schema.json of the manifest's version). */
export function renderJapaneseLocalization(options: PackageOptions, manifestVersion: string): Record<string, string> {
  const text = listingText("ja", { origin: options.origin, mode: options.mode });
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    "name.short": text.nameShort,
    "name.full": text.nameFull,
    "description.short": text.descriptionShort,
    "description.full": text.descriptionFull,
    ...JA_MANIFEST_STRINGS,
  };
}

/** The value at a localization key such as `extensions[0].ribbons[0].tabs[0].groups[0].label`. */
export function valueAtKey(manifest: unknown, key: string): unknown {
  let node: unknown = manifest;
  for (const part of key.split(".")) {
    const match = /^([A-Za-z_$][\w$]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    node = (node as Record<string, unknown> | undefined)?.[match[1]!];
    for (const index of match[2]!.matchAll(/\[(\d+)\]/g)) node = (node as unknown[] | undefined)?.[Number(index[1])];
  }
  return node;
}

export function renderXmlManifest(options: PackageOptions): string {
  const template = readFileSync(`${MANIFEST_DIR}/outlook-addin.template.xml`, "utf8");
  return fill(template, options, xmlEscape);
}
