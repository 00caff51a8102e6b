import { describe, expect, it } from "vitest";
import type { Attendee } from "../../../src/core/api/contract";
import {
  departmentKey,
  groupAttendeesByDepartment,
  isCrossDepartment,
  spannedDepartments,
} from "../../../src/core/meeting/departments";

const a = (email: string, department: string): Attendee => ({ email, name: email.split("@")[0] ?? "", department, role: "required" });

const tanaka = a("tanaka@contoso.example", "営業部");
const suzuki = a("suzuki@contoso.example", "企画部");
const sato = a("sato@contoso.example", "営業部");
const guest = a("guest@partner.example", "");
const it1 = a("it1@contoso.example", "ＩＴ部");
const it2 = a("it2@contoso.example", " IT部 ");

describe("groupAttendeesByDepartment", () => {
  it("groups in order of first appearance, the unknown department last", () => {
    expect(groupAttendeesByDepartment([guest, tanaka, suzuki, sato])).toEqual([
      { department: "営業部", attendees: [tanaka, sato] },
      { department: "企画部", attendees: [suzuki] },
      { department: "", attendees: [guest] },
    ]);
  });

  it("treats full-width, spacing and case variants as one department, shown as first written", () => {
    const sales = a("x@contoso.example", "Sales");
    const sales2 = a("y@contoso.example", "  sales ");
    expect(groupAttendeesByDepartment([it1, it2, sales, sales2])).toEqual([
      { department: "ＩＴ部", attendees: [it1, it2] },
      { department: "Sales", attendees: [sales, sales2] },
    ]);
    expect(departmentKey("ＩＴ部")).toBe(departmentKey(" it部"));
  });

  it("puts whitespace-only departments with the unknown ones", () => {
    const blank = a("b@contoso.example", "   ");
    expect(groupAttendeesByDepartment([blank, guest])).toEqual([{ department: "", attendees: [blank, guest] }]);
  });

  it("returns no groups for no attendees", () => {
    expect(groupAttendeesByDepartment([])).toEqual([]);
  });
});

describe("spannedDepartments", () => {
  it("lists distinct known departments in a stable order", () => {
    expect(spannedDepartments([guest, suzuki, tanaka, sato, suzuki])).toEqual(["企画部", "営業部"]);
    expect(spannedDepartments([guest])).toEqual([]);
  });
});

describe("isCrossDepartment", () => {
  it("is true from two known departments on", () => {
    expect(isCrossDepartment([tanaka, suzuki])).toBe(true);
    expect(isCrossDepartment([tanaka, suzuki, guest])).toBe(true);
  });

  it("is false for one department, however many attendees or unknowns", () => {
    expect(isCrossDepartment([])).toBe(false);
    expect(isCrossDepartment([tanaka, sato])).toBe(false);
    expect(isCrossDepartment([tanaka, sato, guest, a("g2@partner.example", "")])).toBe(false);
    expect(isCrossDepartment([it1, it2])).toBe(false);
  });
});
