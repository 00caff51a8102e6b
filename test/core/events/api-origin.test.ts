import { describe, expect, it } from "vitest";
import { API_ORIGIN_PLACEHOLDER, bakedApiOrigin } from "../../../src/core/events/api-origin";

describe("bakedApiOrigin", () => {
  it("is null while the placeholder is unfilled", () => {
    expect(bakedApiOrigin(API_ORIGIN_PLACEHOLDER)).toBeNull();
  });
  it("returns the origin the server filled in, without a trailing slash", () => {
    expect(bakedApiOrigin("https://agenda.contoso.com/")).toBe("https://agenda.contoso.com");
  });
  it("refuses anything that is not an http(s) URL", () => {
    expect(bakedApiOrigin("javascript:alert(1)")).toBeNull();
    expect(bakedApiOrigin('https://x" onload="')).toBeNull();
  });
});
