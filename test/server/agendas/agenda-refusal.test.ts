// A colleague who is not invited opens the agenda link: the 403 names the meeting's organizer (display
// name only) so the page can say whom to ask; other tenants still get a bare 404.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiErrorBody } from "../../../src/core/api/error-contract";
import { buildTestApp, type TestApp } from "../api-helper";
import { ORGANIZER, OTHER_TENANT, OUTSIDER, bearer, createAgendaVia } from "./agenda-fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await buildTestApp();
});
afterEach(async () => {
  await t.close();
});

describe("refusing someone who is not an attendee", () => {
  it("names the organizer in the 403 of the agenda, its rendering and its live stream", async () => {
    const agenda = await createAgendaVia(t);
    for (const url of [`/api/agendas/${agenda.id}`, `/api/agendas/${agenda.id}/render?format=html`, `/api/agendas/${agenda.id}/events`]) {
      const res = await t.app.inject({ method: "GET", url, headers: await bearer(t, OUTSIDER) });
      expect(res.statusCode, url).toBe(403);
      const body = ApiErrorBody.parse(res.json());
      expect(body.error.code, url).toBe("forbidden");
      expect(body.error.organizer, url).toEqual({ name: "佐藤" });
      // Nothing else of the meeting leaks: no subject, objective or attendee list.
      expect(res.body, url).not.toContain(agenda.objectiveTitle);
      expect(res.body, url).not.toContain(ORGANIZER);
    }
  });

  it("tells another tenant nothing: the same 404 as for an unknown id", async () => {
    const agenda = await createAgendaVia(t);
    const res = await t.app.inject({
      method: "GET",
      url: `/api/agendas/${agenda.id}`,
      headers: await bearer(t, OTHER_TENANT.email, { tenantId: OTHER_TENANT.tenantId }),
    });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain("佐藤");
    expect(ApiErrorBody.parse(res.json()).error.organizer).toBeUndefined();
  });
});
