// What the app listing says, in English (the manifest itself) and Japanese (the localization file).
// The long description names every step an administrator must take before users can use the app,
// as store validation asks of apps that need one-time admin setup.
export type ListingLang = "en" | "ja";

export interface ListingText {
  nameShort: string;
  nameFull: string;
  descriptionShort: string;
  descriptionFull: string;
}

export type DeploymentMode = "line-of-business" | "saas";

/** Where the admin steps and legal pages live, and which deployment the package is for. */
export interface ListingLinks {
  origin: string;
  mode: DeploymentMode;
}

const EN_INTRO =
  "Common Purpose makes every cross-department meeting start from the shared objective instead of each department's role. " +
  "In Outlook, the organizer's new meeting gets an agenda in a fixed order: the shared objective, what each department can do for it, " +
  "obstacles to solve together, follow-up commitments, and the departments' missions as an appendix. Attendees fill it in together, live, " +
  "in a Teams meeting tab; a PMO follows every commitment across meetings in a dashboard. A purpose coach suggests objective-centred wording. " +
  "Japanese and English throughout.";

const JA_INTRO =
  "Common Purpose は、部門横断の会議を各部門の役割からではなく、共通の目的から始めるためのアプリです。" +
  "Outlook で会議を作ると、共通の目的 → 目的のためにそれぞれ何ができるか → 一緒に解決すること → フォローアップのコミットメント → 付録: 各部門のミッション、" +
  "の順のアジェンダが招待状に入ります。参加者は Teams の会議タブで一緒に書き込み、PMO はダッシュボードで会議をまたいでコミットメントを追います。" +
  "パーパス・コーチが目的を中心にした言い方を提案します。日本語と英語に対応しています。";

const EN_DELEGATED =
  "the Microsoft Graph delegated permissions User.Read, User.Read.All (attendees' departments), OnlineMeetings.Read (link a Teams meeting to its agenda), Chat.ReadBasic (check that someone adding the tab is in the meeting's chat) and Tasks.ReadWrite (copy commitments to To Do or Planner)";
const EN_APPLICATION = "the application permissions MailboxSettings.Read (each person's time zone and language for reminders) and Mail.Send (reminder mail)";
const EN_PERMISSIONS = `${EN_DELEGATED}, and ${EN_APPLICATION}`;

function enSteps(links: ListingLinks): string {
  const first =
    links.mode === "saas"
      ? `1. A Global Administrator enables Common Purpose for the organization at ${links.origin}/onboarding, consenting to ${EN_PERMISSIONS}.`
      : `1. Microsoft Entra ID: register the app for your server and grant admin consent to ${EN_DELEGATED}, and, for reminders, ${EN_APPLICATION}.`;
  return [
    "Before users can use it, administrators must do this once:",
    first,
    "2. Assign the app roles (Enterprise applications, Users and groups): PMO to the people who follow commitments across meetings, Admin to the people who may export or delete the organization's data.",
    "3. Deploy the app to the organizers from the Microsoft 365 admin center (Integrated apps). Outlook's automatic checks when a meeting opens, when attendees change and on send run only for admin-deployed add-ins; after an update the admin accepts the new permissions again.",
    "4. Allow the app in the Teams admin center (Manage apps, and a setup policy if it should be pinned) so attendees can add it to meetings.",
    `Setup guide, privacy and terms: ${links.origin}/support`,
  ].join("\n");
}

const JA_PERMISSIONS =
  "Microsoft Graph の委任されたアクセス許可 User.Read、User.Read.All（参加者の部署）、OnlineMeetings.Read（Teams 会議とアジェンダの関連付け）、Chat.ReadBasic（タブを追加する人が会議チャットのメンバーかの確認）、Tasks.ReadWrite（コミットメントを To Do / Planner にコピー）";
const JA_APPLICATION = "アプリケーションのアクセス許可 MailboxSettings.Read（リマインダーのための各人のタイムゾーンと言語）と Mail.Send（リマインダーのメール）";

function jaSteps(links: ListingLinks): string {
  const first =
    links.mode === "saas"
      ? `1. グローバル管理者が ${links.origin}/onboarding で組織の Common Purpose を有効にし、${JA_PERMISSIONS}と${JA_APPLICATION}に同意します。`
      : `1. Microsoft Entra ID: サーバー用にアプリを登録し、${JA_PERMISSIONS}に管理者の同意を与えます。リマインダーを使う場合は${JA_APPLICATION}にも同意します。`;
  return [
    "ご利用の前に、管理者が次の設定を一度行う必要があります。",
    first,
    "2. アプリのロールを割り当てます（エンタープライズ アプリケーション → ユーザーとグループ）。会議をまたいでコミットメントを追う担当者に PMO を、組織のデータのエクスポート・削除を行う人に Admin を割り当てます。",
    "3. Microsoft 365 管理センター（統合アプリ）から会議の主催者にアプリを展開します。会議を開いたとき・参加者が変わったとき・送信時の Outlook の自動チェックは、管理者が展開したアドインでのみ動作します。更新後は新しいアクセス許可を管理者が改めて承認します。",
    "4. Teams 管理センター（アプリの管理、必要ならセットアップ ポリシー）でアプリを許可し、参加者が会議に追加できるようにします。",
    `設定手順・プライバシー・利用規約: ${links.origin}/support?lang=ja`,
  ].join("\n");
}

export function listingText(lang: ListingLang, links: ListingLinks): ListingText {
  if (lang === "ja") {
    return {
      nameShort: "Common Purpose",
      nameFull: "Common Purpose — 部門横断の会議を共通の目的から",
      descriptionShort: "部門横断の会議を、共通の目的から始めます。",
      descriptionFull: `${JA_INTRO}\n\n${jaSteps(links)}`,
    };
  }
  return {
    nameShort: "Common Purpose",
    nameFull: "Common Purpose — shared objectives for cross-department meetings",
    descriptionShort: "Start every cross-department meeting from the shared objective.",
    descriptionFull: `${EN_INTRO}\n\n${enSteps(links)}`,
  };
}

/**
 * The Japanese strings of the manifest's other visible texts, keyed by their path in the manifest
 * (the localization file's key syntax). Every key must point at an English string in the manifest.
 */
export const JA_MANIFEST_STRINGS: Readonly<Record<string, string>> = Object.freeze({
  "staticTabs[0].name": "自分のコミットメント",
  "staticTabs[1].name": "PMO",
  "extensions[0].ribbons[0].tabs[0].groups[0].label": "Common Purpose",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label": "会議の目的",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.title": "会議の目的",
  "extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description": "共通の目的と各部門の貢献を決め、アジェンダを招待状に入れます。",
});
