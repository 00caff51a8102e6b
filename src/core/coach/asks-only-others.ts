// "Contributions that only ask others to act": a request with no offer of our own.
import { normalizeText } from "./normalize-text";

const JA_ASK = /(?:ほしい|欲しい|ください|下さい|もらいたい|もらえ|いただきたい|いただけ|お願いし|頼みたい|必要があ|べきだ)/u;
const JA_OFFER = /(?:でき(?:る|ます)|します|しよう|やります|担当します|用意します|引き受け|手伝|支援し|協力し|提供し|共有し|一緒に|私たちが|うちが|私が)/u;
const EN_ASK = /\b(?:please|we\s{1,3}need\s{1,3}[A-Za-z]{1,30}\s{1,3}to|[A-Za-z]{1,30}\s{1,3}(?:should|needs\s{1,3}to|must)|we\s{1,3}(?:want|would\s{1,3}like|'d\s{1,3}like)\s{1,3}[A-Za-z]{1,30}\s{1,3}to)\b/iu;
const EN_OFFER = /\b(?:we|i)(?:'ll|\s{1,3}will|\s{1,3}can|\s{1,3}could|'re\s{1,3}going\s{1,3}to|\s{1,3}are\s{1,3}going\s{1,3}to)\b|\b(?:together|let's)\b/iu;

/** True when the text asks others to act and offers nothing of its own. */
export function asksOnlyOthers(text: string): boolean {
  const t = normalizeText(text).text;
  const asks = JA_ASK.test(t) || EN_ASK.test(t);
  const offers = JA_OFFER.test(t) || EN_OFFER.test(t);
  return asks && !offers;
}
