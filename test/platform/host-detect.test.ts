import { describe, expect, it } from "vitest";
import { apiBaseUrl, isFramed, isInsideOffice, queryParam, whenOfficeReady } from "../../src/platform/host-detect";

describe("host detection", () => {
  it("is inside Office only when Office.js has a host", () => {
    expect(isInsideOffice({})).toBe(false);
    expect(isInsideOffice({ Office: { context: {} } })).toBe(false);
    expect(isInsideOffice({ Office: { context: { host: "Outlook" } } })).toBe(true);
    expect(isInsideOffice({ Office: { context: { mailbox: {} } } })).toBe(true);
  });

  it("waits for Office.onReady and says whether there is a host", async () => {
    expect(await whenOfficeReady(50, {})).toBe(false);
    expect(await whenOfficeReady(50, { Office: { onReady: async () => ({ host: "Outlook" }) } })).toBe(true);
    expect(await whenOfficeReady(50, { Office: { onReady: async () => ({ host: null }) } })).toBe(false);
    expect(await whenOfficeReady(50, { Office: { onReady: () => new Promise(() => undefined) } })).toBe(false);
  });

  it("reads the API origin, query parameters and framing", () => {
    expect(apiBaseUrl({ origin: "https://app.example" })).toBe("https://app.example");
    expect(queryParam("agenda", { search: "?agenda=agd_1&x=2" })).toBe("agd_1");
    expect(queryParam("missing", { search: "" })).toBeNull();
    const win = {};
    expect(isFramed({ self: win, top: win })).toBe(false);
    expect(isFramed({ self: win, top: {} })).toBe(true);
    expect(
      isFramed({
        self: win,
        get top(): unknown {
          throw new Error("cross-origin");
        },
      }),
    ).toBe(true);
  });
});
