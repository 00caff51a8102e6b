// The privacy policy (/privacy): what is stored, where, for how long, who can see it, how to export
// and delete it, and whom to contact — each statement true of this server (test/server/legal/).
import type { Lang } from "../../core/api/primitives";
import { IDEMPOTENCY_RETENTION_HOURS } from "../data-rights/retention";
import { TENANT_TABLES } from "../data-rights/tenant-data-map";
import type { LegalDocument, Section } from "./legal-layout";
import { contactOf, durationWords, operatorName, type LegalFacts } from "./legal-facts";

function graphSection(facts: LegalFacts, lang: Lang): Section {
  if (!facts.graph) {
    return lang === "ja"
      ? { title: "Microsoft 365 のデータ", body: ["このサーバーは Microsoft Graph を呼び出しません。部署は、管理者が取り込んだディレクトリから読み取ります。"] }
      : { title: "Microsoft 365 data", body: ["This server does not call Microsoft Graph: departments come from the directory its administrators import."] };
  }
  const mail = facts.mailFrom;
  return lang === "ja"
    ? {
        title: "Microsoft 365 のデータ",
        body: [
          "管理者の同意のもと、あなたに代わって（委任されたアクセス許可で）Microsoft Graph から次のものだけを読み書きします。",
          [
            "招待した人の氏名と部署（User.Read.All）。読み取った部署は上記のディレクトリに保存し、" + durationWords(facts.directoryTtlSec, lang) + "経ったら読み直します。",
            "あなたが主催する Teams 会議のチャット（OnlineMeetings.Read）: 会議とアジェンダを結び付けるためだけに使います。",
            "Teams でタブを追加する人がその会議チャットのメンバーかどうか（Chat.ReadBasic）: タブを会議に結び付けるときだけ確かめます。",
            "あなたが To Do / Planner にコピーすると決めたコミットメントのタスク（Tasks.ReadWrite）。",
            "リマインダーの宛先の人のタイムゾーンと言語（アプリケーションのアクセス許可 MailboxSettings.Read）: リマインダーを各人の朝に各人の言語で送るためだけに読み、" + durationWords(facts.directoryTtlSec, lang) + "経ったら読み直します。",
            ...(mail ? [`リマインダーのメール（アプリケーションのアクセス許可 Mail.Send）: ${mail} から送ります。`] : []),
          ],
        ],
      }
    : {
        title: "Microsoft 365 data",
        body: [
          "With your administrator's consent, and on your behalf (delegated permissions), the server reads and writes only this in Microsoft Graph:",
          [
            `The names and departments of the people you invite (User.Read.All). Departments read this way are kept in the directory above and read again after ${durationWords(facts.directoryTtlSec, lang)}.`,
            "The chat of a Teams meeting you organize (OnlineMeetings.Read), only to link the meeting to its agenda.",
            "Whether someone adding the tab in Teams is a member of that meeting's chat (Chat.ReadBasic), checked only when the tab is linked to the meeting.",
            "The tasks of the commitments you choose to copy to To Do or Planner (Tasks.ReadWrite).",
            `The time zone and language of the people reminders go to (application permission MailboxSettings.Read), read only to send each person's reminders in their morning and language, and read again after ${durationWords(facts.directoryTtlSec, lang)}.`,
            ...(mail ? [`Reminder mail, sent from ${mail} (application permission Mail.Send).`] : []),
          ],
        ],
      };
}

export function privacyDocument(lang: Lang, facts: LegalFacts): LegalDocument {
  const operator = operatorName(facts, lang);
  const contact = contactOf(facts, lang);
  const stored = TENANT_TABLES.map((t) => t.holds[lang]);
  const database = facts.database === "postgres" ? "PostgreSQL" : lang === "ja" ? "サーバー上の SQLite ファイル" : "an SQLite file on the server";
  const location = facts.operator.dataLocation;
  if (lang === "ja") {
    return {
      title: "プライバシー ポリシー",
      lead: `${operator}が運用する Common Purpose（${facts.publicUrl}）が、あなたのデータをどう扱うかを説明します。`,
      sections: [
        { title: "責任者と連絡先", body: [`このサーバーとそのデータの責任者は${operator}です。プライバシーに関するお問い合わせ: ${contact}。`] },
        {
          title: "保存するデータ",
          body: ["各データは 1 つの Microsoft 365 組織（テナント）に属し、そのテナントのためにだけ読み取られます。保存するのは次のものです。", stored],
        },
        {
          title: "保存しないもの",
          body: [
            [
              "招待状の本文。アドインはアジェンダを配置し Teams の参加リンクを見つけるために、あなたの端末の Outlook の中で本文を読みます。サーバーに送るのはアジェンダの項目、件名、日時、参加者、参加リンクだけです。",
              "パスワードとサインインのトークン。サインインは Microsoft で行われます。ページはトークンをメモリーにだけ置き、ブラウザーのストレージにあなたのことを書き込みません。サーバーはトークンを検証しますが、データベースやログには書きません。",
              "パーパス・コーチが確認する文章。メモリーの中で分析し、データベースにはアジェンダのスコアだけを保存します。",
            ],
          ],
        },
        graphSection(facts, lang),
        {
          title: "保存場所",
          body: [`このサーバーのデータベース（${database}）${location ? `、${location}` : ""}に保存します。`],
        },
        {
          title: "保存期間",
          body: [
            "アジェンダ、貢献、コミットメントは削除されるまで保存します。貢献は、書いた人と会議の主催者が削除できます。",
            facts.retentionJob
              ? "組織の管理者が保存期間を設定すると、終了した会議のアジェンダ（会議が終わり、未完了のコミットメントがないもの）は、会議から設定した日数が経つと、貢献・コミットメント・その履歴とともに削除されます。"
              : "組織の管理者は保存期間を設定できます。このサーバーでは期限切れデータの自動削除が止められているため、削除は運用者がコマンドで実行します。",
            facts.retentionJob
              ? `書き込み要求への応答（idempotency）は、繰り返された要求を見分けるために ${IDEMPOTENCY_RETENTION_HOURS} 時間保存し、その後削除します。`
              : "書き込み要求への応答（idempotency）は、繰り返された要求を見分けるために保存します。",
          ],
        },
        {
          title: "閲覧できる人",
          body: [
            [
              "会議の主催者と参加者は、その会議のアジェンダ、貢献、コミットメントを見られます。",
              "組織で PMO ロールを割り当てられた人は、組織のすべてのコミットメントを見られます。",
              "組織で Admin ロールまたは PMO ロールを割り当てられた人は、組織のすべてのデータをエクスポートできます（削除は Admin だけです）。",
              "組織（テナント）の外の人は、いずれも見られません。すべての要求を、サインインした人のテナントで確認しています。",
              `${operator}のサーバー管理者は、運用のためにデータベースにアクセスできます。`,
            ],
          ],
        },
        {
          title: "エクスポートと削除",
          body: [
            "組織で Admin ロールを割り当てられた管理者は、いつでも次のことができます。",
            [
              "組織のすべてのデータのエクスポート（JSON Lines、コミットメントは CSV と Excel）。",
              "組織のすべてのデータの削除（一度にすべて）。",
              "1 人の人のデータの削除: 匿名化（その人の貢献とコミットメントは部署を残し、氏名・メールアドレス・Entra のオブジェクト ID を消します。書かれた文章の中のその人の氏名も置き換えます）、またはその人が書いた貢献と担当のコミットメントごと削除。",
            ],
            `ご自身のデータについての依頼は、${contact}へ。これらの操作はすべて、誰が・いつ・何行に行ったかを記録します（データそのものは記録しません）。すべてを削除した後も、その記録が 1 件だけ残ります。`,
          ],
        },
        { title: "変更", body: ["このページには現在の内容を載せています。変更は、このページに掲載した日から適用します。"] },
      ],
    };
  }
  return {
    title: "Privacy policy",
    lead: `How Common Purpose at ${facts.publicUrl}, run by ${operator}, handles your data.`,
    sections: [
      { title: "Who is responsible", body: [`${capitalize(operator)} is responsible for this server and its data. Privacy questions and requests: ${contact}.`] },
      {
        title: "What is stored",
        body: ["Every piece of data belongs to one Microsoft 365 organization (tenant) and is only read for that tenant. The server stores:", stored],
      },
      {
        title: "What is not stored",
        body: [
          [
            "The body of your invitations. The add-in reads it inside Outlook, on your device, to place the agenda and find the Teams join link; only the agenda's fields, the subject, times, attendees and the join link reach the server.",
            "Passwords and sign-in tokens. You sign in at Microsoft; the pages keep tokens in memory only and write nothing about you to the browser's storage; the server checks each token but never writes it to its database or log.",
            "Text the purpose coach checks. It is analysed in memory; only the agenda's score is stored.",
          ],
        ],
      },
      graphSection(facts, lang),
      { title: "Where it is kept", body: [`In this server's database (${database})${location ? `, ${location}` : ""}.`] },
      {
        title: "How long it is kept",
        body: [
          "Agendas, contributions and commitments are kept until they are deleted. A contribution can be deleted by its author and by the meeting's organizer.",
          facts.retentionJob
            ? "When your organization's administrators set a retention, a finished agenda (the meeting is over and none of its commitments is open) is deleted that many days after the meeting, with its contributions, commitments and their history."
            : "Your organization's administrators can set a retention; on this server the automatic deletion is turned off, so its operators run it from the command line.",
          facts.retentionJob
            ? `The answers to write requests (idempotency) are kept ${IDEMPOTENCY_RETENTION_HOURS} hours to recognise a repeated request, then deleted.`
            : "The answers to write requests (idempotency) are kept to recognise a repeated request.",
        ],
      },
      {
        title: "Who can see it",
        body: [
          [
            "The organizer and the attendees of a meeting see its agenda, contributions and commitments.",
            "People your organization gives the PMO role see every commitment of your organization.",
            "People your organization gives the Admin or the PMO role can export all of your organization's data (only Admins delete).",
            "Nobody outside your organization (tenant) sees any of it: every request is checked against the signed-in person's tenant.",
            `The server administrators of ${operator} can reach the database to run the service.`,
          ],
        ],
      },
      {
        title: "Export and deletion",
        body: [
          "Your organization's administrators (app role Admin) can at any time:",
          [
            "export all of its data (JSON lines, and the commitments as CSV and Excel);",
            "delete all of its data, at once;",
            "remove one person's data: anonymised (their contributions and commitments keep the department but lose their name, email and Entra object id, also where their full name was written) or deleted together with the contributions they wrote and the commitments they own.",
          ],
          `For requests about your own data, write to ${contact}. Each of these actions is recorded — who, when, how many rows, never the data itself; after everything is deleted, that one record remains.`,
        ],
      },
      { title: "Changes", body: ["This page shows the current version; a change applies from the day it is published here."] },
    ],
  };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
