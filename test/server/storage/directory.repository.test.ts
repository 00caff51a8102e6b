import { expect, it } from "vitest";
import { findDirectoryUserRows, upsertDirectoryUsers } from "../../../src/server/directory/directory.repository";
import { localDirectoryLookup } from "../../../src/server/directory/directory-lookup";
import { resolveDirectory } from "../../../src/server/directory/directory.service";
import { describeStorage } from "./storage-targets";

describeStorage("directory repository", (ctx) => {
  it("upserts people (emails lower-cased, later entries win) per tenant", async () => {
    await upsertDirectoryUsers(ctx.db, "t-a", [
      { email: "Hanako.Sato@Contoso.example", name: "佐藤 花子", department: "営業部" },
      { email: "ken@contoso.example", name: "高橋 健", department: "企画部" },
    ]);
    await upsertDirectoryUsers(ctx.db, "t-a", [{ email: "hanako.sato@contoso.example", name: "佐藤 花子", department: "企画部" }]);
    await upsertDirectoryUsers(ctx.db, "t-b", [{ email: "ken@contoso.example", name: "Ken B", department: "Sales" }]);
    const rows = await findDirectoryUserRows(ctx.db, "t-a", ["hanako.sato@contoso.example", "ken@contoso.example"]);
    expect(rows.map((r) => [r.email, r.department]).sort()).toEqual([
      ["hanako.sato@contoso.example", "企画部"],
      ["ken@contoso.example", "企画部"],
    ]);
  });

  it("resolves in the order asked, unknown people with empty name and department", async () => {
    await upsertDirectoryUsers(ctx.db, "t-a", [{ email: "a@x.example", name: "A", department: "D1" }]);
    await upsertDirectoryUsers(ctx.db, "t-b", [{ email: "b@x.example", name: "B", department: "D2" }]);
    const entries = await resolveDirectory(localDirectoryLookup(ctx.db), "t-a", ["b@x.example", "a@x.example", "b@x.example"]);
    expect(entries).toEqual([
      { email: "b@x.example", name: "", department: "" },
      { email: "a@x.example", name: "A", department: "D1" },
      { email: "b@x.example", name: "", department: "" },
    ]);
  });

  it("handles more people than one statement's batch", async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ email: `p${i}@x.example`, name: `P${i}`, department: `D${i % 3}` }));
    await upsertDirectoryUsers(ctx.db, "t-a", many);
    const rows = await findDirectoryUserRows(ctx.db, "t-a", many.map((p) => p.email));
    expect(rows).toHaveLength(450);
  });
});
