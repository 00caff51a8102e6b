import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { buildPackage, optionsFromArgs } from "../../manifest/scripts/build-package";
import { readPngHeader } from "../../manifest/scripts/png";
import { JA_LOCALIZATION_FILE, PackageError } from "../../manifest/scripts/render-manifests";
import { validateLocalization, validateUnifiedManifest } from "../../manifest/scripts/validate-manifest";

const CLIENT_ID = "0f3c6a1e-8b2d-4c5e-9f70-a1b2c3d4e5f6";
const out = mkdtempSync(path.join(tmpdir(), "cp-package-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function build(host: string, extra: string[] = []) {
  const options = optionsFromArgs(["--host", host, "--client-id", CLIENT_ID, "--out", out, ...extra]);
  const built = await buildPackage(options);
  const files = unzipSync(new Uint8Array(readFileSync(built.zipPath)));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as Record<string, any>;
  const ja = JSON.parse(new TextDecoder().decode(files[JA_LOCALIZATION_FILE])) as Record<string, any>;
  return { options, built, files, manifest, ja, text: new TextDecoder().decode(files["manifest.json"]) };
}

/** Every http(s) URL and api:// URI anywhere in the manifest. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/"((?:https?|api|brk-multihub):\/\/[^"]*)"/g)]
    .map((m) => m[1]!)
    .filter((url) => !url.startsWith("https://developer.microsoft.com/json-schemas/"));
}

describe("npm run package", () => {
  it("builds a zip with manifest.json, its Japanese file and both icons that validates against the bundled v1.30 schemas", async () => {
    const { built, files, manifest, ja } = await build("https://agenda.example.com");
    expect(path.basename(built.zipPath)).toBe("common-purpose-agenda.example.com.zip");
    expect(Object.keys(files).sort()).toEqual(["color.png", "ja.json", "manifest.json", "outline.png"]);
    expect(manifest.manifestVersion).toBe("1.30");
    expect(await validateUnifiedManifest(manifest)).toEqual([]);
    expect(await validateLocalization(manifest, { [JA_LOCALIZATION_FILE]: ja })).toEqual([]);
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: "en", additionalLanguages: [{ languageTag: "ja", file: "ja.json" }] });
    expect(readPngHeader(files["color.png"]!)).toEqual({ width: 192, height: 192, colorType: 6 });
    expect(readPngHeader(files["outline.png"]!)).toEqual({ width: 32, height: 32, colorType: 6 });
    // The unpacked copy is the same manifest.
    expect(readFileSync(path.join(built.unpackedDir, "manifest.json"), "utf8")).toBe(new TextDecoder().decode(files["manifest.json"]));
  });

  it("puts every URL on the given host, including a port, and leaves no placeholder", async () => {
    for (const host of ["https://meet.contoso.co.jp", "https://localhost:3443"]) {
      const { text, manifest } = await build(host);
      expect(text).not.toContain("{{");
      expect(text).not.toContain("example.com");
      const origin = new URL(host).origin;
      const hostName = new URL(host).host;
      const urls = urlsIn(text);
      expect(urls.length).toBeGreaterThan(15);
      for (const url of urls) {
        expect([`${origin}/`, `api://${hostName}/${CLIENT_ID}`, `brk-multihub://${hostName}`].some((prefix) => url.startsWith(prefix)), url).toBe(true);
      }
      expect(manifest.validDomains).toEqual([hostName]);
      expect(manifest.webApplicationInfo).toEqual({
        id: CLIENT_ID,
        resource: `api://${hostName}/${CLIENT_ID}`,
        nestedAppAuthInfo: [{ redirectUri: `brk-multihub://${hostName}`, scopes: [`api://${hostName}/${CLIENT_ID}/access_as_user`] }],
      });
    }
  });

  it("declares the Outlook extension the events runtime and the task pane agree on", async () => {
    const { manifest } = await build("https://agenda.example.com");
    const ext = manifest.extensions[0];
    const events = ext.runtimes.find((r: any) => r.id === "EventsRuntime");
    expect(events.code).toEqual({ page: "https://agenda.example.com/outlook/events.html", script: "https://agenda.example.com/outlook/events.js" });
    expect(events.actions.map((a: any) => a.id)).toEqual(["onAppointmentOpened", "onAttendeesChanged", "onAppointmentSending"]);
    expect(ext.autoRunEvents[0].requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.12" }]);
    expect(ext.autoRunEvents[0].events).toEqual([
      { type: "appointmentOrganizerOpened", actionId: "onAppointmentOpened" },
      { type: "appointmentAttendeesChanged", actionId: "onAttendeesChanged" },
      { type: "appointmentSending", actionId: "onAppointmentSending", options: { sendMode: "promptUser" } },
    ]);
    const ribbon = ext.ribbons[0];
    expect(ribbon.contexts).toEqual(["meetingDetailsOrganizer"]);
    const control = ribbon.tabs[0].groups[0].controls[0];
    expect(control.id).toBe("openCommonPurposePane");
    const pane = ext.runtimes.find((r: any) => r.actions.some((a: any) => a.id === control.actionId));
    expect(pane.code.page).toBe("https://agenda.example.com/outlook/taskpane.html");
  });

  it("has the meeting tab, the personal tabs and the RSC permissions", async () => {
    const { manifest } = await build("https://agenda.example.com");
    expect(manifest.configurableTabs[0]).toMatchObject({
      configurationUrl: "https://agenda.example.com/teams/config.html",
      scopes: expect.arrayContaining(["groupChat"]),
      context: ["meetingChatTab", "meetingDetailsTab", "meetingSidePanel", "meetingStage"],
    });
    expect(manifest.staticTabs.map((t: any) => [t.name, t.contentUrl])).toEqual([
      ["My commitments", "https://agenda.example.com/teams/tab.html?view=mine"],
      ["PMO", "https://agenda.example.com/pmo"],
    ]);
    expect(manifest.authorization.permissions.resourceSpecific.map((p: any) => p.name)).toEqual([
      "MailboxItem.ReadWrite.User",
      "MeetingStage.Write.Chat",
      "ChannelMeetingStage.Write.Group",
    ]);
  });

  it("keeps the app id stable across rebuilds, and takes --app-id, --version and --store-asset-id", async () => {
    const a = await build("https://agenda.example.com");
    const b = await build("https://agenda.example.com");
    expect(a.manifest.id).toBe(b.manifest.id);
    expect(a.manifest.extensions[0].alternates).toEqual([
      { hide: { customOfficeAddin: { officeAddinId: a.options.addinId } }, alternateIcons: expect.any(Object) },
    ]);
    const c = await build("https://agenda.example.com", ["--app-id", "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE", "--version", "2.3.4", "--store-asset-id", "WA200001234"]);
    expect(c.manifest.id).toBe("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    expect(c.manifest.version).toBe("2.3.4");
    expect(c.manifest.extensions[0].alternates).toEqual([
      { hide: { storeOfficeAddin: { officeAddinId: c.options.addinId, assetId: "WA200001234" } }, alternateIcons: expect.any(Object) },
    ]);
    expect(await validateUnifiedManifest(c.manifest)).toEqual([]);
  });

  it("localizes every visible string into Japanese, and the localization check is real", async () => {
    const { manifest, ja } = await build("https://agenda.example.com");
    expect(ja.$schema).toBe("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json");
    expect(ja["staticTabs[0].name"]).toBe("自分のコミットメント");
    expect(ja["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]).toBe("会議の目的");
    expect(ja["description.full"]).toMatch(/管理者/);
    const check = (file: Record<string, unknown>) => validateLocalization(manifest, { [JA_LOCALIZATION_FILE]: file });
    expect((await check({ ...ja, "description.short": "長".repeat(81) })).join("\n")).toMatch(/description\.short.*must NOT have more than 80/);
    expect((await check({ ...ja, "staticTabs[7].name": "幽霊" })).join("\n")).toMatch(/"staticTabs\[7\]\.name" names no string/);
    expect((await check({ ...ja, "bogus.key": "x" })).join("\n")).toMatch(/additionalProperties|must NOT have additional properties/);
    expect((await validateLocalization(manifest, {})).join("\n")).toMatch(/ja\.json \(ja\) is named in localizationInfo but missing/);
  });

  it("names every admin step in the long description, in English and Japanese", async () => {
    const { manifest, ja } = await build("https://agenda.example.com");
    for (const text of [manifest.description.full as string, ja["description.full"] as string]) {
      for (const step of ["User.Read.All", "OnlineMeetings.Read", "Chat.ReadBasic", "Tasks.ReadWrite", "MailboxSettings.Read", "Mail.Send", "PMO", "https://agenda.example.com/support"]) {
        expect(text).toContain(step);
      }
      expect(text.length).toBeLessThanOrEqual(4000);
    }
    expect(manifest.description.full).toMatch(/Integrated apps/);
    expect(manifest.description.full).toMatch(/Teams admin center/);
    expect(ja["description.full"]).toMatch(/統合アプリ/);
    expect(ja["description.full"]).toMatch(/Teams 管理センター/);
  });

  it("builds the multi-tenant (saas) package: same app, the admin steps start at the onboarding page", async () => {
    const lob = await build("https://agenda.example.com");
    const saas = await build("https://agenda.example.com", ["--mode", "saas", "--publisher", "Common Purpose K.K.", "--mpn-id", "7654321"]);
    expect(await validateUnifiedManifest(saas.manifest)).toEqual([]);
    expect(await validateLocalization(saas.manifest, { [JA_LOCALIZATION_FILE]: saas.ja })).toEqual([]);
    expect(saas.manifest.developer).toMatchObject({ name: "Common Purpose K.K.", mpnId: "7654321" });
    expect(saas.manifest.description.full).toContain("enables Common Purpose for the organization at https://agenda.example.com/onboarding");
    expect(saas.manifest.description.full).not.toContain("register the app");
    expect(saas.ja["description.full"]).toContain("https://agenda.example.com/onboarding で組織の Common Purpose を有効にし");
    expect(lob.manifest.description.full).toContain("register the app for your server");
    for (const text of [saas.manifest.description.full as string, saas.ja["description.full"] as string]) {
      for (const step of ["User.Read.All", "OnlineMeetings.Read", "Chat.ReadBasic", "Tasks.ReadWrite", "MailboxSettings.Read", "Mail.Send", "PMO", "Admin"]) expect(text).toContain(step);
    }
    // Everything else is the same app.
    const { description: _a, ...restSaas } = saas.manifest;
    const { description: _b, developer: _c, ...restLob } = lob.manifest;
    delete (restSaas as Record<string, unknown>).developer;
    expect(restSaas).toEqual(restLob);
  });

  it("points the listing at the privacy, terms and support pages the server serves", async () => {
    const { manifest } = await build("https://agenda.example.com");
    expect(manifest.developer).toEqual({
      name: "Common Purpose",
      websiteUrl: "https://agenda.example.com/support",
      privacyUrl: "https://agenda.example.com/privacy",
      termsOfUseUrl: "https://agenda.example.com/terms",
    });
  });

  it("has alternateIcons (64 and 128 px files), so the admin center can generate an add-in-only manifest", async () => {
    const { manifest } = await build("https://agenda.example.com");
    const alternate = manifest.extensions[0].alternates[0];
    expect(alternate.alternateIcons).toEqual({
      icon: { size: 64, url: "https://agenda.example.com/assets/icon-64.png" },
      highResolutionIcon: { size: 64, url: "https://agenda.example.com/assets/icon-128.png" },
    });
    const assets = path.resolve(import.meta.dirname, "../../assets");
    expect(readPngHeader(new Uint8Array(readFileSync(path.join(assets, "icon-64.png"))))).toMatchObject({ width: 64, height: 64 });
    expect(readPngHeader(new Uint8Array(readFileSync(path.join(assets, "icon-128.png"))))).toMatchObject({ width: 128, height: 128 });
    const listed = await build("https://agenda.example.com", ["--store-asset-id", "WA200001234"]);
    expect(listed.manifest.extensions[0].alternates[0].alternateIcons).toEqual(alternate.alternateIcons);
  });

  it("takes the publisher name and MPN id as options", async () => {
    const { manifest } = await build("https://agenda.example.com", ["--publisher", "Contoso Ltd.", "--mpn-id", "1234567"]);
    expect(manifest.developer).toMatchObject({ name: "Contoso Ltd.", mpnId: "1234567" });
    expect(await validateUnifiedManifest(manifest)).toEqual([]);
  });

  it("the schema check is real: a broken manifest fails it", async () => {
    const { manifest } = await build("https://agenda.example.com");
    manifest.extensions[0].ribbons[0].contexts = ["appointmentOrganizer"];
    delete manifest.developer;
    const problems = await validateUnifiedManifest(manifest);
    expect(problems.join("\n")).toMatch(/contexts/);
    expect(problems.join("\n")).toMatch(/developer/);
  });

  it.each([
    [[], /--host is required/],
    [["--host", "http://agenda.example.com"], /--host must use https/],
    [["--host", "agenda.example.com"], /--host must be an https URL/],
    [["--host", "https://agenda.example.com/app"], /--host must be an origin without a path/],
    [["--host", "https://agenda.example.com"], /--client-id is required/],
    [["--host", "https://agenda.example.com", "--client-id", "nope"], /--client-id must be a GUID/],
    [["--host", "https://agenda.example.com", "--client-id", CLIENT_ID, "--version", "1.0"], /--version must be x\.y\.z/],
    [["--hots", "https://agenda.example.com"], /Unknown option '--hots'/],
    [["--host", "https://agenda.example.com", "--client-id", CLIENT_ID, "--mpn-id", "MPN-12"], /--mpn-id must be/],
    [["--host", "https://agenda.example.com", "--client-id", CLIENT_ID, "--mode", "multi"], /--mode must be line-of-business .* or saas/],
    [["--host", "https://agenda.example.com", "--client-id", CLIENT_ID, "--publisher", "x".repeat(33)], /--publisher must be/],
  ])("refuses bad arguments %j with a clear message", (args, message) => {
    expect(() => optionsFromArgs(args as string[])).toThrow(PackageError);
    expect(() => optionsFromArgs(args as string[])).toThrow(message);
  });
});
