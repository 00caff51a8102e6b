// Query strings of the commitments list and export. The schemas are strict, and an unknown
// parameter (`?colour=red`) is reported by its own name so the caller sees what to remove.
import { z } from "zod";
import { Lang } from "../../core/api/primitives";
import { CommitmentListQuery } from "../../core/api/commitment-list-contract";
import { badRequest } from "../http/http-error";
import { parseInput } from "../http/validate";

/** The export takes the list's filters plus the header language; cursor and limit are ignored. */
export const CommitmentExportQuery = CommitmentListQuery.extend({ lang: Lang.default("ja") });

export function parseStrictQuery<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    const unknown = result.error.issues.find((i) => i.code === "unrecognized_keys");
    const key = unknown && "keys" in unknown ? unknown.keys[0] : undefined;
    if (key !== undefined) throw badRequest(`Invalid query: ${key} — unknown query parameter`, key);
  }
  return parseInput(schema, raw, "query");
}
