import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TeamsThreadId } from "../../../src/core/api/contract";
import { findTeamsJoinUrl, isShortTeamsLink, parseTeamsThreadId } from "../../../src/core/meeting/teams-link";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/outlook-bodies/${name}`, import.meta.url)), "utf8");

const ID = "19:meeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0@thread.v2";
const B64 = "NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0";
const CONTEXT = "?context=%7b%22Tid%22%3a%2272f9a1c3-0b4e-4d6f-9a21-3c5d7e9f1b2a%22%7d";
const join = (host: string, segment = `19%3ameeting_${B64}%40thread.v2`) =>
  `https://${host}/l/meetup-join/${segment}/0${CONTEXT}`;
const options = (threadId: string, host = "teams.microsoft.com") =>
  `https://${host}/meetingOptions/?organizerId=d2c0&amp;tenantId=72f9&amp;threadId=${threadId}&amp;messageId=0&amp;language=en-US`;

describe("parseTeamsThreadId", () => {
  it.each([
    ["classic-windows-ja.html", "19:meeting_ZmQ4YzA1NjItMjQ5Ni00YjU2LWE3NzEtNzQ5ZDk2YjY0YTFm@thread.v2"],
    ["owa-teams-legacy-link.html", ID],
    ["owa-teams-short-link.html", "19:meeting_MmE3ZjhkNTQtOGI5Yy00YTFlLWJmMmQtNjc4OTBhYmNkZWYx@thread.v2"],
    ["plain-text-teams.txt", "19:meeting_OGQ2ZTk3YjAtNWE0Yy00ZDdmLTg4ZWYtMTIzNDU2Nzg5MGFi@thread.v2"],
  ])("reads the thread id of %s", (name, expected) => {
    const id = parseTeamsThreadId(fixture(name));
    expect(id).toBe(expected);
    expect(TeamsThreadId.safeParse(id).success).toBe(true);
  });

  it.each([
    "teams.microsoft.com",
    "teams.cloud.microsoft",
    "teams.live.com",
    "gov.teams.microsoft.us",
    "dod.teams.microsoft.us",
    "teams.microsoftonline.cn",
  ])("reads legacy meetup-join links on %s", (host) => {
    expect(parseTeamsThreadId(`Join: ${join(host)}`)).toBe(ID);
    expect(parseTeamsThreadId(`<a href="${join(host)}">Join</a>`)).toBe(ID);
  });

  it.each([
    ["upper-case %3A / %40", `19%3Ameeting_${B64}%40thread.v2`],
    ["double-encoded %253a / %2540", `19%253ameeting_${B64}%2540thread.v2`],
    ["not encoded", `19:meeting_${B64}@thread.v2`],
    ["only the colon encoded", `19%3ameeting_${B64}@thread.v2`],
  ])("decodes %s", (_name, segment) => {
    expect(parseTeamsThreadId(join("teams.microsoft.com", segment))).toBe(ID);
  });

  it("reads links whose & are written &amp; in an href, and http links", () => {
    const href = join("teams.microsoft.com").replace("?context", "?x=1&amp;context");
    expect(parseTeamsThreadId(`<a href="${href}">Join</a>`)).toBe(ID);
    expect(parseTeamsThreadId(join("teams.microsoft.com").replace("https:", "http:"))).toBe(ID);
  });

  it("reads a link rewritten by Safe Links", () => {
    const wrapped = `https://nam02.safelinks.protection.outlook.com/?url=${encodeURIComponent(join("teams.microsoft.com"))}&amp;data=05%7C02&amp;reserved=0`;
    expect(parseTeamsThreadId(`<a href="${wrapped}">Join the meeting</a>`)).toBe(ID);
  });

  it("reads the old Teams web link with a hash route (our own fixture: no meeting-options link beside it)", () => {
    const body = readFileSync(fileURLToPath(new URL("../../fixtures/outlook-client-behaviour/owa-teams-hash-route-link.html", import.meta.url)), "utf8");
    expect(body).not.toMatch(/threadId=/i);
    expect(parseTeamsThreadId(body)).toBe("19:meeting_Y2E5ZDQ3MWQtMzM0Ny00ZjBiLWE1ZTgtOTg3NjU0MzIxMGFi@thread.v2");
    expect(findTeamsJoinUrl(body)).toMatch(/^https:\/\/teams\.microsoft\.com\/_#\/l\/meetup-join\/19%3ameeting_Y2E5/);
  });

  it.each([
    ["_#/ hash route", `https://teams.microsoft.com/_#/l/meetup-join/19%3ameeting_${B64}%40thread.v2/0${CONTEXT}`],
    ["#/ hash route", `https://teams.microsoft.com/#/l/meetup-join/19%3ameeting_${B64}%40thread.v2/0${CONTEXT}`],
    ["launcher page, route encoded", `https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%253ameeting_${B64}%2540thread.v2%2F0%3Fcontext%3D%257b%257d&type=meetup-join&directDl=true&msLaunch=true`],
    ["hash route behind Safe Links", `https://apc01.safelinks.protection.outlook.com/?url=${encodeURIComponent(`https://teams.microsoft.com/_#/l/meetup-join/19%3ameeting_${B64}%40thread.v2/0${CONTEXT}`)}&amp;data=1&amp;reserved=0`],
  ])("reads the %s form", (_name, url) => {
    expect(parseTeamsThreadId(`<a href="${url}">Join Microsoft Teams Meeting</a>`)).toBe(ID);
    expect(parseTeamsThreadId(`Join Microsoft Teams Meeting<${url.replace(/&amp;/g, "&")}>`)).toBe(ID);
  });

  it("falls back to the meeting-options link's threadId (19_ becomes 19:)", () => {
    expect(parseTeamsThreadId(`<a href="${options(`19_meeting_${B64}@thread.v2`)}">Meeting options</a>`)).toBe(ID);
    expect(parseTeamsThreadId(options(`19_meeting_${B64}%40thread.v2`, "gov.teams.microsoft.us"))).toBe(ID);
    expect(parseTeamsThreadId(options(`19%3ameeting_${B64}%40thread.v2`))).toBe(ID);
  });

  it("prefers the join link, in text order", () => {
    const other = "19:meeting_T1RIRVI@thread.v2";
    const text = `${join("teams.microsoft.com", "19%3ameeting_T1RIRVI%40thread.v2")} ${join("teams.microsoft.com")}`;
    expect(parseTeamsThreadId(text)).toBe(other);
    expect(parseTeamsThreadId(`${options(`19_meeting_${B64}@thread.v2`)} ${join("teams.microsoft.com", "19%3ameeting_T1RIRVI%40thread.v2")}`)).toBe(other);
  });

  it.each([
    ["empty text", ""],
    ["random text", "Let's meet on Tuesday at 10:00 to talk about the CRM push."],
    ["a short /meet/ link alone", "https://teams.microsoft.com/meet/29817364029841?p=Xk2ZqPw7mBv4HdT9aL"],
    ["an id without @thread.v2", join("teams.microsoft.com", `19%3ameeting_${B64}`)],
    ["a different thread kind", join("teams.microsoft.com", "19%3a0b1c2d3e4f%40thread.tacv2")],
    ["a non-Teams host", join("example.com")],
    ["a look-alike host", join("teams.microsoft.com.evil.example")],
    ["a look-alike host prefix", join("evilteams.microsoft.com")],
    ["a Teams host in the path of another host", `https://evil.example/teams.microsoft.com/l/meetup-join/19%3ameeting_${B64}%40thread.v2/0`],
    ["a bare thread id outside any link", `Thread: ${ID}`],
    ["a Teams chat link", `https://teams.microsoft.com/l/chat/${encodeURIComponent(ID)}/conversations`],
    ["a hash-route chat link", `https://teams.microsoft.com/_#/l/chat/${encodeURIComponent(ID)}/conversations`],
    ["a hash route on a non-Teams host", `https://evil.example/_#/l/meetup-join/19%3ameeting_${B64}%40thread.v2/0`],
    ["meeting options on a non-Teams host", options(`19_meeting_${B64}@thread.v2`, "example.com")],
    ["meeting options without a threadId", options("").replace("threadId=", "other=")],
    ["an id with characters a thread id cannot have", join("teams.microsoft.com", `19%3ameeting_${B64}%3Cb%3E%40thread.v2`)],
  ])("returns null for %s", (_name, text) => {
    expect(parseTeamsThreadId(text)).toBeNull();
  });
});

describe("findTeamsJoinUrl", () => {
  it("finds the legacy link in each legacy fixture, and the short link in the short-link one", () => {
    expect(findTeamsJoinUrl(fixture("owa-teams-legacy-link.html"))).toBe(
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0%40thread.v2/0?context=%7b%22Tid%22%3a%2272f9a1c3-0b4e-4d6f-9a21-3c5d7e9f1b2a%22%2c%22Oid%22%3a%22d2c0bcb4-5d3b-4c8d-9f0b-1d1b8c6f2a11%22%7d",
    );
    expect(findTeamsJoinUrl(fixture("classic-windows-ja.html"))).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_ZmQ4/);
    expect(findTeamsJoinUrl(fixture("plain-text-teams.txt"))).toMatch(/%22d2c0bcb4-5d3b-4c8d-9f0b-1d1b8c6f2a11%22%7d$/);
    expect(findTeamsJoinUrl(fixture("owa-teams-short-link.html"))).toBe(
      "https://teams.microsoft.com/meet/29817364029841?p=Xk2ZqPw7mBv4HdT9aL",
    );
  });

  it("decodes &amp; and drops sentence punctuation after the link", () => {
    expect(findTeamsJoinUrl('<a href="https://teams.live.com/meet/9876543210?p=abc&amp;x=1">x</a>')).toBe(
      "https://teams.live.com/meet/9876543210?p=abc&x=1",
    );
    expect(findTeamsJoinUrl("Join here: https://teams.microsoft.com/meet/123456?p=xyz.")).toBe(
      "https://teams.microsoft.com/meet/123456?p=xyz",
    );
  });

  it("returns the first join link in the text, ignoring help and options links", () => {
    const text = `https://aka.ms/JoinTeamsMeeting ${options("x")} https://teams.microsoft.com/meet/111?p=a ${join("teams.microsoft.com")}`;
    expect(findTeamsJoinUrl(text)).toBe("https://teams.microsoft.com/meet/111?p=a");
  });

  it("returns null without a Teams join link", () => {
    expect(findTeamsJoinUrl("no link here")).toBeNull();
    expect(findTeamsJoinUrl(options(`19_meeting_${B64}@thread.v2`))).toBeNull();
    expect(findTeamsJoinUrl("https://example.com/meet/12345?p=x")).toBeNull();
  });
});

describe("isShortTeamsLink", () => {
  it.each([
    "https://teams.microsoft.com/meet/29817364029841?p=Xk2ZqPw7mBv4HdT9aL",
    "https://teams.live.com/meet/9876543210",
    "https://teams.cloud.microsoft/meet/123456789?p=abc",
    "https://gov.teams.microsoft.us/meet/123456789?p=abc",
  ])("is true for %s", (url) => {
    expect(isShortTeamsLink(url)).toBe(true);
  });

  it.each([
    join("teams.microsoft.com"),
    "https://example.com/meet/123456789",
    "https://teams.microsoft.com/meet/",
    "https://teams.microsoft.com/meetingOptions/?threadId=x",
    "not a url",
  ])("is false for %s", (url) => {
    expect(isShortTeamsLink(url)).toBe(false);
  });
});
