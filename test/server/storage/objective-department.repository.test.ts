import { expect, it } from "vitest";
import { createDepartment, listDepartments, updateDepartment } from "../../../src/server/departments/department.service";
import { countObjectiveRows, insertObjectiveRow, listObjectiveRows } from "../../../src/server/objectives/objective.repository";
import { addObjective, listObjectives } from "../../../src/server/objectives/objective.service";
import type { Principal } from "../../../src/server/auth/principal";
import { describeStorage } from "./storage-targets";

const alice: Principal = { tenantId: "t-a", userId: "u1", email: "alice@a.example", name: "Alice", roles: [], isPmo: false };

describeStorage("objectives repository", (ctx) => {
  it("lists a tenant's objectives newest first and never another tenant's", async () => {
    for (const [id, tenant, at] of [
      ["o1", "t-a", "2026-01-01T00:00:00.000Z"],
      ["o2", "t-a", "2026-03-01T00:00:00.000Z"],
      ["o3", "t-b", "2026-02-01T00:00:00.000Z"],
    ] as const) {
      await insertObjectiveRow(ctx.db, { id, tenant_id: tenant, title: id, description: "", created_by: "x@y.z", created_at: at });
    }
    expect((await listObjectiveRows(ctx.db, "t-a")).map((r) => r.id)).toEqual(["o2", "o1"]);
    expect(await countObjectiveRows(ctx.db, "t-a")).toBe(2);
    expect(await countObjectiveRows(ctx.db, "t-c")).toBe(0);
  });

  it("creates an objective owned by the caller's tenant", async () => {
    const o = (await addObjective(ctx.db, alice, { title: "大手企業向けのCRMビジネスを拡大する", description: "" })).objective;
    expect(await listObjectives(ctx.db, "t-a")).toEqual([o]);
    expect(await listObjectives(ctx.db, "t-b")).toEqual([]);
  });
});

describeStorage("departments repository", (ctx) => {
  it("lists by name, rejects duplicate names per tenant, allows the same name in another tenant", async () => {
    await createDepartment(ctx.db, "t-a", { name: "企画部", mission: "m1" });
    await createDepartment(ctx.db, "t-a", { name: "営業部", mission: "m2" });
    await createDepartment(ctx.db, "t-b", { name: "営業部", mission: "other" });
    await expect(createDepartment(ctx.db, "t-a", { name: "営業部", mission: "" })).rejects.toMatchObject({
      statusCode: 409,
      extra: { field: "name" },
    });
    const names = (await listDepartments(ctx.db, "t-a")).map((d) => d.name);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(2);
  });

  it("updates mission and name; 404 for another tenant's id; 409 when renaming onto a taken name", async () => {
    const sales = await createDepartment(ctx.db, "t-a", { name: "Sales", mission: "" });
    await createDepartment(ctx.db, "t-a", { name: "Planning", mission: "" });
    const updated = await updateDepartment(ctx.db, "t-a", sales.id, { mission: "Win big accounts" });
    expect(updated).toMatchObject({ id: sales.id, name: "Sales", mission: "Win big accounts" });
    await expect(updateDepartment(ctx.db, "t-b", sales.id, { mission: "x" })).rejects.toMatchObject({ statusCode: 404 });
    await expect(updateDepartment(ctx.db, "t-a", sales.id, { name: "Planning" })).rejects.toMatchObject({ statusCode: 409 });
    expect((await listDepartments(ctx.db, "t-a")).find((d) => d.id === sales.id)?.mission).toBe("Win big accounts");
  });

  it("turns a racing duplicate insert into 409 through the unique constraint", async () => {
    const results = await Promise.allSettled([
      createDepartment(ctx.db, "t-a", { name: "Same", mission: "" }),
      createDepartment(ctx.db, "t-a", { name: "Same", mission: "" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" && rejected.reason).toMatchObject({ statusCode: 409 });
  });
});
