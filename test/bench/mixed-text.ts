// A deterministic mixed-language text of a given length: business sentences in Japanese and
// English, some role-centred, with emoji and odd characters — what the coach sees in real bodies.
const SENTENCES = [
  "CRMの導入は計画どおり進んでいます。",
  "それは営業部の仕事でしょう。",
  "どうしたら企画部がAIに取り組めるか、一緒に考えましょう。",
  "The CRM rollout is on schedule. ",
  "That's not our job. ",
  "How can we, together, win large enterprise customers? ",
  "資料は金曜日までに共有していただけますか？",
  "Could you share the slides by Friday? 🙂 ",
  "ＣＲＭの移行は１２月１日に完了しました。",
  "付録：営業部のミッションは、大手企業との長期的な関係を築くことです。\n",
];

export function mixedText(length: number): string {
  const parts: string[] = [];
  let size = 0;
  let seed = 7;
  while (size < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const s = SENTENCES[seed % SENTENCES.length] as string;
    parts.push(s);
    size += s.length;
  }
  return parts.join("").slice(0, length);
}
