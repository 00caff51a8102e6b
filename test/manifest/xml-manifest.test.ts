// The XML manifest has no offline validator (PLATFORM.md §1), so its structure is checked here.
import { describe, expect, it } from "vitest";
import { INSIGHT_ICON_ID } from "../../src/platform/office/office-events";
import { nameBasedGuid, renderUnifiedManifest, renderXmlManifest, type PackageOptions } from "../../manifest/scripts/render-manifests";

const options: PackageOptions = {
  origin: "https://meet.contoso.com",
  clientId: "0f3c6a1e-8b2d-4c5e-9f70-a1b2c3d4e5f6",
  appId: nameBasedGuid("test-app"),
  addinId: nameBasedGuid("test-addin"),
  version: "1.2.3",
  storeAssetId: null,
  publisherName: "Common Purpose",
  mpnId: null,
  mode: "line-of-business",
};
const xml = renderXmlManifest(options);

/** The text between <tag> and </tag> of each nested VersionOverrides, outermost first. */
function section(start: string, end: string): string {
  const from = xml.indexOf(start);
  const to = xml.lastIndexOf(end);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return xml.slice(from, to);
}

describe("the XML add-in-only manifest", () => {
  it("is a well-formed MailApp: balanced tags and no placeholders left", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(/<OfficeApp [^>]*xsi:type="MailApp"/);
    expect(xml).not.toContain("{{");
    const stack: string[] = [];
    const body = xml.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
    for (const m of body.matchAll(/<(\/?)([A-Za-z:_][\w:.-]*)[^>]*?(\/?)>/g)) {
      const [, closing, name, selfClosing] = m;
      if (selfClosing) continue;
      if (closing) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
  });

  it("uses the given ids and version, matching the unified manifest's alternates and webApplicationInfo", () => {
    const unified = renderUnifiedManifest(options) as any;
    expect(xml).toContain(`<Id>${options.addinId}</Id>`);
    expect(unified.extensions[0].alternates[0].hide.customOfficeAddin.officeAddinId).toBe(options.addinId);
    expect(xml).toContain("<Version>1.2.3.0</Version>");
    expect(xml).toMatch(/<WebApplicationInfo>\s*<Id>0f3c6a1e-8b2d-4c5e-9f70-a1b2c3d4e5f6<\/Id>\s*<Resource>api:\/\/meet\.contoso\.com\/0f3c6a1e-8b2d-4c5e-9f70-a1b2c3d4e5f6<\/Resource>/);
    expect(unified.webApplicationInfo.resource).toBe("api://meet.contoso.com/0f3c6a1e-8b2d-4c5e-9f70-a1b2c3d4e5f6");
  });

  it("puts every URL on the given host", () => {
    const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"|>(https?:\/\/[^<]+)</g)].map((m) => m[1] ?? m[2]!);
    const ours = urls.filter((u) => !u.startsWith("http://schemas.microsoft.com/") && !u.startsWith("http://www.w3.org/"));
    expect(ours.length).toBeGreaterThan(10);
    for (const url of ours) expect(url.startsWith("https://meet.contoso.com")).toBe(true);
  });

  it("has VersionOverrides 1.0 with the organizer button, and 1.1 nested inside with the launch events", () => {
    const v10 = section('xsi:type="VersionOverridesV1_0"', "</VersionOverrides>\n</OfficeApp>");
    expect(v10).toContain('<ExtensionPoint xsi:type="AppointmentOrganizerCommandSurface">');
    expect(v10).toMatch(/<Control xsi:type="Button" id="openCommonPurposePane">/);
    const v11 = section('xsi:type="VersionOverridesV1_1"', "</VersionOverrides>\n  </VersionOverrides>");
    expect(v11).toMatch(/<bt:Sets DefaultMinVersion="1\.12">/);
    expect(v11).toMatch(/<Control xsi:type="Button" id="openCommonPurposePane">/);
    expect(v11).toContain('<LaunchEvent Type="OnAppointmentOrganizer" FunctionName="onAppointmentOpened"/>');
    expect(v11).toContain('<LaunchEvent Type="OnAppointmentAttendeesChanged" FunctionName="onAttendeesChanged"/>');
    expect(v11).toContain('<LaunchEvent Type="OnAppointmentSend" FunctionName="onAppointmentSending" SendMode="PromptUser"/>');
    expect(v11).toMatch(/<Runtime resid="Events\.Url">\s*<Override type="javascript" resid="EventsJs\.Url"\/>/);
    expect(v11).toContain('<bt:Url id="Events.Url" DefaultValue="https://meet.contoso.com/outlook/events.html"/>');
    expect(v11).toContain('<bt:Url id="EventsJs.Url" DefaultValue="https://meet.contoso.com/outlook/events.js"/>');
  });

  it("defines every resid it references", () => {
    const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined.has(id)).toBe(true);
  });

  it("defines the notification icon id the event handlers use, where the launch events are", () => {
    const v11 = section('xsi:type="VersionOverridesV1_1"', "</VersionOverrides>\n  </VersionOverrides>");
    expect(v11).toContain(`<bt:Image id="${INSIGHT_ICON_ID}" DefaultValue="https://meet.contoso.com/assets/icon-16.png"/>`);
  });

  it("points SupportUrl at the support page and names the publisher", () => {
    expect(xml).toContain('<SupportUrl DefaultValue="https://meet.contoso.com/support"/>');
    expect(xml).toContain("<ProviderName>Common Purpose</ProviderName>");
  });
});
