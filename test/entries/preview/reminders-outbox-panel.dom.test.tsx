// The preview's outbox panel: lists what the local Notifier sent (text, never markup), and the PMO's
// "send reminders now" runs the job and shows what it did — against a scripted fetch of the real API shapes.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppShell } from "../../../src/components/app-shell";
import type { OutboxMessage } from "../../../src/core/api/reminders-contract";
import { DEMO_PEOPLE, PREVIEW_CAST } from "../../../src/core/demo/demo-people";
import { RemindersOutboxPanel } from "../../../src/entries/preview/reminders-outbox-panel";

const PMO = DEMO_PEOPLE.find((p) => p.email === PREVIEW_CAST.pmo)!;
const DIGEST: OutboxMessage = {
  id: "01abcdefghjkmnpqrstvwxyz01",
  recipient: "hanako.sato@contoso.example",
  kind: "due-digest",
  period: "2026-11-28",
  subject: "【Common Purpose】期限が近い・過ぎたコミットメント 1件 / 1 commitment due soon or overdue",
  bodyText: "- <img src=x onerror=alert(1)> 見積を送る",
  itemCount: 1,
  createdAt: "2026-11-28T09:00:00.000Z",
};

function scriptedFetch(outbox: OutboxMessage[][]) {
  const calls: { method: string; url: string; auth: string | null; body: unknown }[] = [];
  let listCall = 0;
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = new Headers(init?.headers);
    calls.push({ method: init?.method ?? "GET", url, auth: headers.get("authorization"), body: init?.body ? JSON.parse(String(init.body)) : null });
    const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });
    if (url.endsWith("/api/dev/token")) return json({ accessToken: "pmo-token", expiresIn: 3600 });
    if (url.includes("/api/outbox")) return json(outbox[Math.min(listCall++, outbox.length - 1)]);
    if (url.endsWith("/api/reminders/run")) return json({ sent: 1, alreadySent: 2, failed: 0 });
    return json({ error: { code: "not_found", message: "nothing" } }, 404);
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

const renderPanel = (lang: "ja" | "en") =>
  render(
    <AppShell lang={lang} theme="default">
      <RemindersOutboxPanel baseUrl="http://preview.test" pmo={PMO} />
    </AppShell>,
  );

describe("RemindersOutboxPanel", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("says the outbox is empty, then runs the reminders as the PMO and lists what was sent", async () => {
    const calls = scriptedFetch([[], [DIGEST]]);
    renderPanel("en");
    expect(await screen.findByTestId("reminders-empty")).toHaveTextContent("No reminders sent yet.");
    fireEvent.click(screen.getByRole("button", { name: "Send reminders now" }));
    expect(await screen.findByTestId("reminders-ran")).toHaveTextContent("Sent 1 (skipped 2 already sent, 0 failed).");
    const rows = await screen.findAllByTestId("reminders-row");
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByText("hanako.sato@contoso.example")).toBeInTheDocument();
    expect(within(rows[0]!).getByText("Due digest (2026-11-28)")).toBeInTheDocument();
    // The commitment's words are text, not markup.
    expect(rows[0]!.querySelector("img")).toBeNull();
    expect(within(rows[0]!).getByText(/onerror=alert/)).toBeInTheDocument();

    const token = calls.find((c) => c.url.endsWith("/api/dev/token"));
    expect(token?.body).toEqual({ email: PMO.email, name: PMO.name, roles: ["PMO"] });
    expect(calls.filter((c) => c.url.endsWith("/api/reminders/run")).map((c) => [c.method, c.auth])).toEqual([["POST", "Bearer pmo-token"]]);
    expect(calls.filter((c) => c.url.includes("/api/outbox")).every((c) => c.url.includes("limit=50"))).toBe(true);
  });

  it("speaks Japanese", async () => {
    scriptedFetch([[DIGEST]]);
    renderPanel("ja");
    expect(await screen.findByText("送信済みのリマインダー（ローカルの送信箱）")).toBeInTheDocument();
    expect(await screen.findByText("期限のダイジェスト (2026-11-28)")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "今すぐリマインダーを送る" })).toBeInTheDocument();
  });

  it("shows a failure to load", async () => {
    const fetchMock = vi.fn(async (input: RequestInfo | URL) =>
      String(input).endsWith("/api/dev/token")
        ? new Response(JSON.stringify({ accessToken: "t", expiresIn: 3600 }), { status: 200, headers: { "content-type": "application/json" } })
        : new Response(JSON.stringify({ error: { code: "conflict", message: "The outbox exists only in local mode" } }), { status: 409, headers: { "content-type": "application/json" } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    renderPanel("en");
    await waitFor(() => expect(screen.getByText(/Could not load the outbox: The outbox exists only in local mode/)).toBeInTheDocument());
  });
});
