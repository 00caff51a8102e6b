// The list's `q` as SQL. The meaning is always the LIKE: a case-insensitive substring of what the
// PMO sees — the action, how it serves the objective, the owner's name, the objective's title — `%`
// and `_` taken literally. Not the owner's e-mail: every address shares the organisation's domain,
// so "contoso" would match every row for a reason nobody can see. A trigram index (migration 2026-11-28-008-commitment-search) only narrows the
// rows that LIKE then checks, so the indexed form returns exactly the rows the plain form does:
// SQLite: the FTS5 trigram table `commitment_search`; PostgreSQL: the pg_trgm GIN index on
// PG_SEARCH_TEXT (absent when pg_trgm could not be installed: then the same query reads the table).
import { sql, type Expression, type SqlBool } from "kysely";
import type { Db } from "../db/database";
import { isPostgres } from "../db/dialect";
import { PG_SEARCH_TEXT, pgSearchBreaks } from "../db/migrations/2026-11-28-008-commitment-search";

export type SearchColumn = "action" | "serves_objective" | "owner_name" | "objective_title";

/**
 * The columns the LIKE reads. The trigram indexes (migration 008) also cover owner_email: they only
 * narrow the candidates, so covering more than the LIKE keeps every match.
 */
export const SEARCH_COLUMNS: readonly SearchColumn[] = ["action", "serves_objective", "owner_name", "objective_title"];

/** Trigram indexes know nothing of shorter terms (e.g. 価格): those are only ever read in list order. */
export const MIN_INDEXED_LENGTH = 3;

/** Escapes LIKE wildcards so user text matches literally (with `escape '\'`, in both dialects). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** True when a trigram index can find `text`: at least three characters once lower-cased. */
export function searchUsesIndex(text: string): boolean {
  return Array.from(text.toLowerCase()).length >= MIN_INDEXED_LENGTH;
}

/**
 * The LIKE itself: what a row must satisfy to match `text`, on any path. SQLite's lower() and LIKE
 * both fold ASCII only, so there `lower(c) like p` (p lower-cased) is exactly `c like p`, which
 * spares a copy of five strings per row read.
 */
export function textMatches(db: Db, text: string): Expression<SqlBool> {
  const pattern = likePattern(text);
  const folded = isPostgres(db);
  const likes = SEARCH_COLUMNS.map((column) =>
    folded ? sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'` : sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`,
  );
  return sql<SqlBool>`(${sql.join(likes, sql` or `)})`;
}

/**
 * An FTS5 query for the substring: one phrase, so its trigrams must follow each other. FTS5 folds
 * case per character (Unicode), a superset of SQLite's ASCII-only lower() and LIKE, so it never
 * drops a row the LIKE keeps. The text is the LIKE's lower-cased text, so both see the same characters.
 */
export function ftsPhrase(text: string): string {
  return `"${text.toLowerCase().replace(/"/g, '""')}"`;
}

/**
 * The candidate rows the trigram index finds for `text` (meant to be ANDed with textMatches):
 * every row whose LIKE matches is among them.
 */
export function textCandidates(db: Db, text: string): Expression<SqlBool> {
  if (isPostgres(db)) {
    // Backslash is PostgreSQL's default LIKE escape: no ESCAPE clause, so the pattern stays a
    // plain parameter that pg_trgm's index and the planner's estimate both read.
    return sql<SqlBool>`${sql.raw(PG_SEARCH_TEXT)} like ${likePattern(pgSearchBreaks(text.toLowerCase()))}`;
  }
  return sql<SqlBool>`commitments.rowid in (select rowid from commitment_search where commitment_search match ${ftsPhrase(text)})`;
}

