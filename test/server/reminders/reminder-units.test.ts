// The small pure parts of the reminder job: periods, who the PMOs are, the message words.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/server/config";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { pmoRecipientsFor } from "../../../src/server/reminders/pmo-recipients";
import { DIGEST_MAX_ITEMS, renderDigest, renderWeeklySummary } from "../../../src/server/reminders/reminder-messages";
import { addDays, isoWeek, utcDay } from "../../../src/server/reminders/reminder-period";

describe("reminder periods", () => {
  it("names ISO weeks across year ends", () => {
    expect(isoWeek(new Date("2026-11-28T12:00:00Z"))).toBe("2026-W48");
    expect(isoWeek(new Date("2026-11-30T00:00:00Z"))).toBe("2026-W49"); // Monday starts a week
    expect(isoWeek(new Date("2026-11-29T23:59:59Z"))).toBe("2026-W48"); // Sunday ends it
    expect(isoWeek(new Date("2027-01-01T00:00:00Z"))).toBe("2026-W53"); // a Friday: still 2026's week 53
    expect(isoWeek(new Date("2024-12-30T00:00:00Z"))).toBe("2025-W01"); // a Monday: already 2025's week 1
    expect(isoWeek(new Date("2021-01-03T00:00:00Z"))).toBe("2020-W53");
  });

  it("counts days in UTC", () => {
    expect(utcDay(new Date("2026-11-28T23:30:00-02:00"))).toBe("2026-11-29");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("PMO recipients of the weekly summary", () => {
  it("uses the demo PMOs in local mode, per tenant", () => {
    const config = loadConfig({ NODE_ENV: "test" });
    expect(pmoRecipientsFor(config, DEMO_TENANT_ID)).toEqual(["satoshi.yamamoto@contoso.example"]);
    expect(pmoRecipientsFor(config, OTHER_TENANT_ID)).toEqual(["john.smith@fabrikam.example"]);
    expect(pmoRecipientsFor(config, "00000000-0000-4000-8000-000000000000")).toEqual([]);
  });

  it("uses PMO_NOTIFY_EMAILS when set: a plain email for the one tenant the server serves, tenant-prefixed ones for that tenant only", () => {
    // Local mode serves the demo tenant: a plain entry is that tenant's, never every tenant's.
    const config = loadConfig({ NODE_ENV: "test", PMO_NOTIFY_EMAILS: `All@Example.com, ${OTHER_TENANT_ID}:pmo@fabrikam.example` });
    expect(pmoRecipientsFor(config, DEMO_TENANT_ID)).toEqual(["all@example.com"]);
    expect(pmoRecipientsFor(config, OTHER_TENANT_ID)).toEqual(["pmo@fabrikam.example"]);
  });

  it("knows no PMO in Entra mode without PMO_NOTIFY_EMAILS (the app role can't be listed)", () => {
    const config = loadConfig({ NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "11111111-2222-3333-4444-555555555555" });
    expect(pmoRecipientsFor(config, DEMO_TENANT_ID)).toEqual([]);
  });
});

describe("reminder messages", () => {
  const items = [
    { action: "<b>見積</b> & 提案", dueDate: "2026-11-20", objectiveTitle: "CRM", overdue: true },
    { action: "採用計画", dueDate: "2026-12-01", objectiveTitle: "CRM", overdue: false },
  ];

  it("writes a digest in Japanese only for a Japanese reader, escaping user text in HTML", () => {
    const m = renderDigest("佐藤 <花子>", items, "http://localhost:3000", "ja");
    expect(m.subject).toBe("【Common Purpose】期限が近い・過ぎたコミットメント 2件");
    expect(m.bodyText).toContain("［期限切れ］2026-11-20  <b>見積</b> & 提案  (CRM)");
    expect(m.bodyText).not.toMatch(/OVERDUE|Hello|commitment/);
    expect(m.bodyHtml).not.toContain("<b>見積");
    expect(m.bodyHtml).toContain("&lt;b&gt;見積&lt;/b&gt; &amp; 提案");
    expect(m.bodyHtml).toContain("佐藤 &lt;花子&gt; さん");
  });

  it("writes a digest in English only for an English reader", () => {
    const m = renderDigest("Aiko", items, "http://localhost:3000", "en");
    expect(m.subject).toBe("【Common Purpose】2 commitments due soon or overdue");
    expect(m.bodyText).toContain("Hello Aiko,");
    expect(m.bodyText).toContain("[OVERDUE] 2026-11-20");
    expect(m.bodyText).not.toMatch(/期限|さん/);
  });

  it("caps a long digest and says how many more", () => {
    const many = Array.from({ length: DIGEST_MAX_ITEMS + 5 }, (_, i) => ({ action: `a${i}`, dueDate: "2026-12-01", objectiveTitle: "o", overdue: false }));
    expect(renderDigest("x", many, "u", "ja").bodyText).toContain("ほか 5 件");
    const m = renderDigest("x", many, "u", "en");
    expect(m.bodyText).toContain("and 5 more");
    expect(m.bodyText).not.toContain(`a${DIGEST_MAX_ITEMS}`);
  });

  it("summarises the week by department, in the reader's language", () => {
    const summary = { week: "2026-W48", open: 5, overdue: 2, dueSoon: 1, doneLast7Days: 3, byDepartment: [{ department: "営業部<script>", open: 5, overdue: 2 }] };
    const ja = renderWeeklySummary(summary, "http://localhost:3000/pmo", "ja");
    expect(ja.subject).toBe("【Common Purpose】週次サマリー 2026-W48");
    expect(ja.bodyText).toContain("未完了 5 件（期限切れ 2 件、期限間近 1 件）。この7日間に完了 3 件。");
    expect(ja.bodyHtml).toContain("営業部&lt;script&gt;");
    const en = renderWeeklySummary(summary, "http://localhost:3000/pmo", "en");
    expect(en.subject).toBe("【Common Purpose】Weekly summary 2026-W48");
    expect(en.bodyText).toContain("5 open (2 overdue, 1 due soon). 3 done in the last 7 days.");
  });
});
