// English spellings folded into the ones the lexicons use: contractions spelled out (can't → can
// not, we're → we are, that's → that is), a few casual forms (gonna → going to). Possessive 's
// stays as it is: the lexicons read "sales's" and "sales'" as a department's.
import { type Fold, notLetter } from "./fold";

const word = (from: string, to: string): Fold => ({ from, to, prev: notLetter, next: notLetter });
const suffix = (from: string, to: string): Fold => ({ from, to, next: notLetter });
/** Hedges and intensifiers carry no structure: "not really our area" reads as "not our area". */
const drop = (word: string): Fold => ({ from: `${word} `, to: "", prev: notLetter });

export const EN_FOLDS: readonly Fold[] = [
  word("can't", "can not"),
  word("cannot", "can not"),
  word("won't", "will not"),
  word("shan't", "shall not"),
  word("ain't", "is not"),
  word("let's", "let us"),
  word("it's", "it is"),
  word("that's", "that is"),
  word("this's", "this is"),
  word("what's", "what is"),
  word("there's", "there is"),
  word("here's", "here is"),
  word("who's", "who is"),
  word("where's", "where is"),
  word("how's", "how is"),
  word("he's", "he is"),
  word("she's", "she is"),
  ...["really", "actually", "exactly", "particularly", "necessarily", "entirely", "simply", "realistically", "truly", "necessarily", "quite", "pretty", "somewhat", "kind of", "sort of", "a bit", "a little", "at this point", "at the moment", "right now", "currently", "at present", "just now", "completely", "totally", "squarely", "firmly", "normally", "usually", "typically", "generally", "ordinarily", "already", "honestly", "frankly", "obviously", "clearly", "more naturally", "naturally", "more appropriately", "appropriately", "on earth", "the hell", "in the world", "arguably", "strictly speaking", "technically", "fundamentally", "primarily", "mainly", "mostly", "largely"].map(drop),
  // "even" is a hedge too ("why is this even ours"), except in the phrases it makes.
  ...["even so", "even though", "even if", "even when", "even after", "even before", "even with", "even without"].map((w) => word(w, w)),
  drop("even"),
  word("one's", "one is"),
  word("thats", "that is"),
  word("whats", "what is"),
  word("gonna", "going to"),
  word("wanna", "want to"),
  word("gotta", "got to"),
  word("kinda", "kind of"),
  word("sorta", "sort of"),
  word("dunno", "do not know"),
  word("y'all", "you all"),
  word("pls", "please"),
  word("plz", "please"),
  word("tbh", "to be honest"),
  word("imo", "in my opinion"),
  word("afaik", "as far as i know"),
  suffix("n't", " not"),
  suffix("'re", " are"),
  suffix("'ve", " have"),
  suffix("'ll", " will"),
  suffix("'m", " am"),
  suffix("'d", " would"),
];
