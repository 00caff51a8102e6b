import { describe, expect, it } from "vitest";
import { createFakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";
import { createFakeAuth } from "../../../src/platform/fakes/fake-auth";
import { SignInRequiredError } from "../../../src/platform/ports";

describe("fake Teams meeting", () => {
  it("initializes with defaults and overrides, and rejects outside Teams", async () => {
    const teams = createFakeTeamsMeeting({ locale: "en-US", frame: "content" });
    expect(await teams.initialize()).toMatchObject({ locale: "en-US", frame: "content", theme: "default", hostName: "Teams" });
    await expect(createFakeTeamsMeeting({ outsideTeams: true }).initialize()).rejects.toThrow(/timed out/);
  });

  it("fires theme handlers until unsubscribed", async () => {
    const teams = createFakeTeamsMeeting();
    const themes: string[] = [];
    const off = teams.onThemeChange((t) => themes.push(t));
    teams.setTheme("dark");
    off();
    teams.setTheme("contrast");
    expect(themes).toEqual(["dark"]);
    expect((await teams.initialize()).theme).toBe("contrast");
  });

  it("saves only while the config is valid, and remembers the entity id", async () => {
    const teams = createFakeTeamsMeeting({ frame: "settings" });
    await expect(teams.triggerSave()).rejects.toThrow(/no save handler/);
    teams.onConfigSave(async () => ({ entityId: "agd_1", contentUrl: "https://x/tab?agenda=agd_1", suggestedDisplayName: "目的" }));
    await expect(teams.triggerSave()).rejects.toThrow(/disabled/);
    teams.setConfigValid(true);
    expect(teams.isConfigValid()).toBe(true);
    expect(await teams.triggerSave()).toEqual({ entityId: "agd_1", contentUrl: "https://x/tab?agenda=agd_1", suggestedDisplayName: "目的" });
    expect(teams.context().entityId).toBe("agd_1");
  });

  it("shares to stage only where Teams allows it", async () => {
    const panel = createFakeTeamsMeeting({ frame: "sidePanel" });
    expect(await panel.canShareToStage()).toBe(true);
    await panel.shareToStage("https://x/stage");
    expect(panel.sharedToStage()).toEqual(["https://x/stage"]);
    const off = createFakeTeamsMeeting({ frame: "sidePanel", stageSharing: false });
    expect(await off.canShareToStage()).toBe(false);
    await expect(off.shareToStage("https://x/stage")).rejects.toThrow();
    expect(await createFakeTeamsMeeting({ frame: "content" }).canShareToStage()).toBe(false);
  });
});

describe("fake auth", () => {
  it("hands out its token, records refreshes, and fails when told", async () => {
    const auth = createFakeAuth("t1");
    expect(await auth.getToken()).toBe("t1");
    expect(await auth.getToken({ forceRefresh: true })).toBe("t1");
    expect(auth.calls).toEqual([{ forceRefresh: false }, { forceRefresh: true }]);
    auth.setFailure(new SignInRequiredError());
    await expect(auth.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    await expect(createFakeAuth("t", { failWith: new Error("no") }).getToken()).rejects.toThrow("no");
  });
});
