// Every table that holds a tenant's data: what it holds (in the privacy page's words), how its rows
// are keyed (export pages through them), where it names a person, and what forgetting a person does
// to it. The privacy page lists these tables; tenant export and deletion and the removal of one
// person walk them. A test fails when a table with a tenant_id column is missing here, or when a
// column that looks like it names a person is not declared — so a table added later can't be
// forgotten by any of them.
import type { Lang } from "../../core/api/primitives";

/** Where a row names one person: their email, their Entra object id, and the name shown with them. */
export interface PersonRef {
  email?: string;
  id?: string;
  name?: string;
}

export interface TenantTable {
  table: string;
  /** What a row is, as the privacy page says it. */
  holds: Readonly<Record<Lang, string>>;
  /** Columns that identify a row within the tenant (export pages by them, in this order). */
  key: readonly string[];
  /** Each place a row names a person. */
  people: readonly PersonRef[];
  /**
   * Forgetting a person: "anonymise" replaces their email, id and name where they appear (the row
   * and its department stay), "delete" removes the rows that name them, "none" holds no person.
   */
  onForget: "anonymise" | "delete" | "none";
  /** The reference whose rows are the person's own content, removed (not anonymised) when their data is deleted. */
  owned?: PersonRef;
  /** Free-text columns of "delete" tables that may quote the person: a row mentioning their email or name is removed. */
  mentions?: readonly string[];
  /** Free-text columns people write in: their full name and email are replaced by the placeholder where they appear. */
  freeText?: readonly string[];
}

/** Columns that hold no person although their names look like it (a department's name, a subject). */
export const NOT_PERSON_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  departments: ["name"],
  // The server instance (lease holder) that sent a reminder.
  reminder_sends: ["sent_by"],
  // The date a request is needed by.
  department_requests: ["needed_by"],
});

export const TENANT_TABLES: readonly TenantTable[] = Object.freeze([
  // Parents before children: export reads in this order, deletion goes in the reverse one (the
  // rollups come before commitments, so deleting commitments first lets the triggers settle them).
  {
    table: "objectives",
    holds: { en: "Shared objectives of your organization's library, and who created them.", ja: "組織の共通の目的（ライブラリ）と、その作成者。" },
    key: ["id"],
    people: [{ email: "created_by" }],
    onForget: "anonymise",
    freeText: ["title", "description"],
  },
  {
    table: "departments",
    holds: { en: "Departments and their missions.", ja: "部門とそのミッション。" },
    key: ["id"],
    people: [],
    onForget: "none",
    freeText: ["mission"],
  },
  {
    table: "directory_users",
    holds: {
      en: "People's name and department, read from Microsoft Entra ID (Microsoft Graph) or imported by an administrator, to tell which departments a meeting brings together.",
      ja: "会議に集まる部門を判別するための、人の氏名と部署（Microsoft Entra ID から Microsoft Graph で取得、または管理者が取り込んだもの）。",
    },
    key: ["email"],
    people: [{ email: "email", id: "oid", name: "name" }],
    onForget: "delete",
  },
  {
    table: "person_settings",
    holds: {
      en: "Each person's time zone and language, for reminders (from their Outlook mailbox settings, or the imported directory).",
      ja: "リマインダーのための各人のタイムゾーンと言語（Outlook のメールボックス設定、または取り込んだディレクトリから）。",
    },
    key: ["email"],
    people: [{ email: "email" }],
    onForget: "delete",
  },
  {
    table: "agendas",
    holds: {
      en: "Each meeting's agenda: subject, times, objective, desired outcome, departments, obstacles, language, the organizer's email, the purpose coach's score, and the links to the Outlook item and the Teams meeting.",
      ja: "会議ごとのアジェンダ: 件名、日時、共通の目的、会議で決めたいこと、部門、一緒に解決すること、言語、主催者のメールアドレス、パーパス・コーチのスコア、Outlook のアイテムと Teams 会議へのリンク。",
    },
    key: ["id"],
    people: [{ email: "organizer_email", id: "organizer_oid" }],
    onForget: "anonymise",
    freeText: ["subject", "objective_title", "desired_outcome", "obstacles_json", "departments_json"],
  },
  {
    table: "agenda_attendees",
    holds: { en: "The attendees of each meeting: email, name and department.", ja: "会議ごとの参加者: メールアドレス、氏名、部署。" },
    key: ["agenda_id", "email"],
    people: [{ email: "email", id: "oid", name: "name" }],
    onForget: "anonymise",
  },
  {
    table: "contributions",
    holds: { en: "What each department can do for the objective, with its author.", ja: "目的のために各部門ができること（書いた人を含む）。" },
    key: ["id"],
    people: [
      { email: "author_email", id: "author_oid", name: "author_name" },
      // Who of the department confirmed the organizer's proposal.
      { email: "confirmed_by_email", name: "confirmed_by_name" },
    ],
    onForget: "anonymise",
    freeText: ["text"],
    owned: { email: "author_email", id: "author_oid" },
  },
  {
    table: "commitment_rollup_departments",
    holds: { en: "Counts of commitments per department and month for the PMO dashboard (no names).", ja: "PMO ダッシュボード用の部門・月ごとのコミットメント件数（氏名なし）。" },
    key: ["due_month", "owner_department", "helps_department", "status"],
    people: [],
    onForget: "none",
  },
  {
    table: "commitment_rollup_created",
    holds: { en: "Counts of commitments created per day for the PMO dashboard (no names).", ja: "PMO ダッシュボード用の日ごとの作成件数（氏名なし）。" },
    key: ["scope", "due_month", "created_day", "status"],
    people: [],
    onForget: "none",
  },
  {
    table: "commitment_rollup_objectives",
    holds: { en: "Counts of commitments per objective for the PMO dashboard (no names).", ja: "PMO ダッシュボード用の目的ごとの件数（氏名なし）。" },
    key: ["scope", "due_month", "objective_key", "objective_title", "owner_department", "status"],
    people: [],
    onForget: "none",
  },
  {
    table: "commitments",
    holds: {
      en: "Follow-up commitments: owner, owner's department, the department it helps, action, due date, status.",
      ja: "フォローアップのコミットメント: 担当者、担当者の部署、支援する部門、行動、期日、状態。",
    },
    key: ["id"],
    people: [{ email: "owner_email", id: "owner_oid", name: "owner_name" }, { email: "created_by_email" }],
    onForget: "anonymise",
    freeText: ["action", "serves_objective", "objective_title"],
    owned: { email: "owner_email", id: "owner_oid" },
  },
  {
    table: "commitment_history",
    holds: { en: "Every change to a commitment: who changed what, and when.", ja: "コミットメントの変更履歴: 誰が、何を、いつ変えたか。" },
    key: ["id"],
    people: [{ email: "by_email" }],
    onForget: "anonymise",
    freeText: ["from_value", "to_value", "note"],
  },
  {
    table: "commitment_links",
    holds: { en: "Links to the tasks a commitment was copied to in Microsoft To Do or Planner, and who copied it.", ja: "コミットメントをコピーした Microsoft To Do / Planner のタスクへのリンクと、コピーした人。" },
    key: ["commitment_id", "target"],
    people: [{ email: "synced_by" }],
    onForget: "anonymise",
  },
  {
    table: "department_requests",
    holds: {
      en: "What one department of a meeting asks of another, and the answer: who asked, who answered, the counter-offer or reason, and the commitment it became.",
      ja: "会議のある部門が別の部門にしたお願いとその回答: お願いした人、回答した人、代案または理由、できたコミットメント。",
    },
    key: ["id"],
    people: [
      { email: "asked_by_email", id: "asked_by_oid", name: "asked_by_name" },
      { email: "answered_by_email", id: "answered_by_oid", name: "answered_by_name" },
    ],
    onForget: "anonymise",
    freeText: ["text", "response_text"],
    owned: { email: "asked_by_email", id: "asked_by_oid" },
  },
  {
    table: "reminder_sends",
    holds: { en: "Which reminder was sent to whom and when, so nobody gets the same reminder twice.", ja: "同じリマインダーを二度送らないための、送信先と送信日時の記録。" },
    key: ["recipient", "kind", "period"],
    people: [{ email: "recipient" }],
    onForget: "delete",
  },
  {
    table: "outbox_messages",
    holds: { en: "Reminder messages kept on the server instead of mailed (local mode, or mail not set up).", ja: "メールで送らずにサーバーに保管したリマインダー（ローカルモード、またはメール未設定のとき）。" },
    key: ["id"],
    people: [{ email: "recipient" }],
    onForget: "delete",
    mentions: ["subject", "body_text", "body_html"],
  },
  {
    table: "idempotency_keys",
    holds: {
      en: "The answers to recent write requests, so a request repeated after a network failure is not applied twice.",
      ja: "通信の失敗で繰り返された書き込みを二重に反映しないための、最近の書き込み要求への応答。",
    },
    key: ["user_id", "key"],
    people: [{ id: "user_id" }],
    onForget: "delete",
    mentions: ["response_json"],
  },
  {
    table: "tenant_settings",
    holds: { en: "Your organization's settings, such as how long finished agendas are kept, and who last changed them.", ja: "完了した会議のアジェンダの保存期間など組織の設定と、最後に変更した人。" },
    key: ["tenant_id"],
    people: [{ email: "updated_by" }],
    onForget: "anonymise",
  },
  {
    table: "tenants",
    holds: { en: "Whether your organization enabled Common Purpose (multi-tenant service), when, and who last changed it.", ja: "組織が Common Purpose を有効にしたか（マルチテナントのサービス）、その日時と最後に変更した人。" },
    key: ["tenant_id"],
    people: [{ email: "changed_by" }],
    onForget: "anonymise",
  },
  {
    table: "data_rights_audit",
    holds: {
      en: "The record of every export, deletion, anonymisation and retention change: who did it and when, and how many rows it touched — never the data itself.",
      ja: "エクスポート、削除、匿名化、保存期間の変更の記録: 誰がいつ行い、何行に影響したか（データそのものは含みません）。",
    },
    key: ["id"],
    people: [{ email: "actor_email", id: "actor_id" }],
    onForget: "anonymise",
  },
]);
