import { Migrator, type Migration, type MigrationProvider } from "kysely";
import type { Db } from "./database";
import * as initial from "./migrations/2026-11-28-001-initial";
import * as agendaPurposeScore from "./migrations/2026-11-28-002-agenda-purpose-score";
import * as dashboardIndexes from "./migrations/2026-11-28-003-dashboard-indexes";
import * as reminders from "./migrations/2026-11-28-004-reminders";
import * as commitmentVersion from "./migrations/2026-11-28-006-commitment-version";
import * as commitmentRollups from "./migrations/2026-11-28-007-commitment-rollups";
import * as commitmentSearch from "./migrations/2026-11-28-008-commitment-search";
import * as identityOids from "./migrations/2026-12-07-101-identity-oids";
import * as threadProof from "./migrations/2026-12-07-102-thread-proof";
import * as personSettings from "./migrations/2026-12-07-301-person-settings";
import * as noSelfHelp from "./migrations/2026-12-07-302-no-self-help";
import * as objectiveLibrary from "./migrations/2026-12-07-201-objective-library";
import * as contributionProposals from "./migrations/2026-12-07-202-contribution-proposals";
import * as tenants from "./migrations/2026-12-07-401-tenants";
import * as dataRights from "./migrations/2026-12-07-402-data-rights";
import * as departmentRequests from "./migrations/2026-12-07-601-department-requests";
import * as requestReminderSetting from "./migrations/2026-12-07-602-request-reminder-setting";

// Listed explicitly (not read from disk) so migrations work the same under tsx, vitest and bundles.
const MIGRATIONS: Record<string, Migration> = {
  "2026-11-28-001-initial": initial,
  "2026-11-28-002-agenda-purpose-score": agendaPurposeScore,
  "2026-11-28-003-dashboard-indexes": dashboardIndexes,
  "2026-11-28-004-reminders": reminders,
  "2026-11-28-006-commitment-version": commitmentVersion,
  "2026-11-28-007-commitment-rollups": commitmentRollups,
  "2026-11-28-008-commitment-search": commitmentSearch,
  "2026-12-07-101-identity-oids": identityOids,
  "2026-12-07-102-thread-proof": threadProof,
  "2026-12-07-301-person-settings": personSettings,
  "2026-12-07-302-no-self-help": noSelfHelp,
  "2026-12-07-201-objective-library": objectiveLibrary,
  "2026-12-07-202-contribution-proposals": contributionProposals,
  "2026-12-07-401-tenants": tenants,
  "2026-12-07-402-data-rights": dataRights,
  "2026-12-07-601-department-requests": departmentRequests,
  "2026-12-07-602-request-reminder-setting": requestReminderSetting,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    const detail = error instanceof Error ? error.message : String(error);
    // No migration ran at all: the database was not reached (the cause says why).
    throw new Error(failed ? `Database migration ${failed} failed: ${detail}` : `Could not reach the database to migrate it: ${detail}`, { cause: error });
  }
}
