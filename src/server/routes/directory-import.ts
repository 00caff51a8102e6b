// POST /api/directory/import: the PMO loads the local directory (who is in which department) from a
// CSV file. Local mode only — in Entra mode the directory is Microsoft Graph. All or nothing: one
// transaction, and any bad row is a 400 naming its line and column with nothing written.
import type { FastifyInstance } from "fastify";
import type { DirectoryImportResult } from "../../core/api/contract";
import { DirectoryCsvError, parseDirectoryCsv } from "../directory/directory-csv";
import { upsertDirectoryUsers } from "../directory/directory.repository";
import { nowIso } from "../ids";
import { upsertPersonSettings } from "../people/person-settings.repository";
import { HttpError, forbidden } from "../http/http-error";
import { withIdempotency } from "../idempotency/with-idempotency";
import type { RouteDeps } from "./route-deps";

export const DIRECTORY_CSV_TYPE = "text/csv";

export async function directoryImportRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  // Only this route reads CSV; every other route keeps refusing non-JSON bodies.
  app.addContentTypeParser(DIRECTORY_CSV_TYPE, { parseAs: "buffer" }, (_request, body, done) => {
    try {
      done(null, new TextDecoder("utf-8", { fatal: true }).decode(body as Buffer));
    } catch {
      done(new HttpError("bad_request", "The CSV file is not UTF-8 text: save it as \"CSV UTF-8\"", { field: "body" }), undefined);
    }
  });

  app.post("/api/directory/import", async (request, reply) => {
    if (deps.config.authMode !== "local") {
      throw forbidden("In Entra mode the directory comes from Microsoft Graph; CSV import is for local mode");
    }
    if (!request.principal.isPmo) throw forbidden("Only the PMO can import the directory");
    if (typeof request.body !== "string") {
      throw new HttpError("bad_request", `Send the directory as CSV (Content-Type: ${DIRECTORY_CSV_TYPE}) with the header "email,name,department"`, { field: "body" });
    }
    let people;
    try {
      people = parseDirectoryCsv(request.body);
    } catch (err) {
      if (!(err instanceof DirectoryCsvError)) throw err;
      const path = `line ${err.line}${err.column ? `, column ${err.column}` : ""}`;
      throw new HttpError("bad_request", err.message, { field: path, issues: [{ path, message: err.message }] });
    }
    const tenantId = request.principal.tenantId;
    return withIdempotency(request, reply, deps, (tx) =>
      tx.commit(async (trx) => {
        await upsertDirectoryUsers(trx, tenantId, people.map(({ email, name, department }) => ({ email, name, department })));
        // Only the people whose row says something: a file without these columns leaves settings alone.
        const settings = people.filter((p) => p.timeZone !== null || p.language !== null);
        await upsertPersonSettings(trx, tenantId, settings, "directory", nowIso());
        const body: DirectoryImportResult = { imported: people.length };
        return { status: 200, body };
      }),
    );
  });
}
