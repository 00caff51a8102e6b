// The support page (/support): whom to contact, the service's status right now (the same check as
// /healthz), how to report a problem, and what administrators set up once.
import type { Lang } from "../../core/api/primitives";
import type { LegalDocument } from "./legal-layout";
import { contactOf, operatorName, type LegalFacts } from "./legal-facts";

export interface ServiceStatus {
  /** The database answered just now. */
  up: boolean;
  checkedAt: Date;
}

export function supportDocument(lang: Lang, facts: LegalFacts, status: ServiceStatus): LegalDocument {
  const operator = operatorName(facts, lang);
  const contact = contactOf(facts, lang);
  const at = status.checkedAt.toISOString().replace(/\.\d+Z$/, "Z").replace("T", " ");
  const statusUrl = facts.operator.statusUrl;
  if (lang === "ja") {
    return {
      title: "サポート",
      lead: `${facts.publicUrl} の Common Purpose（運用: ${operator}）`,
      sections: [
        { title: "お問い合わせ", body: [`${contact}`] },
        {
          title: "サービスの状態",
          body: [
            status.up ? `稼働しています。データベースは応答しています（確認: ${at} UTC）。` : `現在、データベースが応答していません（確認: ${at} UTC）。しばらくしてから再度お試しください。`,
            `機械で確認するには [/healthz](/healthz) を使います。${statusUrl ? `お知らせ: [${statusUrl}](${statusUrl})` : ""}`,
          ],
        },
        {
          title: "問題の報告",
          body: [
            "次の情報を添えてご連絡ください。",
            [
              "何をしていたか（例: Outlook で会議の目的を入れて「アジェンダを挿入」を押した）",
              "どこで起きたか（Outlook / Teams / ブラウザー、Windows / Mac / Web、わかればバージョン）",
              "日時（タイムゾーンも）",
              "表示されたメッセージ（そのままコピー）と、可能ならスクリーンショット",
            ],
            "パスワードやトークンは送らないでください。",
          ],
        },
        {
          title: "管理者の初期設定",
          body: [
            [
              facts.deploymentMode === "saas"
                ? "グローバル管理者が[組織で有効にする](/onboarding)ページから Microsoft で同意します（Microsoft Graph の委任されたアクセス許可 User.Read、User.Read.All、OnlineMeetings.Read、Chat.ReadBasic、Tasks.ReadWrite と、アプリケーションのアクセス許可 MailboxSettings.Read、Mail.Send）。アプリの登録は不要です。"
                : "Microsoft Entra ID: アプリを登録し、Microsoft Graph の委任されたアクセス許可 User.Read、User.Read.All、OnlineMeetings.Read、Chat.ReadBasic、Tasks.ReadWrite（リマインダーを使う場合はアプリケーションのアクセス許可 MailboxSettings.Read と Mail.Send も）に管理者の同意を与えます。",
              "コミットメントを追う担当者に PMO ロールを割り当てます。",
              "Microsoft 365 管理センターの統合アプリから主催者にアプリを展開します（Outlook の自動チェックに必要）。",
              "Teams 管理センターでアプリを許可します。",
            ],
          ],
        },
        { title: "プライバシーと利用規約", body: ["[プライバシー ポリシー](/privacy?lang=ja)・[利用規約](/terms?lang=ja)"] },
      ],
    };
  }
  return {
    title: "Support",
    lead: `Common Purpose at ${facts.publicUrl}, run by ${operator}.`,
    sections: [
      { title: "Contact", body: [`${contact}`] },
      {
        title: "Service status",
        body: [
          status.up ? `Up: the database answered (checked ${at} UTC).` : `The database is not answering right now (checked ${at} UTC). Please try again in a few minutes.`,
          `For monitoring, use [/healthz](/healthz).${statusUrl ? ` Announcements: [${statusUrl}](${statusUrl})` : ""}`,
        ],
      },
      {
        title: "Report a problem",
        body: [
          "Please tell us:",
          [
            "what you were doing (e.g. set the objective in Outlook and chose Insert agenda);",
            "where (Outlook, Teams or a browser; Windows, Mac or the web; the version if you know it);",
            "when (with the time zone);",
            "the message shown (copied as it is) and, if you can, a screenshot.",
          ],
          "Never send passwords or tokens.",
        ],
      },
      {
        title: "Setting it up (administrators, once)",
        body: [
          [
            facts.deploymentMode === "saas"
              ? "A Global Administrator consents at Microsoft from the [enable for your organization](/onboarding) page (Microsoft Graph delegated permissions User.Read, User.Read.All, OnlineMeetings.Read, Chat.ReadBasic and Tasks.ReadWrite, and the application permissions MailboxSettings.Read and Mail.Send). There is no app to register."
              : "Microsoft Entra ID: register the app and grant admin consent to the Microsoft Graph delegated permissions User.Read, User.Read.All, OnlineMeetings.Read, Chat.ReadBasic and Tasks.ReadWrite (and, for reminders, the application permissions MailboxSettings.Read and Mail.Send).",
            "Assign the PMO role to the people who follow commitments.",
            "Deploy the app to organizers from Integrated apps in the Microsoft 365 admin center (Outlook's automatic checks need it).",
            "Allow the app in the Teams admin center.",
          ],
        ],
      },
      { title: "Privacy and terms", body: ["[Privacy policy](/privacy?lang=en) · [Terms of use](/terms?lang=en)"] },
    ],
  };
}
