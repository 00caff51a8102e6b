// The reminder settings: defaults, validation naming the variable, and what needs Entra mode.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/server/config";

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("reminder configuration", () => {
  it("is off in tests and every 15 minutes otherwise, with a 3-day window", () => {
    expect(loadConfig({ NODE_ENV: "test" }).reminders).toEqual({ intervalSec: 0, dueSoonDays: 3, pmoRecipients: [], mailFrom: null, sendHour: 8 });
    expect(loadConfig({ NODE_ENV: "development" }).reminders.intervalSec).toBe(900);
    expect(loadConfig({ NODE_ENV: "test", REMINDERS_INTERVAL_SEC: "60", REMINDERS_DUE_SOON_DAYS: "7" }).reminders).toMatchObject({ intervalSec: 60, dueSoonDays: 7 });
  });

  it("names each wrong setting", () => {
    const problems = problemsOf({ NODE_ENV: "test", REMINDERS_INTERVAL_SEC: "-1", REMINDERS_DUE_SOON_DAYS: "61", PMO_NOTIFY_EMAILS: "pmo@x.example, not-a-guid:pmo@y.example" });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^REMINDERS_INTERVAL_SEC must be a number of seconds from 0 \(off\) to 86400/);
    expect(problems[1]).toMatch(/^REMINDERS_DUE_SOON_DAYS must be/);
    expect(problems[2]).toMatch(/^PMO_NOTIFY_EMAILS must be a comma-separated list of emails/);
    expect(problemsOf({ NODE_ENV: "test", PMO_NOTIFY_EMAILS: "nobody" })[0]).toMatch(/^PMO_NOTIFY_EMAILS/);
  });

  it("takes NOTIFY_MAIL_FROM only in Entra mode with a client secret", () => {
    expect(problemsOf({ NODE_ENV: "test", NOTIFY_MAIL_FROM: "reminders@contoso.example" })[0]).toMatch(/^NOTIFY_MAIL_FROM needs AUTH_MODE=entra and ENTRA_CLIENT_SECRET/);
    const entra = { NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "11111111-2222-3333-4444-555555555555" };
    expect(problemsOf({ ...entra, NOTIFY_MAIL_FROM: "reminders@contoso.example" })).toHaveLength(1);
    const ok = loadConfig({ ...entra, ENTRA_CLIENT_SECRET: "s", NOTIFY_MAIL_FROM: "Reminders@Contoso.example" });
    expect(ok.reminders.mailFrom).toBe("reminders@contoso.example");
    expect(problemsOf({ ...entra, ENTRA_CLIENT_SECRET: "s", NOTIFY_MAIL_FROM: "not an email" })[0]).toMatch(/^NOTIFY_MAIL_FROM must be the email address/);
  });
});
