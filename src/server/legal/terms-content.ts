// The terms of use (/terms), specific to this offering: what the service does, who provides it,
// what the customer's administrators are responsible for, what happens to the content. Only
// promises the product keeps (test/server/legal/).
import type { Lang } from "../../core/api/primitives";
import type { LegalDocument } from "./legal-layout";
import { contactOf, operatorName, type LegalFacts } from "./legal-facts";

export function termsDocument(lang: Lang, facts: LegalFacts): LegalDocument {
  const operator = operatorName(facts, lang);
  const contact = contactOf(facts, lang);
  if (lang === "ja") {
    return {
      title: "利用規約",
      lead: `${facts.publicUrl} の Common Purpose を利用する際の条件です。提供者: ${operator}。`,
      sections: [
        {
          title: "サービスの内容",
          body: [
            "Common Purpose は Outlook アドインと Teams アプリです。部門横断の会議を共通の目的から始めるためのアジェンダを招待状に入れ、参加者が Teams で一緒に書き込み、PMO がコミットメントを追えるようにします。",
            "パーパス・コーチの指摘と、送信時の確認は助言です。送信を止めることはなく、いつでも「このまま送信」できます。",
          ],
        },
        {
          title: "組織の管理者の責任",
          body: [
            [
              "アプリの展開と、Microsoft Entra ID でのアクセス許可への同意は、組織の管理者が行います。",
              "誰に PMO ロールを割り当てるか（組織のすべてのコミットメントが見えます）は、組織が決めます。",
              "会議に書き込む内容が組織の規則に合っていることは、利用者と組織の責任です。",
            ],
          ],
        },
        {
          title: "コンテンツの扱い",
          body: [
            `書き込まれた内容は組織のものです。${operator}はサービスの提供のためにだけ使い、広告、販売、AI モデルの学習には使いません。パーパス・コーチは、文章を外部のサービスに送らず、このサーバーの中で規則に照らして分析します。`,
            "扱いの詳細は[プライバシー ポリシー](/privacy?lang=ja)をご覧ください。",
          ],
        },
        {
          title: "提供の状態",
          body: [
            `サービスは現状のまま提供します。${operator}と書面で合意した場合を除き、稼働率は保証しません。現在の稼働状態は[サポート](/support?lang=ja)に表示しています。`,
          ],
        },
        {
          title: "利用の終了",
          body: [
            "管理者はいつでもアプリを削除できます（Teams 管理センター、Microsoft 365 管理センターの統合アプリ）。",
            ...(facts.deploymentMode === "saas" ? ["Admin ロールを持つ管理者は、組織での Common Purpose をいつでも無効にできます。"] : []),
            "Admin ロールを持つ管理者は、終了の前後に組織のデータをエクスポートし、すべて削除できます（[プライバシー ポリシー](/privacy?lang=ja)）。",
          ],
        },
        { title: "変更", body: ["この規約は変わることがあります。変更は、このページに掲載した日から適用します。"] },
        { title: "お問い合わせ", body: [`${contact}`] },
      ],
    };
  }
  return {
    title: "Terms of use",
    lead: `The terms for using Common Purpose at ${facts.publicUrl}, provided by ${operator}.`,
    sections: [
      {
        title: "The service",
        body: [
          "Common Purpose is an Outlook add-in and a Teams app. It puts an agenda that starts from the shared objective into cross-department meeting invitations, lets attendees fill it in together in Teams, and lets a PMO follow the commitments made.",
          "The purpose coach's findings and the check on send are advice: they never stop a meeting from being sent — Send anyway is always possible.",
        ],
      },
      {
        title: "What your organization's administrators are responsible for",
        body: [
          [
            "Deploying the app and consenting to its permissions in Microsoft Entra ID.",
            "Deciding who gets the PMO role (which shows every commitment of the organization).",
            "Users and the organization are responsible for what they write in meetings being allowed by the organization's rules.",
          ],
        ],
      },
      {
        title: "Your content",
        body: [
          `What your organization writes belongs to your organization. ${capitalize(operator)} uses it only to provide the service — never for advertising, selling, or training AI models. The purpose coach checks text against its rules on this server, without sending it to any other service.`,
          "How it is handled is in the [privacy policy](/privacy?lang=en).",
        ],
      },
      {
        title: "Availability",
        body: [`The service is provided as it is, without a guaranteed availability unless agreed in writing with ${operator}. The [support page](/support?lang=en) shows its live status.`],
      },
      {
        title: "Ending use",
        body: [
          "Administrators can remove the app at any time (Teams admin center; Integrated apps in the Microsoft 365 admin center).",
          ...(facts.deploymentMode === "saas" ? ["Administrators with the Admin role can disable Common Purpose for the organization at any time."] : []),
          "Before or after, administrators with the Admin role can export the organization's data and delete all of it (see the [privacy policy](/privacy?lang=en)).",
        ],
      },
      { title: "Changes", body: ["These terms may change; a change applies from the day it is published here."] },
      { title: "Contact", body: [`${contact}`] },
    ],
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
