// Shared setup of the commitment API tests: a real app on in-memory SQLite, a meeting between
// 営業部 and 企画部, and tokens for everyone who plays a part (including a second tenant's PMO).
import type { Agenda, Commitment, CommitmentCreate } from "../../../src/core/api/contract";
import { DEMO_PEOPLE } from "../../../src/core/demo/demo-people";
import { DEMO_TENANT_ID, OTHER_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { upsertDirectoryUsers } from "../../../src/server/directory/directory.repository";
import type { DbTarget } from "../../../src/server/db/create-db";
import { buildTestApp, type TestApp, type TestAppOptions } from "../api-helper";

export const ORGANIZER = "hanako.sato@contoso.example";
export const SALES = "ichiro.suzuki@contoso.example";
export const PLANNING = "misaki.tanaka@contoso.example";
export const OUTSIDER = "yumi.watanabe@contoso.example";
export const PMO = "satoshi.yamamoto@contoso.example";
export const OTHER_PMO = "john.smith@fabrikam.example";

export interface World {
  t: TestApp;
  tokens: Record<"organizer" | "sales" | "planning" | "outsider" | "pmo" | "otherPmo", string>;
  agenda: Agenda;
}

export const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });

export async function buildWorld(target?: DbTarget, env?: Record<string, string>, live?: TestAppOptions["live"]): Promise<World> {
  const t = await buildTestApp({ ...(target ? { target } : {}), ...(env ? { env } : {}), ...(live ? { live } : {}) });
  await upsertDirectoryUsers(t.db, DEMO_TENANT_ID, DEMO_PEOPLE.map(({ email, name, department }) => ({ email, name, department })));
  const tokens = {
    organizer: await t.tokenFor(ORGANIZER, { name: "佐藤 花子" }),
    sales: await t.tokenFor(SALES, { name: "鈴木 一郎" }),
    planning: await t.tokenFor(PLANNING, { name: "田中 美咲" }),
    outsider: await t.tokenFor(OUTSIDER, { name: "渡辺 由美" }),
    pmo: await t.tokenFor(PMO, { name: "山本 聡", roles: ["PMO"] }),
    otherPmo: await t.tokenFor(OTHER_PMO, { name: "John Smith", tenantId: OTHER_TENANT_ID, roles: ["PMO"] }),
  };
  const objective = await t.app.inject({
    method: "POST",
    url: "/api/objectives",
    headers: bearer(tokens.organizer),
    payload: { title: "大手企業向けのCRMビジネスを拡大する" },
  });
  const agenda = await createAgenda(t, tokens.organizer, objective.json<{ id: string }>().id);
  return { t, tokens, agenda };
}

export async function createAgenda(t: TestApp, token: string, objectiveId: string | null = null): Promise<Agenda> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/agendas",
    headers: bearer(token),
    payload: {
      subject: "CRM提案",
      objectiveId,
      objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
      departments: [{ name: "営業部" }, { name: "企画部" }],
      attendees: [
        { email: SALES, name: "鈴木 一郎", department: "営業部" },
        { email: PLANNING, name: "田中 美咲", department: "企画部" },
      ],
    },
  });
  if (res.statusCode !== 201) throw new Error(`agenda create failed: ${res.statusCode} ${res.body}`);
  return res.json<Agenda>();
}

export async function addCommitment(
  w: World,
  body: Partial<CommitmentCreate> = {},
  token: string = w.tokens.organizer,
  agendaId: string = w.agenda.id,
): Promise<Commitment> {
  const res = await w.t.app.inject({
    method: "POST",
    url: `/api/agendas/${agendaId}/commitments`,
    headers: bearer(token),
    // Set-up may record commitments already overdue; the rule itself has its own tests.
    payload: { ownerEmail: SALES, action: "要件を共有する", dueDate: "2099-01-01", confirmPastDue: true, ...body },
  });
  if (res.statusCode !== 201) throw new Error(`commitment create failed: ${res.statusCode} ${res.body}`);
  return res.json<Commitment>();
}
