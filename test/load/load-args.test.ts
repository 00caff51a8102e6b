import { describe, expect, it } from "vitest";
import { parseLoadArgs } from "./load-args";

describe("npm run load options", () => {
  it("defaults to 10 s, 50 connections, 20 % writes, a server of its own", () => {
    expect(parseLoadArgs([])).toEqual({ durationSec: 10, connections: 50, url: null, pid: null, writeShare: 0.2, rateLimit: false, ci: false });
  });

  it("reads every option", () => {
    expect(parseLoadArgs(["--duration", "600", "--connections", "200", "--writes", "0.5", "--url", "http://localhost:3000/", "--pid", "42", "--rate-limit", "--ci"])).toEqual({
      durationSec: 600,
      connections: 200,
      url: "http://localhost:3000",
      pid: 42,
      writeShare: 0.5,
      rateLimit: true,
      ci: true,
    });
  });

  it.each([
    ["http://example.com:3000"],
    ["http://10.0.0.5:3000"],
    ["https://127.0.0.1:3000"],
    ["http://127.0.0.1.example.com"],
  ])("refuses a target that is not plain-http loopback: %s", (url) => {
    expect(() => parseLoadArgs(["--url", url])).toThrow();
  });

  it("accepts loopback targets", () => {
    for (const url of ["http://127.0.0.1:1", "http://127.1.2.3:8080", "http://[::1]:3000", "http://localhost:3000"]) {
      expect(parseLoadArgs(["--url", url]).url).toBe(url);
    }
  });

  it("bounds the duration and the connections, and refuses unknown flags", () => {
    expect(() => parseLoadArgs(["--duration", "0"])).toThrow(/--duration/);
    expect(() => parseLoadArgs(["--duration", "3601"])).toThrow(/--duration/);
    expect(() => parseLoadArgs(["--duration", "1.5"])).toThrow(/--duration/);
    expect(() => parseLoadArgs(["--connections", "1001"])).toThrow(/--connections/);
    expect(() => parseLoadArgs(["--writes", "2"])).toThrow(/--writes/);
    expect(() => parseLoadArgs(["--forever"])).toThrow(/unknown option --forever/);
  });
});
