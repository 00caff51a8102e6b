// `npm run data -- <command>`: the data-rights actions from the command line, for the people who run
// the server (the same work as /api/admin/*, audited with the operating-system user as the actor).
//   export <tenant> [--out <dir>] [--lang ja|en]   JSON lines + the commitments as CSV and XLSX
//   delete-tenant <tenant> --confirm <tenant>       everything of the tenant, in one transaction
//   forget <tenant> (--email <e> | --object-id <id>) [--delete] [--reference <text>]
//   retention <tenant> --days <1-3650|off>          finished agendas are deleted after that many days
//   purge                                           run the retention job once, now
//   enable-tenant <tenant> | disable-tenant <tenant>  multi-tenant service: let an organization in or out
//   audit <tenant>                                  the last data-rights actions
import { createWriteStream, mkdirSync } from "node:fs";
import { hostname, userInfo } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import type { Lang } from "../../core/api/primitives";
import { dayIn } from "../../core/text/zoned-time";
import { serverTimeZone } from "../time-zone";
import { commitmentsCsvStream, exportFileName as csvFileName } from "../csv/commitments-csv";
import type { Db } from "../db/database";
import { commitmentsXlsxStream, xlsxFileName } from "../xlsx/commitments-xlsx";
import { disableTenant, enableTenant } from "../tenants/tenant-registry";
import { listAudit, recordAudit, type Actor } from "./audit";
import { forgetPerson } from "./person-forget";
import { purgeExpired, setRetentionDays } from "./retention";
import { deleteTenantData } from "./tenant-delete";
import { exportFileName, tenantJsonLinesStream, type ExportCounts } from "./tenant-export";

export class CliError extends Error {}

export interface CliIo {
  out(line: string): void;
}

export const cliActor = (): Actor => {
  const who = `cli:${userInfo().username}@${hostname()}`;
  return { id: who, email: who };
};

const USAGE = `Usage: npm run data -- <command>
  export <tenant> [--out <dir>] [--lang ja|en]
  delete-tenant <tenant> --confirm <tenant>
  forget <tenant> (--email <email> | --object-id <id>) [--delete] [--reference <text>]
  retention <tenant> --days <1-3650|off>
  purge
  enable-tenant <tenant> | disable-tenant <tenant>
  audit <tenant>`;

/** `timeZone`: the organisation's (TENANT_TIME_ZONE, as loadConfig reads it), for the exports' times and file names. */
export async function runDataCli(argv: readonly string[], db: Db, io: CliIo, actor: Actor = cliActor(), timeZone = serverTimeZone()): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: "string" },
        lang: { type: "string" },
        confirm: { type: "string" },
        email: { type: "string" },
        "object-id": { type: "string" },
        delete: { type: "boolean" },
        reference: { type: "string" },
        days: { type: "string" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
  const [command, tenant] = parsed.positionals;
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const needTenant = (): string => {
    if (!tenant) throw new CliError(`${command} needs the tenant id\n${USAGE}`);
    return tenant;
  };
  switch (command) {
    case "export":
      return exportTenant(db, needTenant(), String(v.out ?? "."), v.lang === "en" ? "en" : "ja", io, actor, timeZone);
    case "delete-tenant": {
      const id = needTenant();
      if (v.confirm !== id) throw new CliError(`delete-tenant deletes everything of ${id}: repeat the tenant id with --confirm ${id}`);
      const counts = await deleteTenantData(db, id, actor);
      io.out(`Deleted ${Object.values(counts).reduce((a, b) => a + b, 0)} rows of ${id}:`);
      for (const [table, n] of Object.entries(counts)) if (n > 0) io.out(`  ${table.padEnd(32)} ${n}`);
      return;
    }
    case "forget": {
      const id = needTenant();
      const email = typeof v.email === "string" ? v.email : null;
      const objectId = typeof v["object-id"] === "string" ? v["object-id"] : null;
      if (!email && !objectId) throw new CliError("forget needs --email or --object-id");
      const counts = await forgetPerson(db, id, { email, objectId, mode: v.delete === true ? "delete" : "anonymise", reference: typeof v.reference === "string" ? v.reference : null }, actor);
      io.out(v.delete === true ? "Deleted their own content and anonymised the rest:" : "Anonymised:");
      for (const [table, c] of Object.entries(counts)) if (c.anonymised + c.deleted > 0) io.out(`  ${table.padEnd(32)} ${c.anonymised} anonymised, ${c.deleted} deleted`);
      return;
    }
    case "retention": {
      const id = needTenant();
      const raw = String(v.days ?? "");
      const days = raw === "off" ? null : /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (Number.isNaN(days)) throw new CliError("retention needs --days <1-3650> or --days off");
      try {
        await setRetentionDays(db, id, days, actor);
      } catch (error) {
        throw new CliError((error as Error).message);
      }
      io.out(days === null ? `${id}: finished agendas are kept` : `${id}: finished agendas are deleted ${days} days after the meeting`);
      return;
    }
    case "purge": {
      const result = await purgeExpired(db, new Date(), actor);
      const agendas = Object.entries(result.agendas);
      io.out(`Deleted ${agendas.reduce((a, [, n]) => a + n, 0)} finished agendas${agendas.length ? ` (${agendas.map(([t, n]) => `${t}: ${n}`).join(", ")})` : ""} and ${result.idempotencyKeys} old idempotency answers`);
      return;
    }
    case "enable-tenant":
      await enableTenant(db, needTenant(), actor, "command line");
      io.out(`${tenant}: enabled`);
      return;
    case "disable-tenant":
      io.out((await disableTenant(db, needTenant(), actor)) ? `${tenant}: disabled` : `${tenant}: was not enabled`);
      return;
    case "audit":
      for (const e of await listAudit(db, needTenant())) io.out(`${e.at}  ${e.action.padEnd(16)} ${e.actorEmail}  ${JSON.stringify(e.details)}`);
      return;
    default:
      throw new CliError(command ? `Unknown command '${command}'\n${USAGE}` : USAGE);
  }
}

async function exportTenant(db: Db, tenantId: string, outDir: string, lang: Lang, io: CliIo, actor: Actor, timeZone: string): Promise<void> {
  const dir = path.resolve(outDir);
  mkdirSync(dir, { recursive: true });
  const at = new Date();
  const counts: ExportCounts = {};
  const jsonl = path.join(dir, exportFileName(tenantId, at));
  await pipeline(tenantJsonLinesStream(db, tenantId, { at, counts }), createWriteStream(jsonl));
  io.out(`${jsonl}`);
  for (const [table, n] of Object.entries(counts)) if (n > 0) io.out(`  ${table.padEnd(32)} ${n}`);
  // The commitments as people read them: every one of the tenant, in the reader's language.
  const day = dayIn(timeZone, at);
  const everything = { today: day };
  const csv = path.join(dir, csvFileName(day));
  await pipeline(commitmentsCsvStream(db, tenantId, everything, { lang, timeZone }), createWriteStream(csv));
  const xlsx = path.join(dir, xlsxFileName(day));
  await pipeline(commitmentsXlsxStream(db, tenantId, everything, { lang, timeZone }), createWriteStream(xlsx));
  io.out(`${csv}\n${xlsx}`);
  await recordAudit(db, tenantId, actor, "export", { format: "jsonl+csv+xlsx", complete: true, counts }, at);
}
