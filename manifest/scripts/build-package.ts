// `npm run package -- --host https://agenda.example.com --client-id <guid> [--app-id <guid>]
//  [--mode line-of-business|saas] [--version x.y.z] [--addin-id <guid>] [--store-asset-id WA…]
//  [--publisher <name>] [--mpn-id <id>] [--out dir]`
// Writes the Teams/Microsoft 365 app package (manifest.json, its Japanese localization file and the
// icons, each validated against the bundled schemas) and the XML add-in manifest for Outlook clients
// that don't read the unified manifest (Mac, perpetual and older Windows).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { zipSync } from "fflate";
import {
  ASSETS_DIR,
  DEFAULT_PUBLISHER,
  JA_LOCALIZATION_FILE,
  PackageError,
  nameBasedGuid,
  parseOrigin,
  renderJapaneseLocalization,
  renderUnifiedManifest,
  renderXmlManifest,
  requireGuid,
  requireVersion,
  type PackageOptions,
} from "./render-manifests";
import { validateLocalization, validateUnifiedManifest } from "./validate-manifest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function optionsFromArgs(argv: readonly string[]): PackageOptions & { outDir: string } {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        host: { type: "string" },
        "client-id": { type: "string" },
        "app-id": { type: "string" },
        "addin-id": { type: "string" },
        version: { type: "string" },
        "store-asset-id": { type: "string" },
        mode: { type: "string" },
        publisher: { type: "string" },
        "mpn-id": { type: "string" },
        out: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new PackageError(`${(error as Error).message}. Usage: npm run package -- --host https://agenda.example.com --client-id <guid>`);
  }
  const origin = parseOrigin(values.host);
  if (values["client-id"] === undefined) {
    throw new PackageError("--client-id is required: the Application (client) id of the Entra app registration (README, 'Register the app in Entra ID')");
  }
  const clientId = requireGuid("--client-id", values["client-id"]);
  const appId = values["app-id"] !== undefined ? requireGuid("--app-id", values["app-id"]) : nameBasedGuid(`app\n${origin}\n${clientId}`);
  const addinId = values["addin-id"] !== undefined ? requireGuid("--addin-id", values["addin-id"]) : nameBasedGuid(`xml-addin\n${appId}`);
  const packageVersion = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  const version = requireVersion(values.version ?? packageVersion);
  const storeAssetId = values["store-asset-id"]?.trim() || null;
  if (storeAssetId !== null && !/^[A-Za-z0-9]{1,64}$/.test(storeAssetId)) {
    throw new PackageError(`--store-asset-id must be the AppSource asset id, e.g. WA200000000 (got '${storeAssetId}')`);
  }
  const publisherName = (values.publisher ?? DEFAULT_PUBLISHER).trim();
  if (publisherName === "" || publisherName.length > 32) {
    throw new PackageError(`--publisher must be the publisher's name, 1 to 32 characters (got '${publisherName}')`);
  }
  const mpnId = values["mpn-id"]?.trim() || null;
  if (mpnId !== null && !/^\d{1,10}$/.test(mpnId)) {
    throw new PackageError(`--mpn-id must be your Microsoft AI Cloud Partner Program (MPN) id, digits only, e.g. 1234567 (got '${mpnId}')`);
  }
  const mode = values.mode ?? "line-of-business";
  if (mode !== "line-of-business" && mode !== "saas") {
    throw new PackageError(`--mode must be line-of-business (one organization's own server) or saas (one multi-tenant service) (got '${mode}')`);
  }
  return {
    mode,
    origin,
    clientId,
    appId,
    addinId,
    version,
    storeAssetId,
    publisherName,
    mpnId,
    outDir: path.resolve(values.out ?? path.join(ROOT, "dist", "package")),
  };
}

export interface BuiltPackage {
  zipPath: string;
  xmlPath: string;
  manifest: Record<string, unknown>;
  /** manifest.json and the icons unpacked into <outDir>/<host>/. */
  unpackedDir: string;
}

/** File-name-safe form of the host (a port's colon becomes a dash). */
export const hostSlug = (origin: string) => new URL(origin).host.replace(/[^A-Za-z0-9.-]/g, "-");

export async function buildPackage(options: PackageOptions & { outDir: string }): Promise<BuiltPackage> {
  const manifest = renderUnifiedManifest(options);
  const localization = { [JA_LOCALIZATION_FILE]: renderJapaneseLocalization(options, String(manifest.manifestVersion)) };
  const problems = [...(await validateUnifiedManifest(manifest)), ...(await validateLocalization(manifest, localization))];
  if (problems.length > 0) {
    throw new PackageError(`manifest.json does not match the ${String(manifest.manifestVersion)} schemas:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  const files = {
    "manifest.json": json(manifest),
    [JA_LOCALIZATION_FILE]: json(localization[JA_LOCALIZATION_FILE]),
    "color.png": new Uint8Array(readFileSync(path.join(ASSETS_DIR, "color.png"))),
    "outline.png": new Uint8Array(readFileSync(path.join(ASSETS_DIR, "outline.png"))),
  };
  mkdirSync(options.outDir, { recursive: true });
  const slug = hostSlug(options.origin);
  const zipPath = path.join(options.outDir, `common-purpose-${slug}.zip`);
  const xmlPath = path.join(options.outDir, `outlook-addin-${slug}.xml`);
  writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date("2026-01-01T00:00:00Z") }));
  writeFileSync(xmlPath, renderXmlManifest(options));
  // The same files unpacked, for tools that take a manifest path (office-addin-debugging sideload).
  const unpackedDir = path.join(options.outDir, slug);
  mkdirSync(unpackedDir, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(unpackedDir, name), bytes);
  return { zipPath, xmlPath, manifest, unpackedDir };
}

async function main(): Promise<void> {
  try {
    const options = optionsFromArgs(process.argv.slice(2));
    const built = await buildPackage(options);
    const rel = (p: string) => path.relative(process.cwd(), p) || p;
    process.stdout.write(
      [
        `App package (${options.mode === "saas" ? "multi-tenant service: AppSource / Teams Store" : "line-of-business: Teams admin center / Microsoft 365 admin center"}): ${rel(built.zipPath)}`,
        `  app id ${options.appId}, version ${options.version}, host ${options.origin}, publisher ${options.publisherName}${options.mpnId ? `, MPN id ${options.mpnId}` : ""}`,
        `  validated offline against the v${String(built.manifest.manifestVersion)} manifest and localization schemas (ja.json)`,
        ...(options.mode === "saas" && !options.mpnId ? ["  note: a store listing needs Publisher Verification, which needs --mpn-id"] : []),
        `XML add-in manifest (Outlook on Mac, perpetual and older Windows, when not deployed through the admin center): ${rel(built.xmlPath)}`,
        `  add-in id ${options.addinId}`,
        `Unpacked (for npm run sideload): ${rel(path.join(built.unpackedDir, "manifest.json"))}`,
        "",
      ].join("\n"),
    );
  } catch (error) {
    if (error instanceof PackageError) {
      process.stderr.write(`npm run package: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
