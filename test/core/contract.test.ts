import { describe, expect, it } from "vitest";
import { AgendaCreate, CommitmentPatch } from "../../src/core/api/contract";
import { Email } from "../../src/core/api/primitives";
import { CommitmentListQuery } from "../../src/core/api/commitment-list-contract";

describe("contract", () => {
  it("lower-cases and trims e-mail addresses", () => {
    expect(Email.parse("  Sato@Example.COM ")).toBe("sato@example.com");
  });
  it("fills agenda defaults and rejects unknown fields", () => {
    const a = AgendaCreate.parse({ objectiveTitle: "大手企業向けのCRMビジネスを拡大する" });
    expect(a.lang).toBe("ja");
    expect(a.departments).toEqual([]);
    expect(AgendaCreate.safeParse({ objectiveTitle: "x", tenantId: "t" }).success).toBe(false);
  });
  it("rejects a commitment patch that changes nothing", () => {
    expect(CommitmentPatch.safeParse({ note: "why" }).success).toBe(false);
    expect(CommitmentPatch.safeParse({ status: "done" }).success).toBe(true);
  });
  it("parses list query strings", () => {
    const q = CommitmentListQuery.parse({ overdue: "true", limit: "20" });
    expect(q).toMatchObject({ overdue: true, limit: 20 });
    expect(CommitmentListQuery.safeParse({ status: "finished" }).success).toBe(false);
  });
});
