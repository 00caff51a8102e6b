// A Teams short link (/meet/<id>) carries no thread id: the server asks the resolver (Microsoft
// Graph on behalf of the organizer in Entra mode) and stores the thread id it finds.
import { afterEach, describe, expect, it } from "vitest";
import type { Agenda } from "../../../src/core/api/contract";
import { loadConfig } from "../../../src/server/config";
import { meetingThreadResolverFor } from "../../../src/server/graph/meeting-thread-resolver";
import { buildTestApp, type TestApp } from "../api-helper";

const SHORT = "https://teams.microsoft.com/meet/2736141234567?p=AbCdEf";
const THREAD = "19:meeting_OGQ2ZTk3YjAtNWE0Yy00ZDdmLTg4ZWYtMTIzNDU2Nzg5MGFi@thread.v2";

describe("join URL → thread id", () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("stores the thread id the resolver finds for a short link, with the caller's token", async () => {
    const seen: { joinUrl: string; callerToken: string }[] = [];
    t = await buildTestApp({
      meetingThreads: async (r) => {
        seen.push(r);
        return r.joinUrl === SHORT ? THREAD : null;
      },
    });
    const token = await t.tokenFor("sato@contoso.example");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { authorization: `Bearer ${token}` },
      payload: { objectiveTitle: "X", joinUrl: SHORT },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Agenda>()).toMatchObject({ joinUrl: SHORT, teamsThreadId: THREAD });
    expect(seen).toEqual([expect.objectContaining({ joinUrl: SHORT, callerToken: token })]);
  });

  it("saves the agenda with the join URL alone when the resolver fails", async () => {
    t = await buildTestApp({
      meetingThreads: async () => {
        throw new Error("Graph is down");
      },
    });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/agendas",
      headers: { authorization: `Bearer ${await t.tokenFor("sato@contoso.example")}` },
      payload: { objectiveTitle: "X", joinUrl: SHORT },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Agenda>()).toMatchObject({ joinUrl: SHORT, teamsThreadId: null });
  });

  it("is off without Microsoft Graph (local mode)", () => {
    expect(meetingThreadResolverFor(loadConfig({ NODE_ENV: "test" }))).toBeNull();
  });
});
