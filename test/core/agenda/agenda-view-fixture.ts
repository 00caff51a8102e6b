// Builds AgendaView values for the agenda tests, parsed through the contract so they are valid.
import {
  AgendaView,
  type Commitment,
  type Contribution,
  type AgendaView as AgendaViewType,
} from "../../../src/core/api/contract";

const NOW = "2026-04-01T09:00:00+09:00";

type AgendaOverrides = Partial<AgendaViewType["agenda"]>;

export function contribution(department: string, text: string, authorName = "佐藤 一郎"): Contribution {
  return {
    id: `c-${Math.random().toString(36).slice(2, 10)}`,
    agendaId: "ag_1",
    department,
    authorEmail: "ichiro.sato@contoso.example",
    authorName,
    text,
    version: 1,
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: `k-${Math.random().toString(36).slice(2, 10)}`,
    agendaId: "ag_1",
    objectiveId: null,
    objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
    ownerEmail: "hanako.tanaka@contoso.example",
    ownerName: "田中 花子",
    ownerDepartment: "営業部",
    helpsDepartment: null,
    action: "大手顧客10社のリストを企画部に共有する",
    dueDate: "2026-04-15",
    servesObjective: "提案先を早く決められる",
    status: "open",
    contributionId: null,
    createdByEmail: "hanako.tanaka@contoso.example",
    createdAt: NOW,
    updatedAt: NOW,
    history: [],
    version: 1,
    ...overrides,
  };
}

export function agendaView(
  agenda: AgendaOverrides = {},
  extra: { contributions?: Contribution[]; commitments?: Commitment[] } = {},
): AgendaViewType {
  return AgendaView.parse({
    agenda: {
      id: "ag_1",
      organizerEmail: "hanako.tanaka@contoso.example",
      subject: "CRM 拡大の次の一手",
      objectiveId: "obj_1",
      objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
      desiredOutcome: "来期の提案先3社と担当を決める",
      departments: [
        { name: "営業部", mission: "顧客との関係を築き、売上をつくる" },
        { name: "企画部", mission: "サービスを企画し、育てる" },
      ],
      attendees: [
        { email: "hanako.tanaka@contoso.example", name: "田中 花子", department: "営業部", role: "organizer" },
        { email: "ken.suzuki@contoso.example", name: "鈴木 健", department: "企画部", role: "required" },
      ],
      obstacles: [],
      lang: "ja",
      startsAt: null,
      endsAt: null,
      outlookItemId: null,
      iCalUId: null,
      teamsThreadId: null,
      joinUrl: null,
      version: 1,
      revision: 1,
      createdAt: NOW,
      updatedAt: NOW,
      ...agenda,
    },
    contributions: extra.contributions ?? [],
    commitments: extra.commitments ?? [],
  });
}
