// A Teams short link (/meet/<id>) carries no thread id: in Entra mode the server asks Microsoft Graph,
// on behalf of the organizer, which of their online meetings has that join URL, and stores its chat
// thread id. Graph answers through the recorded-Graph server; the on-behalf-of exchange is faked.
import { afterEach, describe, expect, it } from "vitest";
import type { Agenda } from "../../../src/core/api/contract";
import { loadConfig } from "../../../src/server/config";
import { graphAccessFor } from "../../../src/server/graph/graph-access";
import { graphMeetingProver } from "../../../src/server/graph/meeting-proof";
import { buildEntraTestApp, type EntraTestApp } from "../entra-test-app";

const SHORT = "https://teams.microsoft.com/meet/2736141234567?p=AbCdEf";
// chatInfo.threadId of recorded/online-meeting.json.
const THREAD = "19:meeting_MGIxNjA4MDAtZGE3YS00ZGUxLTk2ZWItODRmZjVhMmQ5MDM5@thread.v2";
const ORGANIZER = { oid: "8b081ef6-4792-4def-b2c9-c363a1bf41d5", email: "sato@contoso.example" };

describe("join URL → thread id", () => {
  let t: EntraTestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("stores the thread id Graph finds among the organizer's own meetings for a short link, asked with the organizer's Graph token", async () => {
    t = await buildEntraTestApp();
    t.graph.on(/onlineMeetings/, "online-meeting");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { authorization: `Bearer ${await t.tokenFor(ORGANIZER)}` },
      payload: { objectiveTitle: "X", joinUrl: SHORT },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Agenda>()).toMatchObject({ joinUrl: SHORT, teamsThreadId: THREAD });
    const asked = t.graph.seen.filter((r) => r.url.includes("onlineMeetings"));
    expect(asked).toEqual([expect.objectContaining({ url: `/v1.0/me/onlineMeetings?$filter=JoinWebUrl eq '${SHORT}'`, authorization: `Bearer ${t.graphTokenOf(ORGANIZER.oid)}` })]);
  });

  it("saves the agenda with the join URL alone when Graph fails", async () => {
    t = await buildEntraTestApp();
    t.graph.on(/onlineMeetings/, "error-403-denied");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { authorization: `Bearer ${await t.tokenFor(ORGANIZER)}` },
      payload: { objectiveTitle: "X", joinUrl: SHORT },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Agenda>()).toMatchObject({ joinUrl: SHORT, teamsThreadId: null });
  });

  it("is off without Microsoft Graph (local mode, or Entra without a client secret)", () => {
    expect(graphMeetingProver(graphAccessFor(loadConfig({ NODE_ENV: "test" })))).toBeNull();
    expect(graphMeetingProver(graphAccessFor(loadConfig({ NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "0f8fad5b-d9cb-469f-a165-70867728950e" })))).toBeNull();
  });
});
