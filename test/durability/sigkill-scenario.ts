// The crash scenario, for either database: 2,000 idempotent writes at once, SIGKILL in the middle,
// restart on the same data, every acknowledged write must be there, and retrying the rest with the
// same keys must leave exactly one row per key.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { createDb, type DbTarget } from "../../src/server/db/create-db";
import { createAgendas, devToken, fireWrites, freePort, retryAll, rowsByKey, startChild, type WriteSpec } from "./crash-harness";

export interface CrashFigures {
  writes: number;
  ackedBeforeKill: number;
  ackedFoundAfterRestart: number;
  committedButUnacked: number;
  retried: number;
  replayedOnRetry: number;
  rowsAtEnd: number;
  duplicates: number;
}

const OWNER = "durable@contoso.example";

export async function runSigkillScenario(
  label: string,
  env: Record<string, string>,
  target: (dataDir: string) => DbTarget,
  options: { writes?: number; concurrency?: number; killAfterAcks?: number } = {},
): Promise<CrashFigures> {
  const writes = options.writes ?? 2000;
  const concurrency = options.concurrency ?? 64;
  const killAfterAcks = options.killAfterAcks ?? Math.floor(writes * 0.3);
  const dataDir = mkdtempSync(path.join(tmpdir(), "cp-sigkill-"));
  const prefix = `sk-${label}-${Date.now().toString(36)}-`;
  try {
    // The same port after the restart: local tokens name the server's URL as their issuer.
    const port = await freePort();
    let server = await startChild(port, { DATA_DIR: dataDir, ...env });
    const started = Date.now();
    const token = await devToken(server.baseUrl, OWNER);
    const agendas = await createAgendas(server.baseUrl, token, 20);
    const specs: WriteSpec[] = Array.from({ length: writes }, (_, i) => ({
      key: `${prefix}${i}`,
      kind: i % 2 === 0 ? "commitment" : "contribution",
      agendaId: agendas[i % agendas.length]!,
    }));

    const fireStart = Date.now();
    let killed: Promise<void> | undefined;
    let ackedAtKill = 0;
    const outcome = await fireWrites(server.baseUrl, token, OWNER, specs, concurrency, (acks) => {
      if (!killed && acks >= killAfterAcks) {
        ackedAtKill = acks;
        killed = server.kill();
      }
    });
    await killed;
    // The kill must have landed in the middle: some writes answered, some not.
    expect(killed, `the server was never killed (refused: ${JSON.stringify(outcome.refused)})`).toBeDefined();
    expect(outcome.acked.size).toBeGreaterThanOrEqual(ackedAtKill);
    expect(outcome.unacked.length).toBeGreaterThan(0);

    const killedAt = Date.now();
    const fireMs = killedAt - fireStart;
    server = await startChild(port, { DATA_DIR: dataDir, ...env });
    const restartMs = Date.now() - killedAt;
    const handle = await createDb(target(dataDir));
    try {
      const afterRestart = await rowsByKey(handle.db, prefix);
      const missing = [...outcome.acked].filter(([key, id]) => afterRestart.perKey.get(key) !== 1 || !afterRestart.ids.has(id));
      expect(missing, "acknowledged writes missing after the restart").toEqual([]);
      const committedButUnacked = outcome.unacked.filter((s) => afterRestart.perKey.has(s.key)).length;

      const retryStart = Date.now();
      const { replayed: replayedOnRetry, waited } = await retryAll(server.baseUrl, token, OWNER, outcome.unacked, 16);
      const retryMs = Date.now() - retryStart;
      const atEnd = await rowsByKey(handle.db, prefix);
      const duplicates = [...atEnd.perKey.values()].filter((n) => n > 1).length;
      expect(duplicates).toBe(0);
      expect(atEnd.perKey.size).toBe(writes);
      expect(specs.every((s) => atEnd.perKey.get(s.key) === 1)).toBe(true);
      // A write that committed before the kill is replayed, not applied again.
      expect(replayedOnRetry).toBe(committedButUnacked);
      // Claims of requests the kill cut short were freed at once, not after STALE_CLAIM_MS.
      expect(waited).toBe(0);

      const figures: CrashFigures = {
        writes,
        ackedBeforeKill: outcome.acked.size,
        ackedFoundAfterRestart: outcome.acked.size - missing.length,
        committedButUnacked,
        retried: outcome.unacked.length,
        replayedOnRetry,
        rowsAtEnd: atEnd.ids.size,
        duplicates,
      };
      process.stdout.write(`[sigkill ${label}] ${JSON.stringify({ ...figures, fireMs, restartMs, retryMs, totalMs: Date.now() - started })}\n`);
      return figures;
    } finally {
      await handle.close();
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
