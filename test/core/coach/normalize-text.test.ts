import { describe, expect, it } from "vitest";
import { normalizeText, originalSpan } from "../../../src/core/coach/normalize-text";

const n = (text: string) => normalizeText(text).text;

describe("normalizeText", () => {
  it("folds width, katakana into hiragana, case, and polite endings", () => {
    expect(n("ＣＲＭ１２３")).toBe("crm123");
    expect(n("ｿﾚﾊ営業部ﾉ仕事ﾃﾞｼｮｳ")).toBe("それは営業部の仕事だろう");
    expect(n("ｶﾞｷﾞﾊﾟ")).toBe("がぎぱ");
    expect(n("仕事でしょう")).toBe("仕事だろう");
    expect(n("担当ではありません")).toBe("担当じゃない");
    expect(n("じゃないですか")).toBe("じゃないか");
    expect(n("無理です")).toBe("無理だ");
  });

  it("folds polite negatives of godan verbs into their plain form, and ichidan ones keep their stem", () => {
    expect(n("やりません")).toBe("やらない");
    expect(n("動きません")).toBe("動かない");
    expect(n("手伝いません")).toBe("手伝わない");
    expect(n("出しません")).toBe("出さない");
    expect(n("できません")).toBe("できない");
    expect(n("足りません")).toBe("足りない");
    expect(n("人がいません")).toBe("人がいない");
  });

  it("folds honorific and humble forms into plain ones", () => {
    expect(n("お引き受けいたしかねます")).toBe("引き受けしかねます");
    expect(n("営業部といたしましては")).toBe("営業部としては");
    expect(n("対応させていただきます")).toBe("対応します");
    expect(n("難しいかと存じます")).toBe("難しいと思います");
    expect(n("ございません")).toBe("ない");
  });

  it("folds dialect endings into standard ones (Kansai, Chūgoku, Kyūshū, Tōhoku, Nagoya)", () => {
    expect(n("そんなんでけへんわ")).toBe("そんなんできないわ");
    expect(n("知らんがな")).toBe("知らないがな");
    expect(n("それは営業の仕事やろ")).toBe("それは営業の仕事だろ");
    expect(n("無理やから")).toBe("無理だから");
    expect(n("あかん")).toBe("だめ");
    expect(n("忙しいけん無理じゃ")).toBe("忙しいから無理だ");
    expect(n("手伝えんばい")).toBe("手伝えないだ");
    expect(n("でぎねえ")).toBe("できない");
    expect(n("規則で決まっとる")).toBe("規則で決まっている");
    expect(n("全然進まんとよ")).toBe("全然進まないとよ");
    expect(n("誰も動かんし")).toBe("誰も動かないし");
    expect(n("やったことあれせんで、できーせんがね")).toBe("やったことないで、できないがね");
    expect(n("勝手に入ってこんといて")).toBe("勝手に入ってこないで");
    expect(n("うちのは触らんといて")).toBe("うちのは触らないで");
    expect(n("直前で仕様変えよるから")).toBe("直前で仕様変えているから");
  });

  it("leaves words alone that merely contain an ending or a dialect form", () => {
    expect(n("デスク")).toBe("ですく");
    expect(n("ミッション")).toBe("みっしょん");
    expect(n("たいへん")).toBe("たいへん");
    expect(n("田中さん")).toBe("田中さん");
    expect(n("一緒にやろう")).toBe("一緒にやろう");
    expect(n("営業や企画")).toBe("営業や企画");
    expect(n("山田さんと一旦なんとか")).toBe("山田さんと一旦なんとか");
    expect(n("プランとマンガ")).toBe("ぷらんとまんが");
    expect(n("規程によると")).toBe("規程によると");
  });

  it("remembers which characters were katakana, so particles are not read inside words", () => {
    const norm = normalizeText("データの");
    expect(norm.text).toBe("でーたの");
    expect([...norm.kata]).toEqual([1, 1, 1, 0]);
  });

  it("reads a sentence typed all in katakana as kana text, but a long loanword stays a word", () => {
    const sentence = normalizeText("ｿﾚﾊｳﾁﾉｼｺﾞﾄｼﾞｬﾅｲﾃﾞｽ");
    expect(sentence.text).toBe("それはうちの仕事じゃない");
    const word = normalizeText("コミュニケーションデザインガイドライン");
    expect([...word.kata].every((k) => k === 1)).toBe(true);
  });

  it("spells out English contractions and straightens curly quotes", () => {
    expect(n("We can’t, that’s Sales’ job")).toBe("we can not, that is sales' job");
    expect(n("We're swamped and we'll pass")).toBe("we are swamped and we will pass");
    expect(n("Don't")).toBe("do not");
  });

  it("maps every normalised span back to the original text", () => {
    const original = "ｿﾚﾊ営業部ﾉ仕事ﾃﾞｼｮｳ。";
    const norm = normalizeText(original);
    const at = norm.text.indexOf("仕事だろう");
    const [start, end] = originalSpan(norm, at, at + "仕事だろう".length, original.length);
    expect(original.slice(start, end)).toBe("仕事ﾃﾞｼｮｳ");
    const growing = normalizeText("We can't");
    const [s2, e2] = originalSpan(growing, 3, growing.text.length, 8);
    expect("We can't".slice(s2, e2)).toBe("can't");
  });

  it("keeps emoji (surrogate pairs) and control characters intact", () => {
    const text = "👍\u0000\u0007それは\uD83D";
    expect(n(text)).toBe(text);
  });
});
