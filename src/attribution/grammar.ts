/**
 * Closed-class English words the attribution rules lean on: determiners,
 * pronouns, auxiliaries, prepositions that may sit inside a noun phrase,
 * words that end one. These are grammar, not a lexicon users tune.
 */
import {determiners as closedDeterminers, numberWords, relativePronouns as closedRelativePronouns, weekdays} from '../grammar/closed-class.js'

/**
 * Words that open a mention's noun phrase: the determiners and the number
 * words, but for `that`, which after a reporting verb opens its clause.
 */
export const determiners: ReadonlySet<string> = new Set([...closedDeterminers, ...numberWords].filter((word) => word !== 'that'))

/** Words that never make a speaker on their own. */
export const notSpeakers: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'there', 'this', 'that', 'these', 'those', 'which', 'who', 'what', 'whom',
  'something', 'nothing', 'anything', 'everything', 'one', 'all', 'none', 'each', 'both', 'some',
  'many', 'most', 'others', 'other', 'whose', 'as', 'and', 'or', 'but', 'not', 'also',
])

/**
 * Auxiliaries and adverbs that may stand between a subject and its
 * reporting verb (`Ortiz also said`, `he had told`, `she later wrote`).
 */
export const verbPreModifiers: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'previously', 'again', 'earlier', 'once', 'had', 'has', 'have', 'would',
  'will', 'shall', 'could', 'might', 'may', 'can', "'d", "'ll", 'recently', 'publicly', 'privately',
  'repeatedly', 'initially', 'first', 'further', 'simply', 'only', 'just', 'still', 'quickly',
  'flatly', 'separately', 'subsequently', 'since', 'long', 'often', 'frequently', 'already',
  'openly', 'angrily', 'proudly', 'firmly', 'bluntly', 'quietly', 'loudly', 'tearfully', 'calmly',
  'confidently', 'cautiously', 'candidly', 'frankly', 'herself', 'himself', 'themselves',
  'itself', 'personally', 'reportedly', 'allegedly', 'apparently', 'always', 'never', 'not',
  'did', 'does', 'do', 'formally', 'officially', 'directly', 'specifically', 'explicitly',
  'immediately', 'finally', 'eventually', 'once', 'twice', 'last', 'yesterday', 'today', 'now',
  'currently', 'usually', 'sometimes', 'occasionally', 'regularly',
])

/** Words after which a preposition stays inside the noun phrase (`familiar with`, `close to`). */
export const phraseAdjectives: ReadonlySet<string> = new Set([
  'familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'opposed', 'loyal', 'linked',
  'connected', 'allied', 'based', 'working', 'speaking', 'responsible', 'aware', 'privy', 'informed',
])

/** Words that end a noun phrase read backwards: conjunctions and subordinators. */
export const clauseBreaks: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'because', 'when', 'while', 'after', 'before', 'if', 'as', 'since',
  'than', 'that', 'then', 'so', 'though', 'although', 'whereas', 'where', 'until', 'unless',
  'whether', 'once', 'yet', 'also', 'meanwhile', 'however', 'instead', 'whom', 'what', 'why', 'how',
])

/** Relative pronouns that open a clause describing a speaker (`an engineer who was not authorized`): not `that`, which after a cue opens the report. */
export const relativePronouns: ReadonlySet<string> = new Set([...closedRelativePronouns].filter((word) => word !== 'that' && word !== 'whom'))

/** Words that open an apposition after a comma (`Ortiz, the union's president,`). */
export const appositionOpeners: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'one', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'himself',
  'herself', 'now', 'then', 'formerly', 'once', 'also', 'both', 'each', 'chief', 'head', 'president',
  'director', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'chairman', 'chairwoman',
  'speaking', 'writing', 'herself', 'another', 'two', 'three', 'all', 'among', 'co-founder',
  'founder', 'owner', 'secretary', 'minister', 'senior', 'deputy', 'acting', 'former', 'longtime',
])

/** Words of time that end a name read forwards (`said Ortiz on Tuesday`). */
export const nameEndingTimeWords: ReadonlySet<string> = new Set([
  ...weekdays, 'yesterday', 'today', 'tonight', 'tomorrow', 'earlier', 'later', 'last', 'next', 'this',
  'after', 'before', 'during', 'when', 'while', 'as', 'in', 'on', 'at', 'outside', 'afterwards',
  'afterward', 'recently',
])

/**
 * Words that make a clause: auxiliaries, modals, copulas and common
 * irregular past forms. A reported clause has one of these or a verb in
 * `-ed` / `-s` (checked separately).
 */
export const finiteVerbs: ReadonlySet<string> = new Set([
  'is', 'was', 'were', 'are', 'am', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could',
  'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', "won't", "wouldn't",
  "couldn't", "can't", 'cannot', "didn't", "doesn't", "don't", "isn't", "wasn't", "weren't",
  "aren't", "hasn't", "hadn't", "haven't", "shouldn't", "mustn't", "it's", "he's", "she's",
  "they're", "we're", "there's", "that's", "they'd", "he'd", "she'd", "it'd", "they'll", "he'll",
  "she'll", "it'll", 'found', 'made', 'took', 'gave', 'went', 'came', 'saw', 'knew', 'got', 'left',
  'told', 'said', 'put', 'kept', 'began', 'lost', 'won', 'sent', 'spent', 'paid', 'built', 'held',
  'brought', 'bought', 'thought', 'meant', 'ran', 'set', 'cut', 'fell', 'grew', 'rose', 'stood',
  'sat', 'felt', 'led', 'met', 'hit', 'let', 'read', 'wrote', 'drove', 'broke', 'chose', 'forgot',
  'hid', 'shut', 'sold', 'struck', 'swore', 'taught', 'understood', 'wore', 'needs', 'seems',
  'remains', 'appears', 'plans', 'wants', 'means', 'sees', 'says', 'knows', 'makes', 'takes',
  'goes', 'gets', 'gives', 'lies', 'runs', 'stays', 'faces', 'expects', 'believes', 'loses',
  'owes', 'includes', 'lacks', 'costs', 'operates', 'intends', 'hopes', 'continues', 'exists',
  'works', 'happens', 'stands', 'holds',
])

/** Days and time words that end a speaker's phrase read backwards (`On Tuesday officials said`). */
export const dayWords: ReadonlySet<string> = new Set([
  ...weekdays, 'yesterday', 'today', 'tonight', 'tomorrow', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night',
])

/** Nouns of the setting a statement was made in (`said Ortiz in an interview`). */
export const settingNouns: ReadonlySet<string> = new Set([
  'interview', 'statement', 'speech', 'letter', 'email', 'e-mail', 'post', 'news', 'conference',
  'briefing', 'meeting', 'hearing', 'rally', 'address', 'call', 'phone', 'telephone', 'video',
  'message', 'filing', 'court', 'release', 'tweet', 'televised', 'radio', 'podcast', 'broadcast',
  'remarks', 'testimony', 'response', 'reply', 'session', 'ceremony', 'event', 'forum',
  'vote', 'report', 'memo', 'note', 'blog', 'op-ed', 'column', 'emailed', 'written', 'recent',
  'separate', 'joint', 'brief', 'text', 'sworn', 'prepared', 'front',
])
