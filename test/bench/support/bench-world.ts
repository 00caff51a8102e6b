// What every server bench needs on a fresh server: local tokens for a meeting's people (through
// POST /api/dev/token, as the preview gets them) and one agenda between 営業部 and 企画部.
import type { Agenda } from "../../../src/core/api/contract";

export const ORGANIZER = "hanako.sato@contoso.example";
export const SALES = "ichiro.suzuki@contoso.example";
export const PLANNING = "misaki.tanaka@contoso.example";
export const PMO = "satoshi.yamamoto@contoso.example";

export interface BenchWorld {
  baseUrl: string;
  tokens: { organizer: string; sales: string; planning: string; pmo: string };
  agenda: Agenda;
}

export const auth = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export async function api<T>(baseUrl: string, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(token ? auth(token) : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
}

async function token(baseUrl: string, email: string, roles?: string[]): Promise<string> {
  const res = await api<{ accessToken: string }>(baseUrl, "POST", "/api/dev/token", null, { email, ...(roles ? { roles } : {}) });
  if (res.status !== 200) throw new Error(`dev token for ${email}: ${res.status}`);
  return res.json.accessToken;
}

export async function createAgenda(baseUrl: string, organizerToken: string, subject = "CRM提案"): Promise<Agenda> {
  const objective = await api<{ id: string }>(baseUrl, "POST", "/api/objectives", organizerToken, { title: "大手企業向けのCRMビジネスを拡大する" });
  // 201 the first time; 200 with the same objective when the library already has that title.
  if (objective.status !== 201 && objective.status !== 200) throw new Error(`objective create: ${objective.status}`);
  const res = await api<Agenda>(baseUrl, "POST", "/api/agendas", organizerToken, {
    subject,
    objectiveId: objective.json.id,
    objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
    desiredOutcome: "誰が提案書の骨子を書くかを決める",
    departments: [{ name: "営業部" }, { name: "企画部" }],
    attendees: [
      { email: SALES, name: "鈴木 一郎", department: "営業部" },
      { email: PLANNING, name: "田中 美咲", department: "企画部" },
    ],
  });
  if (res.status !== 201) throw new Error(`agenda create: ${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
}

export async function createWorld(baseUrl: string): Promise<BenchWorld> {
  const tokens = {
    organizer: await token(baseUrl, ORGANIZER),
    sales: await token(baseUrl, SALES),
    planning: await token(baseUrl, PLANNING),
    pmo: await token(baseUrl, PMO, ["PMO"]),
  };
  return { baseUrl, tokens, agenda: await createAgenda(baseUrl, tokens.organizer) };
}

/** A commitment body the organizer or an attendee may post to the world's agenda. */
export function commitmentBody(n: number): string {
  return JSON.stringify({ ownerEmail: SALES, helpsDepartment: "企画部", action: `要件を共有する #${n}`, dueDate: "2099-03-31" });
}
