// Valid contract objects for HTTP-level tests, and a scriptable local HTTP server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Agenda, AgendaChangeEvent, AgendaView } from "../../../src/core/api/contract";

export const AGENDA_ID = "agd_test1";

export function agendaAt(revision: number, version = 1): Agenda {
  return {
    id: AGENDA_ID,
    organizerEmail: "hanako.sato@contoso.example",
    subject: "CRM 定例",
    objectiveId: null,
    objectiveTitle: "大手企業向けのCRMビジネスを拡大する",
    desiredOutcome: "",
    departments: [{ name: "営業部", mission: "" }],
    attendees: [],
    obstacles: [],
    lang: "ja",
    startsAt: null,
    endsAt: null,
    outlookItemId: null,
    iCalUId: null,
    teamsThreadId: null,
    joinUrl: null,
    version,
    revision,
    createdAt: "2030-01-01T00:00:00.000Z",
    updatedAt: "2030-01-01T00:00:00.000Z",
  };
}

export const viewAt = (revision: number): AgendaView => ({ agenda: agendaAt(revision), contributions: [], commitments: [] });

export const changeAt = (revision: number): AgendaChangeEvent => ({
  agendaId: AGENDA_ID,
  revision,
  kind: "contribution",
  view: viewAt(revision),
});

/** One SSE frame as the server writes it. */
export const sseFrame = (revision: number) => `id: ${revision}\nevent: change\ndata: ${JSON.stringify(changeAt(revision))}\n\n`;

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string, index: number) => void;

export interface ScriptedServer {
  url: string;
  /** Every request received: method, url, headers, body. */
  requests: Array<{ method: string; url: string; headers: IncomingMessage["headers"]; body: string }>;
  close(): Promise<void>;
}

/** A real HTTP server on an ephemeral port; `handle` gets each request with its running index. */
export async function startServer(handle: Handler): Promise<ScriptedServer> {
  const requests: ScriptedServer["requests"] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handle(req, res, body, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function until(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (predicate()) return resolve();
      if (Date.now() - start > timeoutMs) return reject(new Error("condition not met in time"));
      setTimeout(tick, 5);
    };
    tick();
  });
}
