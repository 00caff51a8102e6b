// buildApp in Entra mode, as production runs it, with what can't run here replaced at its port:
// Entra's signing keys served over real HTTP (a key the test holds), Microsoft Graph as a
// recorded-Graph server, and the on-behalf-of exchange as a fake that hands each user a Graph token
// naming them ("graph-token-<oid>"), so recordings can answer differently per caller.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { decodeJwt } from "jose";
import { buildApp } from "../../src/server/app";
import { createAuthenticator } from "../../src/server/auth/authenticator";
import { loadConfig } from "../../src/server/config";
import { createDb, type DbTarget } from "../../src/server/db/create-db";
import type { Db } from "../../src/server/db/database";
import type { MeetingProver } from "../../src/server/graph/meeting-proof";
import type { TokenExchanger } from "../../src/server/graph/token-exchanger";
import { AUTHORITY, CLIENT_ID, TENANT, entraClaims, makeKey, sign, type TestKey } from "./auth/test-tokens";
import { startRecordedGraph, type RecordedGraph } from "./graph/recorded-graph";

export interface EntraPerson {
  oid: string;
  /** preferred_username: what the token says, which a rename changes. */
  email: string;
  name?: string;
  roles?: string[];
  tid?: string;
  /** Seconds until the token expires (default one hour). */
  expiresInSec?: number;
}

export interface EntraTestApp {
  app: FastifyInstance;
  db: Db;
  graph: RecordedGraph;
  key: TestKey;
  /** A valid Entra access token for this person. */
  tokenFor(person: EntraPerson): Promise<string>;
  /** The Graph token the fake on-behalf-of exchange gives this object id. */
  graphTokenOf(oid: string): string;
  close(): Promise<void>;
}

export async function buildEntraTestApp(
  opts: { env?: Record<string, string>; graph?: boolean; target?: DbTarget; meetingProof?: MeetingProver | null } = {},
): Promise<EntraTestApp> {
  const key = await makeKey("entra-test-key");
  const jwks: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [{ ...key.jwk, issuer: `${AUTHORITY}/{tenantid}/v2.0` }] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
  const graph = await startRecordedGraph();
  const withGraph = opts.graph ?? true;
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    AUTH_MODE: "entra",
    ENTRA_CLIENT_ID: CLIENT_ID,
    ENTRA_JWKS_URI: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`,
    ...(withGraph ? { ENTRA_CLIENT_SECRET: "test-secret", ENTRA_GRAPH_BASE_URL: graph.baseUrl } : {}),
    ...opts.env,
  });
  const graphTokenOf = (oid: string) => `graph-token-${oid}`;
  const exchanger: TokenExchanger = {
    async exchange({ assertion }) {
      return graphTokenOf(String(decodeJwt(assertion).oid));
    },
  };
  const handle = await createDb(opts.target ?? { kind: "sqlite", file: ":memory:" });
  const authenticator = await createAuthenticator(config);
  const app = await buildApp({
    config,
    db: handle.db,
    authenticator,
    tokenExchanger: exchanger,
    ...(opts.meetingProof !== undefined ? { meetingProof: opts.meetingProof } : {}),
  });
  await app.ready();
  return {
    app,
    db: handle.db,
    graph,
    key,
    graphTokenOf,
    tokenFor: (p) =>
      sign(
        key,
        entraClaims(p.tid ?? TENANT, {
          oid: p.oid,
          preferred_username: p.email,
          name: p.name ?? p.email.split("@")[0],
          roles: p.roles,
          exp: Math.floor(Date.now() / 1000) + (p.expiresInSec ?? 3600),
        }),
      ),
    async close() {
      await app.close();
      await handle.close();
      await graph.close();
      await new Promise<void>((resolve) => jwks.close(() => resolve()));
    },
  };
}
