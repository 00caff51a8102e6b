// A local Graph stand-in for contract tests: a real node:http server answering with responses recorded
// from Microsoft Graph (recorded/*.json: status, headers, body). Each test scripts which recording
// answers which request, and sees every request that arrived.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export function recorded(name: string): Recorded {
  return JSON.parse(readFileSync(new URL(`./recorded/${name}.json`, import.meta.url), "utf8")) as Recorded;
}

export interface SeenRequest {
  method: string;
  /** Path and decoded query, e.g. /v1.0/users?$filter=mail eq '…' */
  url: string;
  authorization: string | undefined;
}

export interface RecordedGraph {
  baseUrl: string;
  seen: SeenRequest[];
  /** Answer requests whose decoded URL matches with these recordings in turn (the last one repeats). */
  on(match: RegExp, ...responses: (Recorded | string)[]): void;
  /** The same, only for requests sent with this Graph token (answers that depend on who asks). */
  onBehalfOf(graphToken: string, match: RegExp, ...responses: (Recorded | string)[]): void;
  close(): Promise<void>;
}

export async function startRecordedGraph(): Promise<RecordedGraph> {
  const routes: { match: RegExp; queue: Recorded[]; authorization?: string }[] = [];
  const seen: SeenRequest[] = [];
  let baseUrl = "";
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = decodeURIComponent(req.url ?? "");
    seen.push({ method: req.method ?? "", url, authorization: req.headers.authorization });
    // Routes for one caller first, then routes for anyone, each in the order they were added.
    const route =
      routes.find((r) => r.authorization !== undefined && r.authorization === req.headers.authorization && r.match.test(url)) ??
      routes.find((r) => r.authorization === undefined && r.match.test(url));
    const answer: Recorded = route ? (route.queue.length > 1 ? route.queue.shift()! : route.queue[0]!) : notFound(url);
    res.writeHead(answer.status, answer.headers);
    res.end(JSON.stringify(answer.body).replaceAll("{{BASE}}", baseUrl));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  return {
    baseUrl,
    seen,
    on(match, ...responses) {
      routes.push({ match, queue: responses.map((r) => (typeof r === "string" ? recorded(r) : r)) });
    },
    onBehalfOf(graphToken, match, ...responses) {
      routes.push({ match, authorization: `Bearer ${graphToken}`, queue: responses.map((r) => (typeof r === "string" ? recorded(r) : r)) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function notFound(url: string): Recorded {
  return {
    status: 404,
    headers: { "content-type": "application/json" },
    body: { error: { code: "Request_ResourceNotFound", message: `Resource '${url}' does not exist or one of its queried reference-property objects are not present.` } },
  };
}
