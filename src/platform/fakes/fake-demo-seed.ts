// The demo story (core/demo) as a seed for the fake API, for /preview and feature tests.
import { DEMO_DEPARTMENTS, DEMO_OBJECTIVE, DEMO_PEOPLE, PREVIEW_CAST } from "../../core/demo/demo-people";
import type { Me } from "../../core/api/me-contract";
import type { FakeApiSeed } from "./fake-api-client";

const SEEDED_AT = "2026-01-05T09:00:00.000Z";

/** A demo person as the fake API's signed-in user (unknown emails get an empty department). */
export function demoMe(email: string): Me {
  const person = DEMO_PEOPLE.find((p) => p.email === email);
  const roles = person ? [...person.roles] : [];
  return {
    tenantId: "fake-tenant",
    userId: `fake-${email.split("@")[0] ?? email}`,
    email,
    name: person?.name ?? email,
    roles,
    isPmo: roles.includes("PMO"),
    department: person?.department ?? "",
  };
}

/** Objective, departments and directory of the demo tenant; signed in as the preview's organizer. */
export function demoSeed(): FakeApiSeed {
  return {
    me: demoMe(PREVIEW_CAST.organizer),
    objectives: [{ id: "obj_demo", ...DEMO_OBJECTIVE, createdAt: SEEDED_AT }],
    departments: DEMO_DEPARTMENTS.map((d, i) => ({ id: `dep_demo${i + 1}`, ...d, updatedAt: SEEDED_AT })),
    directory: DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, department: p.department })),
  };
}
