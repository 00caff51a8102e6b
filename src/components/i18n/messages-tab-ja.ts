// Japanese strings of the attendees' tab as a live document (numbered sections, entries with who and
// when, per-department "+ 追加", refusals) and the page titles, spread into messages-ja.ts.
// The term for what a department can do for the objective is 「できること」 everywhere.
export const messagesTabJa = {
  "common.showMore": "続きを表示",
  "common.showLess": "折りたたむ",
  "common.labelled": "{label}：",
  "common.reload": "再読み込み",

  "tab.contribution.addTo": "+ 追加",
  "tab.contribution.addToLabel": "{department}のできることを追加",
  "tab.contribution.submit": "追加",
  "tab.contribution.actions": "{name} さんのできることの操作",
  "tab.contribution.count": "{count}件",
  "tab.contribution.deleteAsk": "この項目を削除しますか？元に戻せません。",
  "tab.contribution.deleteConfirm": "削除する",
  "tab.contribution.edited": "（編集済み）",
  "tab.contribution.proposedConfirmed": "{proposer}の提案・{confirmer}が確認",
  // An attendee writing under another department's card: whose department said it.
  "tab.contribution.authorOf": "{name}（{department}）",
  "tab.obstacle.open": "+ 課題を追加",
  "tab.commitment.open": "+ コミットメントを追加",
  "tab.commitments.thisMeeting": "この会議のコミットメント",
  // {count} and {overdue} are the two parts below, each kept on one line.
  "tab.carried.heading": "前回からの持ち越し {count}",
  "tab.carried.headingOverdue": "前回からの持ち越し {count}{overdue}",
  "tab.carried.headingCount": "{count}件",
  "tab.carried.headingOverduePart": "（期限切れ {overdue}）",
  "tab.live.offline": "オフライン",
  "tab.offline.offlineEmpty": "オフラインです。接続が戻ると、最新の内容に更新されます。ここで追加・変更したものはこの端末に保存され、再接続したときに送信されます。",

  "tab.refused.title": "このアジェンダは会議の出席者だけが開けます",
  "tab.refused.organizer": "この会議の主催者は {organizer} さんです。{organizer} さんに、あなたを会議の出席者に追加するよう依頼してください。",
  "tab.refused.noOrganizer": "会議の主催者に、あなたを会議の出席者に追加するよう依頼してください。",
  "tab.refused.then": "追加されたら、このページを再読み込みしてください。",
  "tab.notFound.title": "アジェンダが見つかりません",

  "page.meeting": "会議のアジェンダ",
  "page.stage": "会議のステージ",
  "page.mine": "私のコミットメント",
  "page.config": "タブの設定",
  "page.pmo": "コミットメント一覧",
  "page.preview": "ローカルデモ",
  "page.taskpane": "アジェンダの作成",

  "tab.offline.banner.sending": "この端末に保存されています。順番に送信しています。",
  "tab.offline.banner.offline": "オフラインです。",
  "tab.offline.banner.decide": "{count} 件は、ほかの人が先に変更したため、どちらを残すか選ぶまで送信されません。",
  "tab.offline.banner.failed": "{count} 件は保存できませんでした。もう一度試すか、破棄してください。",
} as const;
