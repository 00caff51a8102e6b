// Contract tests of the Graph mail Notifier against responses recorded from Microsoft Graph
// (POST /users/{sender}/sendMail: 202, 403, 429), served by a real local HTTP server; and how the
// Notifier is chosen from the configuration.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/server/config";
import type { Db } from "../../../src/server/db/database";
import { msalAppTokenProvider, type AppTokenProvider } from "../../../src/server/graph/app-token-provider";
import { GraphError } from "../../../src/server/graph/graph-error";
import { createGraphWriter } from "../../../src/server/graph/graph-writer";
import { createGraphMailNotifier } from "../../../src/server/notifier/graph-mail-notifier";
import type { NotificationMessage } from "../../../src/server/notifier/notifier";
import { notifierFor } from "../../../src/server/notifier/notifier-for";
import { startRecordedGraph, type RecordedGraph } from "../graph/recorded-graph";
import { capturingFetch, recordedIn, type SentWrite } from "../sync/graph-recordings";

// The mail Notifier is not transactional: it never touches the database it is handed.
const NO_DB = {} as Db;
const rec = (name: string) => recordedIn(new URL(import.meta.url), name);
const TENANT = "6f1c2b1e-3a52-4c1e-9d0b-5a0c1e0d1a01";
const MESSAGE: NotificationMessage = {
  tenantId: TENANT,
  recipient: "hanako.sato@contoso.example",
  kind: "due-digest",
  period: "2026-11-28",
  subject: "【Common Purpose】期限が近い・過ぎたコミットメント 1件 / 1 commitment due soon or overdue",
  bodyText: "…",
  bodyHtml: "<p>佐藤 花子 さん</p>",
  itemCount: 1,
};

describe("Graph mail Notifier (recorded responses)", () => {
  let graph: RecordedGraph;
  let sent: SentWrite[];
  let fetchImpl: typeof fetch;
  const slept: number[] = [];
  const tokens: AppTokenProvider = { tokenFor: async (tenantId) => `app-token-for-${tenantId}` };
  beforeEach(async () => {
    graph = await startRecordedGraph();
    const capture = capturingFetch();
    sent = capture.sent;
    fetchImpl = capture.fetch;
    slept.length = 0;
  });
  afterEach(async () => {
    await graph.close();
  });
  const notifier = (maxRetryAfterMs = 5_000) =>
    createGraphMailNotifier({
      from: "reminders@contoso.example",
      tokens,
      graph: createGraphWriter({ baseUrl: graph.baseUrl, fetch: fetchImpl, maxRetryAfterMs, sleep: async (ms) => void slept.push(ms) }),
    });

  it("sends the reminder as HTML mail from the sender mailbox with an app-only token of the tenant", async () => {
    graph.on(/\/sendMail$/, rec("sendmail-accepted-202"));
    await notifier().send(MESSAGE, NO_DB);
    expect(graph.seen).toEqual([{ method: "POST", url: "/v1.0/users/reminders@contoso.example/sendMail", authorization: `Bearer app-token-for-${TENANT}` }]);
    expect(sent[0]?.body).toEqual({
      message: {
        subject: MESSAGE.subject,
        body: { contentType: "HTML", content: MESSAGE.bodyHtml },
        toRecipients: [{ emailAddress: { address: "hanako.sato@contoso.example" } }],
      },
      saveToSentItems: false,
    });
  });

  it("fails with Graph's 403 and a hint about permissions", async () => {
    graph.on(/\/sendMail$/, rec("sendmail-denied-403"));
    const error = await notifier().send(MESSAGE, NO_DB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 403, code: "ErrorAccessDenied" });
    expect((error as Error).message).toContain("admin consent");
  });

  it("waits out a 429's Retry-After, then sends once", async () => {
    graph.on(/\/sendMail$/, rec("throttled-429"), rec("sendmail-accepted-202"));
    await notifier().send(MESSAGE, NO_DB);
    expect(slept).toEqual([1000]);
    expect(graph.seen.map((s) => s.method)).toEqual(["POST", "POST"]);
  });

  it("gives up as throttled when Retry-After is longer than it may wait (the job retries next run)", async () => {
    graph.on(/\/sendMail$/, rec("throttled-429"));
    await expect(notifier(500).send(MESSAGE, NO_DB)).rejects.toMatchObject({ status: 429, code: "throttled" });
    expect(graph.seen).toHaveLength(1);
  });

  it("asks msal-node for a client-credentials token from the tenant's authority, once per tenant", async () => {
    const made: string[] = [];
    const provider = msalAppTokenProvider(
      { clientId: "11111111-2222-3333-4444-555555555555", clientSecret: "s", authorityHost: "https://login.microsoftonline.com", graphBaseUrl: "https://graph.microsoft.com/v1.0" },
      ({ authority }) => {
        made.push(authority);
        return { acquireTokenByClientCredential: async ({ scopes }) => ({ accessToken: `${authority}|${scopes.join(" ")}` }) };
      },
    );
    expect(await provider.tokenFor(TENANT)).toBe(`https://login.microsoftonline.com/${TENANT}|https://graph.microsoft.com/.default`);
    await provider.tokenFor(TENANT);
    expect(made).toHaveLength(1);
    const failing = msalAppTokenProvider(
      { clientId: "c", clientSecret: "s", authorityHost: "https://login.microsoftonline.com", graphBaseUrl: "https://graph.microsoft.com/v1.0" },
      () => ({ acquireTokenByClientCredential: async () => Promise.reject(new Error("AADSTS7000215: Invalid client secret")) }),
    );
    await expect(failing.tokenFor(TENANT)).rejects.toMatchObject({ code: "token_exchange_failed" });
  });
});

describe("notifierFor", () => {
  it("is the outbox in local mode", () => {
    expect(notifierFor(loadConfig({ NODE_ENV: "test" }))).toMatchObject({ channel: "outbox", transactional: true });
  });

  it("is Graph mail in Entra mode with a secret and a sender, and nothing without a sender", () => {
    const entra = { NODE_ENV: "test", AUTH_MODE: "entra", ENTRA_CLIENT_ID: "11111111-2222-3333-4444-555555555555", ENTRA_CLIENT_SECRET: "s" };
    expect(notifierFor(loadConfig(entra))).toBeNull();
    expect(notifierFor(loadConfig({ ...entra, NOTIFY_MAIL_FROM: "reminders@contoso.example" }))).toMatchObject({ channel: "graph-mail", transactional: false });
  });
});
