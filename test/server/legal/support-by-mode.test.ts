// The support page's set-up steps follow the deployment mode: a line-of-business deployment registers
// its own app; an organization using the multi-tenant service only consents through /onboarding.
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/core/api/primitives";
import { loadConfig } from "../../../src/server/config";
import { legalFactsOf } from "../../../src/server/legal/legal-facts";
import { supportDocument } from "../../../src/server/legal/support-content";

const status = { up: true, checkedAt: new Date("2026-12-07T09:00:00Z") };
const text = (doc: ReturnType<typeof supportDocument>) => JSON.stringify(doc.sections);

describe("support page set-up steps", () => {
  for (const lang of LANGS) {
    it(`${lang}: register the app (line of business) or consent at /onboarding (multi-tenant service)`, () => {
      const facts = legalFactsOf(loadConfig({}), "sqlite");
      const lob = text(supportDocument(lang, facts, status));
      const saas = text(supportDocument(lang, { ...facts, deploymentMode: "saas" }, status));
      expect(lob).not.toContain("/onboarding");
      expect(lob).toMatch(lang === "ja" ? /アプリを登録し/ : /register the app/);
      expect(saas).toContain("](/onboarding)");
      expect(saas).not.toMatch(lang === "ja" ? /アプリを登録し/ : /register the app and/);
      for (const permission of ["User.Read.All", "OnlineMeetings.Read", "Chat.ReadBasic", "Tasks.ReadWrite", "MailboxSettings.Read", "Mail.Send"]) expect(saas).toContain(permission);
    });
  }
});
