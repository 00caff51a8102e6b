// English discourse: offers (a positive modal after "we"/"I" is an offer; "can not" is a refusal,
// read whole so "we can not" never counts as "we can"), contrast, cause, the objective as a frame,
// questions, reported speech, softeners before an imperative, and words read whole.
import type { Lexicon } from "./lexicon-types";

export const EN_DISCOURSE: Lexicon = {
  modal: [
    "can", "could", "will", "shall", "can still", "can at least", "could at least", "can also", "could also", "will also", "can probably",
    "could probably", "will gladly", "will happily", "can definitely", "will definitely", "can certainly", "will certainly", "can easily",
    "could easily", "can absolutely", "are going to", "am going to", "are able to", "am able to", "might be able to", "may be able to",
    "should be able to", "would be able to", "can try", "will try", "will make", "can only", "could only", "will only",
    "might", "might still",
  ],
  offer: [
    "would be happy to", "would be glad to", "would love to", "am happy to", "are happy to", "happy to", "glad to", "volunteer",
    "will volunteer", "can offer", "could offer", "are willing", "am willing", "would be willing", "are keen to", "let us", "let me",
    "count us in", "count me in", "we are in", "i am in", "on it", "leave it to me", "leave it with me", "leave it with us",
    "leave that with me", "leave that with us", "how can we", "how could we", "how might we", "what can we", "what could we",
    "here is what we", "what we can do", "what i can do", "would like to help", "want to help", "are here to help", "am here to help",
    "happy to help", "glad to help", "why do not we", "what if we", "how about we", "shall we", "i got it", "we got it",
    "i have got it", "we have got it", "we have got this", "am on it", "are on it", "sending you", "sending it over", "sending over",
    "i am sending", "we are sending", "doing it now", "make room", "making room", "to make room", "i am dropping", "we are dropping",
    "i have arranged", "we have arranged", "arranged for", "booked for", "scheduled for", "planned for", "will look", "i will look",
    "we will look", "we have built", "built time", "we have planned", "we have scheduled", "we have set aside", "set aside",
    "i have set aside", "we have blocked", "i have blocked", "blocked out", "we have added", "we have moved", "we have freed", "freed up",
    "we have reserved", "we have allocated", "would like to try", "like to try", "want to try", "willing to try", "happy to try",
    "would like to", "is welcome to", "are welcome to", "welcome to join", "rather we just fix", "i will grab", "i will take",
    "we have put", "put it into", "pushed it to", "moved it to", "added it to", "scheduled it",
    "will be dedicated", "will be assigned", "dedicated to the", "assigned to the",
    "we would love", "would welcome", "happy for", "works for", "would work for", "suits us",
    "anyway", "drafting a", "preparing a", "setting up a", "in any case",
  ],
  contrast: [
    "but", "though", "although", "however", "that said", "having said that", "still", "yet", "even so", "nevertheless", "nonetheless",
    "on the other hand", "instead", "in the meantime", "meanwhile", "except", "while", "whereas", "even though", "that being said",
    "instead,", "for the time being",
  ],
  cause: [
    "because", "since", "so", "therefore", "thus", "hence", "given that", "given", "cause", "'cause", "which means", "so that", "due",
    "for that reason", "cos", "coz", "cuz", "as a result",
  ],
  frame: [
    "objective", "goal", "goals", "target", "shared goal", "common goal", "our goal", "the goal", "the objective", "the target",
    "for the launch", "to hit", "to reach", "to make this work", "to make it work", "to get there", "to win", "to grow", "to succeed",
    "to make this happen", "for the customer", "for the company", "to move forward", "to move this forward", "to move the objective",
    "to serve",
  ],
  together: [
    "together", "jointly", "with you", "with them", "side by side", "collaborate", "collaborating", "partner with", "pair with", "team up",
    "joint", "both teams", "both of us", "each of us", "all of us", "shared", "between us",
  ],
  question: [
    "?",
  ],
  report: [
    "said", "says", "told us", "told me", "mentioned", "reported", "according to", "informed us", "let us know that", "let me know that",
    "wrote", "replied", "responded", "confirmed", "announced", "stated", "claims", "claimed", "heard",
  ],
  softener: [
    "please", "just", "you should", "you need to", "you will need to", "you would need to", "you have to", "you will have to",
    "you had better", "better", "go", "maybe", "probably", "i would", "i think you should", "you might want to", "you may want to",
    "you will want to", "you would want to", "you want to", "try", "have you tried", "you could try", "you might try", "maybe try",
    "best to", "your best bet is", "best bet is", "you are better off", "you would be better off", "probably best to", "honestly",
    "frankly", "sorry", "sorry,", "i am afraid", "i am sorry", "unfortunately", "look", "well", "ok", "okay", "yeah", "for that",
    "for this", "on that", "on this", "for that one", "for this one", "for those", "for these",
  ],
  none: [
    "can never", "can hardly", "could hardly", "can barely", "could barely", "could you", "can you", "will you", "would you", "could we",
    "can we", "would we", "will we", "could they", "can they", "will they", "would they", "what can", "who can", "can be", "could be",
    "will be", "can see", "could see", "can tell", "could tell", "can imagine", "can understand", "as well", "as soon as possible",
    "as per", "asap", "so far", "so much", "so many", "not only", "just in case", "just shipped", "just launched", "just released",
    "just finished", "just sent", "just got", "just now", "no problem", "no worries", "no doubt", "no longer", "not a problem",
    "not an issue", "no issue", "no issues", "no rush", "no hurry", "of course", "for now", "as of", "as part of", "as a team",
    "as well as", "such as", "in time", "on time", "time zone", "timeline", "timelines", "full-time", "part-time", "last time", "next time",
    "every time", "each time", "this time", "that time", "any time", "anytime", "thank you", "thanks", "job postings", "job posting",
    "job posts", "job ads", "the job runs", "it is an",
  ],
};
