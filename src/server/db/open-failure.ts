// What to tell the person starting the server when the database can't be opened: where it was
// looked for (host and port, or the file) and which setting says so, not just the driver's error.
import path from "node:path";
import type { DbTarget } from "./create-db";

const PG_REASONS: Record<string, string> = {
  ECONNREFUSED: "nothing accepts connections there (is PostgreSQL running, and on that port?)",
  ENOTFOUND: "the host name is not known (check the host in DATABASE_URL)",
  EAI_AGAIN: "the host name could not be looked up (DNS); try again or check the host",
  ETIMEDOUT: "the connection timed out (a firewall, or the wrong host)",
  ECONNRESET: "the server closed the connection (TLS required? add ?sslmode=require)",
  "28P01": "the password was refused (check the user and password in DATABASE_URL)",
  "28000": "this user may not connect (check pg_hba.conf and the user in DATABASE_URL)",
  "3D000": "the database does not exist (create it, or fix its name in DATABASE_URL)",
};

/** One paragraph naming the database's place, the variable that sets it and, where known, the cause. */
export function describeOpenFailure(target: DbTarget, error: unknown): string {
  const codes = errorCodes(error);
  const detail = messages(error).join("; ") || String(error);
  if (target.kind === "postgres") {
    const url = new URL(target.url);
    const where = `${url.hostname}:${url.port || "5432"}${url.pathname}`;
    const reason = codes.map((c) => PG_REASONS[c]).find((r) => r !== undefined);
    return `Cannot open the PostgreSQL database at ${where} (DATABASE_URL): ${reason ?? detail}${reason ? ` [${detail}]` : ""}`;
  }
  if (target.kind === "sqlite") {
    return `Cannot open the SQLite database ${target.file} (DATA_DIR=${path.dirname(target.file)}): ${detail}`;
  }
  return `Cannot open the in-memory database: ${detail}`;
}

/** Codes of the error and of those it wraps (AggregateError: one per address tried). */
function errorCodes(error: unknown): string[] {
  const out: string[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || depth > 4) return;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") out.push(code);
    for (const inner of (e as { errors?: unknown[] }).errors ?? []) visit(inner, depth + 1);
    visit((e as { cause?: unknown }).cause, depth + 1);
  };
  visit(error, 0);
  return out;
}

function messages(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const own = error.message.trim();
  const inner = ((error as { errors?: unknown[] }).errors ?? []).flatMap((e) => (e instanceof Error && e.message ? [e.message] : []));
  return [...new Set([own, ...inner].filter((m) => m !== ""))];
}
