// The XSS corpus in every text field an agenda body shows, then the rendered body — the /render
// route and core renderAgendaHtml — parsed two ways: by a browser-grade HTML parser (jsdom) and by
// the add-in's own forgiving reader (html-tree, which the body merge uses). No script or other
// active element, no on* attribute, no javascript:/data: URL, no CSS expression; and each payload
// is still there as text (escaped, not dropped), so the check is not passing on an empty body.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda, AgendaView, Commitment, Contribution, Objective } from "../../src/core/api/contract";
import { agendaLiveUrl } from "../../src/core/agenda/agenda-markers";
import { renderAgendaHtml } from "../../src/core/agenda/render-agenda";
import { parseHtml, type HtmlElement } from "../../src/core/text/html-tree";
import { buildTestApp, type TestApp } from "../server/api-helper";
import { ATTENDEE, ORGANIZER, auth } from "./security-fixtures";
import { ACTIVE_STYLE, ACTIVE_URL, XSS_PAYLOADS } from "./xss-payloads";

// jsdom ships no types here; only this much of it is used.
interface MiniElement {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
}
interface MiniDocument {
  body: { innerHTML: string; textContent: string | null; querySelectorAll(selector: string): ArrayLike<MiniElement> };
}
const { JSDOM } = createRequire(import.meta.url)("jsdom") as { JSDOM: new (html: string) => { window: { document: MiniDocument } } };
// One document, its body replaced per check: parsing by innerHTML runs no script, and is fast.
const doc = new JSDOM("<!doctype html><html><body></body></html>").window.document;
const parseBody = (html: string) => {
  doc.body.innerHTML = html;
  return doc.body;
};

/** Everything renderAgendaHtml emits (tbody is added by the HTML parser). */
const ALLOWED_ELEMENTS = new Set(["html", "head", "body", "div", "p", "b", "span", "ul", "li", "table", "tbody", "tr", "th", "td", "a", "br", "i"]);

/** Why `html` is active content, as readable lines (empty = inert). */
export function activeContentIn(html: string): string[] {
  const problems: string[] = [];
  for (const el of Array.from(parseBody(html).querySelectorAll("*"))) {
    const tag = el.tagName.toLowerCase();
    if (!ALLOWED_ELEMENTS.has(tag)) problems.push(`element <${tag}>`);
    for (const { name, value } of Array.from(el.attributes)) {
      const n = name.toLowerCase();
      if (n.startsWith("on")) problems.push(`<${tag} ${n}>`);
      if (["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "background", "poster"].includes(n) && ACTIVE_URL.test(value.replace(/[\u0000-\u001f]/g, ""))) {
        problems.push(`<${tag} ${n}="${value.slice(0, 60)}">`);
      }
      if (n === "style" && ACTIVE_STYLE.test(value)) problems.push(`<${tag} style="${value.slice(0, 60)}">`);
      if (!["style", "href", "lang"].includes(n)) problems.push(`unexpected attribute <${tag} ${n}>`);
    }
  }
  // The add-in's own reader must agree: it finds the agenda block in Outlook bodies.
  const walk = (node: HtmlElement) => {
    if (node.name !== "#root" && !ALLOWED_ELEMENTS.has(node.name)) problems.push(`html-tree element <${node.name}>`);
    if (/\son[a-z]+\s*=/i.test(` ${node.attrs}`)) problems.push(`html-tree <${node.name}${node.attrs.slice(0, 60)}>`);
    for (const child of node.children) if (child.kind === "element") walk(child);
  };
  walk(parseHtml(html).root);
  return problems;
}

function visibleText(html: string): string {
  return parseBody(html).textContent ?? "";
}

let t: TestApp;
interface Seeded {
  payload: string;
  agenda: Agenda;
  /** The payload whose open commitment this meeting carries forward (same objective, earlier meeting). */
  carries: string | null;
}
const seeded: Seeded[] = [];

async function post<T>(url: string, token: string, payload: object, headers: Record<string, string> = {}, method: "POST" | "PATCH" = "POST"): Promise<T> {
  const res = await t.app.inject({ method, url, headers: { ...auth(token), ...headers }, payload });
  expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
  return res.json() as T;
}

/**
 * One payload in every text field of a meeting. Odd payloads reuse the previous payload's objective
 * with a later meeting, so that meeting carries the previous one's open commitment forward.
 */
async function seedPayload(payload: string, index: number, previous: { payload: string; objectiveId: string } | null): Promise<Seeded & { objectiveId: string }> {
  // The organizer's display name comes from the token: the payload is their name too.
  const organizer = await t.tokenFor(ORGANIZER, { name: payload });
  const attendee = await t.tokenFor(ATTENDEE, { name: payload });
  const objectiveId = previous?.objectiveId ?? (await post<Objective>("/api/objectives", organizer, { title: payload, description: payload })).id;
  await post("/api/departments", organizer, { name: `${payload} #${index}`, mission: payload });
  const day = previous ? 20 : 10;
  const agenda = await post<Agenda>("/api/agendas", organizer, {
    subject: payload,
    objectiveId,
    objectiveTitle: payload,
    desiredOutcome: payload,
    departments: [{ name: payload, mission: payload }, { name: "企画部", mission: "" }],
    attendees: [{ email: ATTENDEE, name: payload, department: payload }],
    obstacles: [payload, `${payload} 2`],
    lang: "ja",
    startsAt: `2026-11-${day}T01:00:00Z`,
    endsAt: `2026-11-${day}T02:00:00Z`,
  });
  const contribution = await post<Contribution>(`/api/agendas/${agenda.id}/contributions`, attendee, { department: payload, text: payload });
  await post(`/api/agendas/${agenda.id}/contributions`, organizer, { department: "企画部", text: payload });
  const commitment = await post<Commitment>(`/api/agendas/${agenda.id}/commitments`, organizer, {
    ownerEmail: ATTENDEE,
    ownerName: payload,
    ownerDepartment: payload,
    // Another department than the owner's (a department never helps itself), still carrying the payload.
    helpsDepartment: `${payload} 2`,
    action: payload,
    dueDate: "2099-12-01",
    servesObjective: payload,
    contributionId: contribution.id,
  });
  await post(`/api/commitments/${commitment.id}`, attendee, { servesObjective: `${payload}!`, note: payload }, {}, "PATCH");
  return { payload, agenda, carries: previous?.payload ?? null, objectiveId };
}

beforeAll(async () => {
  t = await buildTestApp({ env: { RATE_LIMIT_PER_MINUTE: "0" } });
  let previous: { payload: string; objectiveId: string } | null = null;
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const s = await seedPayload(payload, i, i % 2 === 1 ? previous : null);
    seeded.push(s);
    previous = { payload, objectiveId: s.objectiveId };
  }
}, 120_000);

afterAll(async () => t?.close());

describe("XSS corpus in the rendered agenda body", () => {
  it("the corpus is representative (≥ 60 payloads, all distinct)", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
  });

  it("the checker itself finds active content (it can fail)", () => {
    expect(activeContentIn("<p>ok</p>")).toEqual([]);
    for (const payload of XSS_PAYLOADS.filter((p) => /^<(script|img|svg|iframe|a |div ).*>$/i.test(p)).slice(0, 20)) {
      expect(activeContentIn(payload), payload).not.toEqual([]);
    }
  });

  it("GET /api/agendas/:id/render (html, ja and en) and core renderAgendaHtml are inert for every payload in every field", async () => {
    const token = await t.tokenFor(ORGANIZER);
    let rendered = 0;
    const problems: string[] = [];
    for (const { payload, agenda, carries } of seeded) {
      const viewRes = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}`, headers: auth(token) });
      const view = viewRes.json() as AgendaView;
      if (carries !== null) expect(view.carriedForward?.items.map((c) => c.action)).toContain(carries.trim());
      const bodies = [renderAgendaHtml(view, { liveUrl: agendaLiveUrl("https://app.example.com", agenda.id) })];
      for (const lang of ["ja", "en"]) {
        const res = await t.app.inject({ method: "GET", url: `/api/agendas/${agenda.id}/render?format=html&lang=${lang}`, headers: auth(token) });
        expect(res.statusCode).toBe(200);
        bodies.push((res.json() as { content: string }).content);
      }
      for (const html of bodies) {
        rendered += 1;
        for (const p of activeContentIn(html)) problems.push(`${JSON.stringify(payload)} → ${p}`);
        // Shown as text: the objective, the outcome, the obstacles, the contributions… at least 8 times.
        const text = visibleText(html);
        expect(text.split(payload.trim()).length - 1, `${payload} shown as text`).toBeGreaterThanOrEqual(8);
        if (carries !== null) expect(text).toContain(carries.trim());
      }
    }
    expect(problems).toEqual([]);
    expect(rendered).toBe(XSS_PAYLOADS.length * 3);
    console.info(`xss render: ${XSS_PAYLOADS.length} payloads × ${rendered / XSS_PAYLOADS.length} rendered bodies = ${rendered} bodies, 0 active`);
  }, 120_000);
});

