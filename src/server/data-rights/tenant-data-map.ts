// Every table that holds a tenant's data, what it holds (in the privacy page's words) and which of
// its columns name a person. The privacy page lists these; a test fails when a table with a
// tenant_id column is missing here, so no table escapes the privacy page (nor, later, export and
// deletion).
import type { Lang } from "../../core/api/contract";

export interface TenantTable {
  table: string;
  /** What a row is, as the privacy page says it. */
  holds: Readonly<Record<Lang, string>>;
  /** Columns that identify a person (email, name, Entra object id): what anonymising one person touches. */
  personColumns: readonly string[];
}

export const TENANT_TABLES: readonly TenantTable[] = Object.freeze([
  {
    table: "objectives",
    holds: { en: "Shared objectives of your organization's library, and who created them.", ja: "組織の共通の目的（ライブラリ）と、その作成者。" },
    personColumns: ["created_by"],
  },
  {
    table: "departments",
    holds: { en: "Departments and their missions.", ja: "部門とそのミッション。" },
    personColumns: [],
  },
  {
    table: "directory_users",
    holds: {
      en: "People's name and department, read from Microsoft Entra ID (Microsoft Graph) or imported by an administrator, to tell which departments a meeting brings together.",
      ja: "会議に集まる部門を判別するための、人の氏名と部署（Microsoft Entra ID から Microsoft Graph で取得、または管理者が取り込んだもの）。",
    },
    personColumns: ["email", "name"],
  },
  {
    table: "agendas",
    holds: {
      en: "Each meeting's agenda: subject, times, objective, desired outcome, departments, obstacles, language, the organizer's email, the purpose coach's score, and the links to the Outlook item and the Teams meeting.",
      ja: "会議ごとのアジェンダ: 件名、日時、共通の目的、会議で決めたいこと、部門、一緒に解決すること、言語、主催者のメールアドレス、パーパス・コーチのスコア、Outlook のアイテムと Teams 会議へのリンク。",
    },
    personColumns: ["organizer_email"],
  },
  {
    table: "agenda_attendees",
    holds: { en: "The attendees of each meeting: email, name and department.", ja: "会議ごとの参加者: メールアドレス、氏名、部署。" },
    personColumns: ["email", "name"],
  },
  {
    table: "contributions",
    holds: { en: "What each department can do for the objective, with its author.", ja: "目的のために各部門ができること（書いた人を含む）。" },
    personColumns: ["author_email", "author_name"],
  },
  {
    table: "commitments",
    holds: {
      en: "Follow-up commitments: owner, owner's department, the department it helps, action, due date, status.",
      ja: "フォローアップのコミットメント: 担当者、担当者の部署、支援する部門、行動、期日、状態。",
    },
    personColumns: ["owner_email", "owner_name", "created_by_email"],
  },
  {
    table: "commitment_history",
    holds: { en: "Every change to a commitment: who changed what, and when.", ja: "コミットメントの変更履歴: 誰が、何を、いつ変えたか。" },
    personColumns: ["by_email"],
  },
  {
    table: "commitment_links",
    holds: { en: "Links to the tasks a commitment was copied to in Microsoft To Do or Planner, and who copied it.", ja: "コミットメントをコピーした Microsoft To Do / Planner のタスクへのリンクと、コピーした人。" },
    personColumns: ["synced_by"],
  },
  {
    table: "commitment_rollup_departments",
    holds: { en: "Counts of commitments per department and month for the PMO dashboard (no names).", ja: "PMO ダッシュボード用の部門・月ごとのコミットメント件数（氏名なし）。" },
    personColumns: [],
  },
  {
    table: "commitment_rollup_created",
    holds: { en: "Counts of commitments created per day for the PMO dashboard (no names).", ja: "PMO ダッシュボード用の日ごとの作成件数（氏名なし）。" },
    personColumns: [],
  },
  {
    table: "commitment_rollup_objectives",
    holds: { en: "Counts of commitments per objective for the PMO dashboard (no names).", ja: "PMO ダッシュボード用の目的ごとの件数（氏名なし）。" },
    personColumns: [],
  },
  {
    table: "reminder_sends",
    holds: { en: "Which reminder was sent to whom and when, so nobody gets the same reminder twice.", ja: "同じリマインダーを二度送らないための、送信先と送信日時の記録。" },
    personColumns: ["recipient"],
  },
  {
    table: "outbox_messages",
    holds: { en: "Reminder messages kept on the server instead of mailed (local mode, or mail not set up).", ja: "メールで送らずにサーバーに保管したリマインダー（ローカルモード、またはメール未設定のとき）。" },
    personColumns: ["recipient"],
  },
  {
    table: "idempotency_keys",
    holds: {
      en: "The answers to recent write requests, so a request repeated after a network failure is not applied twice.",
      ja: "通信の失敗で繰り返された書き込みを二重に反映しないための、最近の書き込み要求への応答。",
    },
    personColumns: ["user_id"],
  },
]);
