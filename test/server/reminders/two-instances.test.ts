// Two server instances — two processes, each with its own connection to ONE
// SQLite file — run the reminder job concurrently many times, and every reminder goes out exactly once.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../../src/server/db/create-db";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { withReminderTables } from "../../../src/server/reminders/reminder.tables";
import { manyOwners, seedCommitments } from "./reminder-fixtures";

const SCRIPT = fileURLToPath(new URL("./reminder-instance.ts", import.meta.url));
const DAYS = ["2026-11-28", "2026-11-29", "2026-11-30"]; // Sat, Sun (week 48), Mon (week 49)
const OWNERS = 12;
// A digest per owner per day, and the one demo PMO's summary per ISO week.
const EXPECTED = OWNERS * DAYS.length + 2;

interface Totals {
  sent: number;
  alreadySent: number;
  failed: number;
  ranWithLease: number;
}

function runInstance(file: string, holder: string, runs: number, ttlMs: number, onReady: () => void): Promise<Totals> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", SCRIPT, file, holder, String(runs), String(ttlMs), DAYS.join(","), `${file}.go`], {
      cwd: fileURLToPath(new URL("../../..", import.meta.url)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => {
      const before = out;
      out += d.toString();
      if (!before.includes("ready\n") && out.includes("ready\n")) onReady();
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").at(-1)!) as Totals) : reject(new Error(`instance ${holder} exited ${code}: ${err}`))));
  });
}

/** Both instances at once: each connects, and only when both are connected do they start running. */
function runBoth(file: string, runs: number, ttlMs: number): Promise<Totals[]> {
  let ready = 0;
  const onReady = () => {
    if (++ready === 2) writeFileSync(`${file}.go`, "");
  };
  return Promise.all([runInstance(file, "instance-a", runs, ttlMs, onReady), runInstance(file, "instance-b", runs, ttlMs, onReady)]);
}

async function ledgerOf(file: string) {
  const handle = await createDb({ kind: "sqlite", file });
  try {
    const rdb = withReminderTables(handle.db);
    return {
      outbox: await rdb.selectFrom("outbox_messages").select(["recipient", "kind", "period"]).execute(),
      sends: await rdb.selectFrom("reminder_sends").select(["recipient", "kind", "period", "sent_by"]).execute(),
    };
  } finally {
    await handle.close();
  }
}

describe("two instances on one SQLite database", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cp-reminders-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function seeded(name: string): Promise<string> {
    const file = path.join(dir, name);
    const handle = await createDb({ kind: "sqlite", file });
    await seedCommitments(handle.db, manyOwners(DEMO_TENANT_ID, OWNERS, "2026-11-29"));
    await handle.close();
    return file;
  }

  function expectExactlyOnce(ledger: Awaited<ReturnType<typeof ledgerOf>>, totals: Totals[]) {
    const keys = ledger.outbox.map((m) => `${m.recipient} ${m.kind} ${m.period}`);
    expect(new Set(keys).size).toBe(keys.length); // no reminder twice
    expect(keys).toHaveLength(EXPECTED); // and none missing
    expect(ledger.sends).toHaveLength(EXPECTED);
    expect(totals.reduce((n, t) => n + t.sent, 0)).toBe(EXPECTED);
    expect(totals.every((t) => t.failed === 0)).toBe(true);
  }

  it("runs concurrently with an always-expired lease (only the send ledger guards): each reminder exactly once", async () => {
    const file = await seeded("no-lease.db");
    const totals = await runBoth(file, 24, 0);
    const ledger = await ledgerOf(file);
    expectExactlyOnce(ledger, totals);
    // Both really ran the job over the same days. Which one sends each reminder is up to the
    // scheduler: on a busy machine one process can win them all, so that is not asserted.
    expect(totals.every((t) => t.ranWithLease > 0)).toBe(true);
  }, 120_000);

  it("with the lease held between runs, the instances take turns and still send each reminder exactly once", async () => {
    const file = await seeded("lease.db");
    const totals = await runBoth(file, 24, 60_000);
    expectExactlyOnce(await ledgerOf(file), totals);
  }, 120_000);
});
