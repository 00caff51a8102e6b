// One "server instance" for the two-instance test, as its own process with its own SQLite connection:
// runs the reminder scheduler's tick `runs` times over the given days and prints what it sent as JSON.
// Usage: tsx reminder-instance.ts <db-file> <holder> <runs> <lease-ttl-ms> <day,day,…> <go-file>
// It says "ready" once connected, then waits for <go-file> so both instances start together.
import { existsSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { loadConfig } from "../../../src/server/config";
import { createDb } from "../../../src/server/db/create-db";
import { createOutboxNotifier } from "../../../src/server/notifier/outbox-notifier";
import { startReminderScheduler } from "../../../src/server/reminders/reminder-scheduler";

const [file, holder, runs, ttl, days, go] = process.argv.slice(2);
if (!file || !holder || !runs || ttl === undefined || !days || !go) throw new Error("usage: reminder-instance <db-file> <holder> <runs> <lease-ttl-ms> <days> <go-file>");
const dayList = days.split(",");
const handle = await createDb({ kind: "sqlite", file });
let run = 0;
const scheduler = startReminderScheduler({
  db: handle.db,
  config: loadConfig({ NODE_ENV: "test" }),
  notifier: createOutboxNotifier(),
  intervalMs: 3_600_000,
  firstRunDelayMs: 3_600_000,
  leaseTtlMs: Number(ttl),
  holder,
  // Each run a little later in its day; both instances walk the same days.
  now: () => new Date(`${dayList[Math.floor((run * dayList.length) / Number(runs))]}T09:00:00.${String(run % 1000).padStart(3, "0")}Z`),
  log: { warn: (obj, msg) => console.error(msg, obj), info: () => undefined },
});
process.stdout.write("ready\n");
while (!existsSync(go)) await delay(5);
const totals = { sent: 0, alreadySent: 0, failed: 0, ranWithLease: 0 };
for (run = 0; run < Number(runs); run++) {
  const result = await scheduler.tick();
  if (!result) continue;
  totals.ranWithLease++;
  totals.sent += result.sent;
  totals.alreadySent += result.alreadySent;
  totals.failed += result.failed;
}
await scheduler.stop();
await handle.close();
process.stdout.write(`${JSON.stringify(totals)}\n`);
