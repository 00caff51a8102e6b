// Contract test of people's time zones and languages in Entra mode: Exchange mailbox settings read
// through the real Graph client from a local stand-in answering with recorded Graph responses.
// Windows and IANA zone names both become IANA; a language the app doesn't speak, a person without
// a mailbox or a Graph outage leave the organisation's default in place, and answers are cached.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "../../../src/server/db/create-db";
import { createGraphClient } from "../../../src/server/graph/graph-client";
import { appLanguage, ianaTimeZone } from "../../../src/server/people/graph-mailbox-settings";
import { clocksFor, graphPersonSettings } from "../../../src/server/people/person-settings";
import { startRecordedGraph, type RecordedGraph } from "./recorded-graph";

const TENANT = "11111111-2222-3333-4444-555555555555";
const DEFAULTS = { timeZone: "UTC", language: "en" } as const;

describe("mailbox settings through Microsoft Graph", () => {
  let graph: RecordedGraph;
  let handle: DbHandle;
  let clock = Date.parse("2026-12-07T00:00:00Z");
  const warnings: string[] = [];
  const tokensAsked: string[] = [];
  const source = (ttlSec = 3600) =>
    graphPersonSettings({
      db: handle.db,
      graph: createGraphClient({ baseUrl: graph.baseUrl, sleep: async () => undefined }),
      tokens: { tokenFor: async (tenantId) => (tokensAsked.push(tenantId), "app-token") },
      ttlSec,
      log: { warn: (_d, m) => warnings.push(m) },
      now: () => clock,
    });

  beforeEach(async () => {
    graph = await startRecordedGraph();
    handle = await createDb({ kind: "sqlite", file: ":memory:" });
    warnings.length = 0;
    tokensAsked.length = 0;
  });
  afterEach(async () => {
    await graph.close();
    await handle.close();
  });

  it("reads each person's zone and language with an app-only token, Windows zone names made IANA", async () => {
    graph.on(/aiko\.tanaka/, "mailbox-settings-windows-zone");
    graph.on(/megan\.bowen/, "mailbox-settings-iana-zone");
    graph.on(/pierre\.durand/, "mailbox-settings-other-language");
    const clocks = await clocksFor(source(), DEFAULTS, TENANT, ["Aiko.Tanaka@contoso.com", "megan.bowen@contoso.com", "pierre.durand@contoso.com"]);
    expect(Object.fromEntries(clocks)).toEqual({
      "aiko.tanaka@contoso.com": { timeZone: "Asia/Tokyo", language: "ja" },
      "megan.bowen@contoso.com": { timeZone: "America/Los_Angeles", language: "en" },
      // French: the app speaks ja and en, so the organisation's language; the zone is Paris's.
      "pierre.durand@contoso.com": { timeZone: "Europe/Paris", language: "en" },
    });
    expect(graph.seen.map((r) => r.url)).toEqual([
      "/v1.0/users/aiko.tanaka@contoso.com/mailboxSettings?$select=timeZone,language",
      "/v1.0/users/megan.bowen@contoso.com/mailboxSettings?$select=timeZone,language",
      "/v1.0/users/pierre.durand@contoso.com/mailboxSettings?$select=timeZone,language",
    ]);
    expect(graph.seen.every((r) => r.authorization === "Bearer app-token")).toBe(true);
    expect(tokensAsked).toEqual([TENANT]);
  });

  it("asks Graph again only after the cache time", async () => {
    graph.on(/aiko\.tanaka/, "mailbox-settings-windows-zone");
    await clocksFor(source(), DEFAULTS, TENANT, ["aiko.tanaka@contoso.com"]);
    clock += 3599_000;
    await clocksFor(source(), DEFAULTS, TENANT, ["aiko.tanaka@contoso.com"]);
    expect(graph.seen).toHaveLength(1);
    clock += 2_000;
    await clocksFor(source(), DEFAULTS, TENANT, ["aiko.tanaka@contoso.com"]);
    expect(graph.seen).toHaveLength(2);
  });

  it("a person without a mailbox gets the defaults (remembered, not asked on every run)", async () => {
    graph.on(/room/, "mailbox-settings-no-mailbox");
    const clocks = await clocksFor(source(), DEFAULTS, TENANT, ["room-7f@contoso.com"]);
    expect(clocks.get("room-7f@contoso.com")).toEqual(DEFAULTS);
    await clocksFor(source(), DEFAULTS, TENANT, ["room-7f@contoso.com"]);
    expect(graph.seen).toHaveLength(1);
    expect(warnings[0]).toContain("MailboxNotEnabledForRESTAPI");
  });

  it("when Graph is down, what the cache holds (or the default) answers, and the failure is logged", async () => {
    graph.on(/aiko\.tanaka/, "mailbox-settings-windows-zone");
    await clocksFor(source(0), DEFAULTS, TENANT, ["aiko.tanaka@contoso.com"]);
    await graph.close();
    const clocks = await clocksFor(source(0), DEFAULTS, TENANT, ["aiko.tanaka@contoso.com", "megan.bowen@contoso.com"]);
    expect(clocks.get("aiko.tanaka@contoso.com")).toEqual({ timeZone: "Asia/Tokyo", language: "ja" });
    expect(clocks.get("megan.bowen@contoso.com")).toEqual(DEFAULTS);
    expect(warnings.some((w) => w.includes("could not be reached"))).toBe(true);
    graph = await startRecordedGraph(); // for afterEach
  });

  it("maps zone names and locales", () => {
    expect(ianaTimeZone("Tokyo Standard Time")).toBe("Asia/Tokyo");
    expect(ianaTimeZone("Pacific Standard Time")).toBe("America/Los_Angeles");
    expect(ianaTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(ianaTimeZone("UTC")).toBe("UTC");
    expect(ianaTimeZone("Not A Zone")).toBeNull();
    expect(ianaTimeZone("")).toBeNull();
    expect([appLanguage("ja-JP"), appLanguage("en-GB"), appLanguage("fr-FR"), appLanguage(null)]).toEqual(["ja", "en", null, null]);
  });
});
