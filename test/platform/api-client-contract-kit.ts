// What both halves of the ApiClient contract share: who takes part, and how each case gets a
// fresh client and meeting. Data is unique per run so it can share a database with others.
import { expect } from "vitest";
import { ApiError, type ApiClient } from "../../src/platform/ports";

export interface ContractPerson {
  email: string;
  name: string;
  roles?: string[];
}

export interface ContractSubject {
  /** Signed in as the organizer, hanako.sato@contoso.example. */
  client: ApiClient;
  /** The same server, signed in as someone else of the same tenant. */
  clientAs(person: ContractPerson): Promise<ApiClient>;
  teardown?: () => Promise<void>;
}

export const MISAKI = { email: "misaki.tanaka@contoso.example", name: "田中 美咲" };
export const ICHIRO = { email: "ichiro.suzuki@contoso.example", name: "鈴木 一郎" };
export const OUTSIDER = { email: "naoto.ito@contoso.example", name: "伊藤 直人" };
export const PMO = { email: "satoshi.yamamoto@contoso.example", name: "山本 聡", roles: ["PMO"] };

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error("expected the call to reject with an ApiError");
}

/** The helpers every case uses, bound to one way of making a client. */
export function contractKit(make: () => Promise<ContractSubject>) {
  async function withClient(run: (client: ApiClient, as: ContractSubject["clientAs"]) => Promise<void>): Promise<void> {
    const subject = await make();
    try {
      await run(subject.client, (p) => subject.clientAs(p));
    } finally {
      await subject.teardown?.();
    }
  }

  /** An agenda with two attendees (企画部, 営業部) on a fresh Teams thread. */
  const meeting = (client: ApiClient) =>
    client.createAgenda({
      objectiveTitle: `共通の目的 ${unique()}`,
      departments: [{ name: "営業部" }, { name: "企画部" }],
      attendees: [
        { ...MISAKI, department: "企画部" },
        { ...ICHIRO, department: "営業部", role: "optional" },
      ],
      teamsThreadId: `19:meeting_${unique()}@thread.v2`,
    });

  const newAgenda = (client: ApiClient, title = `共通の目的 ${unique()}`) =>
    client.createAgenda({
      subject: "CRM 定例",
      objectiveTitle: title,
      desiredOutcome: "次の一手を決める",
      departments: [
        { name: "営業部", mission: "新規開拓" },
        { name: "企画部", mission: "提案力の強化" },
      ],
      lang: "ja",
    });

  return { withClient, meeting, newAgenda };
}
