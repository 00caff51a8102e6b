import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { buildPackage, optionsFromArgs } from "../../manifest/scripts/build-package";
import { readPngHeader } from "../../manifest/scripts/png";
import { PackageError } from "../../manifest/scripts/render-manifests";
import { validateUnifiedManifest } from "../../manifest/scripts/validate-manifest";

const CLIENT_ID = "0f3c6a1e-8b2d-4c5e-9f70-a1b2c3d4e5f6";
const out = mkdtempSync(path.join(tmpdir(), "cp-package-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function build(host: string, extra: string[] = []) {
  const options = optionsFromArgs(["--host", host, "--client-id", CLIENT_ID, "--out", out, ...extra]);
  const built = await buildPackage(options);
  const files = unzipSync(new Uint8Array(readFileSync(built.zipPath)));
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as Record<string, any>;
  return { options, built, files, manifest, text: new TextDecoder().decode(files["manifest.json"]) };
}

/** Every http(s) URL and api:// URI anywhere in the manifest. */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/"((?:https?|api|brk-multihub):\/\/[^"]*)"/g)]
    .map((m) => m[1]!)
    .filter((url) => !url.startsWith("https://developer.microsoft.com/json-schemas/"));
}

describe("npm run package", () => {
  it("builds a zip with manifest.json and both icons that validates against the bundled v1.30 schema", async () => {
    const { built, files, manifest } = await build("https://agenda.example.com");
    expect(path.basename(built.zipPath)).toBe("common-purpose-agenda.example.com.zip");
    expect(Object.keys(files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    expect(manifest.manifestVersion).toBe("1.30");
    expect(await validateUnifiedManifest(manifest)).toEqual([]);
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
    expect(a.manifest.extensions[0].alternates).toEqual([{ hide: { customOfficeAddin: { officeAddinId: a.options.addinId } } }]);
    const c = await build("https://agenda.example.com", ["--app-id", "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE", "--version", "2.3.4", "--store-asset-id", "WA200001234"]);
    expect(c.manifest.id).toBe("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee");
    expect(c.manifest.version).toBe("2.3.4");
    expect(c.manifest.extensions[0].alternates).toEqual([{ hide: { storeOfficeAddin: { officeAddinId: c.options.addinId, assetId: "WA200001234" } } }]);
    expect(await validateUnifiedManifest(c.manifest)).toEqual([]);
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
  ])("refuses bad arguments %j with a clear message", (args, message) => {
    expect(() => optionsFromArgs(args as string[])).toThrow(PackageError);
    expect(() => optionsFromArgs(args as string[])).toThrow(message);
  });
});
