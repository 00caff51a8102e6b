// The onboarding pages of the multi-tenant service (/onboarding and its callback), ja and en.
import type { Lang } from "../../core/api/primitives";
import type { CallbackOutcome } from "../tenants/onboarding";
import type { LegalDocument, Section } from "./legal-layout";
import { contactOf, type LegalFacts } from "./legal-facts";

const NEXT_STEPS: Record<Lang, Section> = {
  en: {
    title: "Next steps",
    body: [
      [
        "Assign the app roles (Microsoft Entra admin center → Enterprise applications → Common Purpose → Users and groups): PMO to the people who follow commitments, Admin to the people who may export or delete your organization's data and disable the app.",
        "Deploy the app to the meeting organizers from Integrated apps in the Microsoft 365 admin center (Outlook's automatic checks need it).",
        "Allow the app in the Teams admin center so attendees can add it to meetings.",
      ],
    ],
  },
  ja: {
    title: "次の手順",
    body: [
      [
        "アプリのロールを割り当てます（Microsoft Entra 管理センター → エンタープライズ アプリケーション → Common Purpose → ユーザーとグループ）。コミットメントを追う担当者に PMO を、組織のデータのエクスポート・削除とアプリの無効化を行う人に Admin を割り当てます。",
        "Microsoft 365 管理センターの統合アプリから、会議の主催者にアプリを展開します（Outlook の自動チェックに必要です）。",
        "参加者が会議に追加できるよう、Teams 管理センターでアプリを許可します。",
      ],
    ],
  },
};

export function onboardingDocument(lang: Lang, facts: LegalFacts, saas: boolean): LegalDocument {
  const contact = contactOf(facts, lang);
  if (!saas) {
    return lang === "ja"
      ? { title: "オンボーディング", lead: "このサーバーは 1 つの組織専用です。組織ごとの有効化は必要ありません。", sections: [{ title: "お問い合わせ", body: [contact] }] }
      : { title: "Onboarding", lead: "This server serves one organization: there is nothing to enable here.", sections: [{ title: "Contact", body: [contact] }] };
  }
  if (lang === "ja") {
    return {
      title: "組織で Common Purpose を有効にする",
      lead: "組織の管理者が一度だけ行います。Microsoft のページで、組織全体としてアプリのアクセス許可に同意します。",
      sections: [
        {
          title: "必要な権限",
          body: ["グローバル管理者（または特権ロール管理者）。Microsoft のページでは、次のアクセス許可に組織として同意します。", [
            "User.Read: サインイン",
            "User.Read.All: 会議に招待された人の部署",
            "OnlineMeetings.Read: Teams 会議とアジェンダの関連付け",
            "Chat.ReadBasic: タブを追加する人が会議チャットのメンバーかの確認",
            "Tasks.ReadWrite: コミットメントを To Do / Planner にコピー",
            "MailboxSettings.Read（アプリケーション）: リマインダーのための各人のタイムゾーンと言語",
            "Mail.Send（アプリケーション）: リマインダーのメール",
          ]],
        },
        { title: "開始", body: ["[Microsoft で同意する](/onboarding/start)", "同意すると、このページに戻り、組織が有効になったことをお知らせします。データの扱いは[プライバシー ポリシー](/privacy?lang=ja)をご覧ください。"] },
        NEXT_STEPS.ja,
      ],
    };
  }
  return {
    title: "Enable Common Purpose for your organization",
    lead: "An administrator of your organization does this once: on Microsoft's page, they consent to the app's permissions for the whole organization.",
    sections: [
      {
        title: "Who can do it",
        body: ["A Global Administrator (or Privileged Role Administrator). On Microsoft's page you consent, for the organization, to:", [
          "User.Read: signing in",
          "User.Read.All: the departments of the people a meeting invites",
          "OnlineMeetings.Read: linking a Teams meeting to its agenda",
          "Chat.ReadBasic: checking that someone adding the tab is in the meeting's chat",
          "Tasks.ReadWrite: copying commitments to To Do or Planner",
          "MailboxSettings.Read (application): each person's time zone and language for reminders",
          "Mail.Send (application): reminder mail",
        ]],
      },
      { title: "Start", body: ["[Consent at Microsoft](/onboarding/start)", "After you consent you come back here and see that your organization is enabled. How data is handled: [privacy policy](/privacy?lang=en)."] },
      NEXT_STEPS.en,
    ],
  };
}

export function callbackDocument(lang: Lang, facts: LegalFacts, outcome: CallbackOutcome): LegalDocument {
  const contact = contactOf(facts, lang);
  const ja = lang === "ja";
  switch (outcome.kind) {
    case "enabled":
      return ja
        ? { title: "有効になりました", lead: `組織（テナント ${outcome.tenantId}）で Common Purpose が有効になりました。`, sections: [NEXT_STEPS.ja] }
        : { title: "Enabled", lead: `Common Purpose is enabled for your organization (tenant ${outcome.tenantId}).`, sections: [NEXT_STEPS.en] };
    case "declined":
      return ja
        ? { title: "有効になっていません", lead: `Microsoft のページで同意が完了しませんでした（${outcome.error}）。`, sections: [{ title: "詳細", body: [outcome.description || outcome.error, "[もう一度試す](/onboarding?lang=ja)"] }] }
        : { title: "Not enabled", lead: `Consent was not given on Microsoft's page (${outcome.error}).`, sections: [{ title: "Details", body: [outcome.description || outcome.error, "[Try again](/onboarding?lang=en)"] }] };
    case "not-confirmed":
      return ja
        ? {
            title: "確認できませんでした",
            lead: "同意はされましたが、組織でアプリが使えることをまだ確認できません。反映に数分かかることがあります。",
            sections: [{ title: "次に", body: ["数分待ってから[もう一度試して](/onboarding?lang=ja)ください。続く場合のお問い合わせ: " + contact] }],
          }
        : {
            title: "Not confirmed yet",
            lead: "Consent was given, but the app can't be confirmed in your organization yet; this can take a few minutes.",
            sections: [{ title: "What to do", body: ["Wait a few minutes and [try again](/onboarding?lang=en). If it keeps happening, contact " + contact + "."] }],
          };
    case "bad-request":
      return ja
        ? { title: "このリンクは使えません", lead: "リンクの有効期限が切れているか、正しくありません。", sections: [{ title: "次に", body: ["[最初からやり直す](/onboarding?lang=ja)"] }] }
        : { title: "This link can't be used", lead: "The link has expired or is not valid.", sections: [{ title: "What to do", body: ["[Start again](/onboarding?lang=en)"] }] };
  }
}
