// What the privacy, terms and support pages may say about this deployment, taken from its
// configuration, so each page states what this server really does (Graph or not, mail or not,
// where the data is, who to contact).
import type { Lang } from "../../core/api/primitives";
import type { Config, OperatorConfig } from "../config";

export interface LegalFacts {
  publicUrl: string;
  operator: OperatorConfig;
  authMode: "local" | "entra";
  database: "sqlite" | "postgres";
  /** Entra mode with a client secret: the server calls Microsoft Graph on the user's behalf. */
  graph: boolean;
  /** How long a department read from Graph is reused before it is read again (seconds). */
  directoryTtlSec: number;
  /** The mailbox reminder mail is sent from; null = reminders are kept in the server's outbox. */
  mailFrom: string | null;
  deploymentMode: "line-of-business" | "saas";
  /** The retention job runs (finished agendas after each tenant's setting, idempotency answers after a day). */
  retentionJob: boolean;
}

export function legalFactsOf(config: Config, database: "sqlite" | "postgres"): LegalFacts {
  return {
    publicUrl: config.publicUrl,
    operator: config.operator,
    authMode: config.authMode,
    database,
    graph: config.authMode === "entra" && config.entra?.clientSecret != null,
    directoryTtlSec: config.entra?.directoryCacheTtlSec ?? 0,
    mailFrom: config.reminders.mailFrom,
    deploymentMode: config.deploymentMode,
    retentionJob: config.retentionIntervalSec > 0,
  };
}

/** "Contoso IT" or the neutral wording when OPERATOR_NAME is not set. */
export function operatorName(facts: LegalFacts, lang: Lang): string {
  return facts.operator.name ?? (lang === "ja" ? "このサーバーを運用する組織" : "the organization that runs this server");
}

/** A mailto link, or "your administrator". */
export function contactOf(facts: LegalFacts, lang: Lang): string {
  const email = facts.operator.supportEmail;
  if (email) return `[${email}](mailto:${email})`;
  return lang === "ja" ? "組織の管理者" : "your organization's administrator";
}

/** A duration in whole days or hours, in words. */
export function durationWords(seconds: number, lang: Lang): string {
  if (seconds % 86_400 === 0) {
    const days = seconds / 86_400;
    return lang === "ja" ? `${days} 日` : `${days} day${days === 1 ? "" : "s"}`;
  }
  const hours = Math.max(1, Math.round(seconds / 3600));
  return lang === "ja" ? `${hours} 時間` : `${hours} hour${hours === 1 ? "" : "s"}`;
}
