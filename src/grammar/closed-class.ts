/**
 * Closed-class English words, in one place: determiners, pronouns,
 * prepositions, auxiliaries, conjunctions and the words of time. These are
 * grammar, not a lexicon users tune; every stage that asks "is this a
 * determiner" asks here.
 *
 * @module
 */

/** Articles, demonstratives and possessive determiners: the words that open a noun phrase and pick out what it names (`the`, `those`, `her`). */
export const definiteOpeners: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
])

/** Quantifiers that open a noun phrase (`some`, `several`, `every`). */
export const quantifiers: ReadonlySet<string> = new Set([
  'some', 'many', 'several', 'both', 'all', 'most', 'other', 'another', 'each', 'every', 'no', 'few',
  'any', 'more', 'numerous', 'various', 'such', 'either', 'neither', 'much', 'fewer', 'less',
])

/** Articles, demonstratives, possessive determiners and quantifiers that open a noun phrase (`the`, `her`, `several`). */
export const determiners: ReadonlySet<string> = new Set([...definiteOpeners, ...quantifiers, 'whose'])

/** Number words that count (`two officials`, `dozens of residents`). */
export const numberWords: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'twenty', 'thirty', 'forty',
  'fifty', 'hundred', 'thousand', 'million', 'billion', 'half', 'couple',
])

/** Subject pronouns of the third person: the ones that can name a quoted speaker. */
export const speakerPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it'])

/** Every personal pronoun, any case (`he`, `him`, `himself`, `we`, `us`). */
export const personalPronouns: ReadonlySet<string> = new Set([
  'i', 'me', 'myself', 'we', 'us', 'ourselves', 'you', 'yourself', 'yourselves', 'he', 'him', 'himself',
  'she', 'herself', 'it', 'itself', 'they', 'them', 'themselves', 'one', 'oneself',
])

/** Pronouns that name no one the article can point to (`something said`, `this said`). */
export const indefinitePronouns: ReadonlySet<string> = new Set([
  'something', 'nothing', 'anything', 'everything', 'someone', 'somebody', 'anyone', 'anybody',
  'everyone', 'everybody', 'nobody', 'none', 'this', 'that', 'these', 'those', 'there', 'here',
  'which', 'what', 'whatever', 'whoever', 'others', 'all', 'both', 'each', 'many', 'most', 'some',
])

/** Relative pronouns that open a clause describing a noun (`a resident who asked not to be named`). */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that'])

/** Prepositions. */
export const prepositions: ReadonlySet<string> = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'amidst', 'among', 'amongst',
  'around', 'as', 'at', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between',
  'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into',
  'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per', 'since',
  'than', 'through', 'throughout', 'to', 'toward', 'towards', 'under', 'underneath', 'unlike',
  'until', 'up', 'upon', 'via', 'with', 'within', 'without', 'including', 'regarding', 'concerning',
  'following',
])

/** Prepositions that may sit inside a source's noun phrase (`a source in the ministry`, `two people familiar with the talks`). */
export const phrasePrepositions: ReadonlySet<string> = new Set([
  'of', 'for', 'in', 'at', 'with', 'from', 'on', 'to', 'inside', 'within', 'near', 'across',
  'among', 'around', 'by', 'behind', 'close',
])

/**
 * Every form of *be* written out (`is`, `were`, `being`): one canonical
 * word, so a hedge cue `is said to` matches `were said to`.
 *
 * @example
 * ```ts
 * beForms.has('were') // true
 * ```
 */
export const beForms: ReadonlySet<string> = new Set(['be', 'is', 'was', 'were', 'are', 'am', 'been', 'being'])

/** The forms of *be* and its contractions, negated ones too (`'s`, `isn't`): what may stand before a participle. */
export const beWords: ReadonlySet<string> = new Set([...beForms, "'s", "'re", "'m", "isn't", "wasn't", "weren't", "aren't"])

/** Forms of `have` and `do` used as auxiliaries. */
export const haveDoForms: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'having', "'ve", "'d", "hasn't", "haven't", "hadn't", 'do', 'does', 'did',
  "don't", "doesn't", "didn't",
])

/** Modal verbs, including negated contractions. */
export const modals: ReadonlySet<string> = new Set([
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', "'ll", 'cannot',
  "won't", "wouldn't", "can't", "couldn't", "mightn't", "mustn't", "shouldn't", "shan't", 'ought',
])

/** Words that make a verb passive or a noun before it (`was told`, `get told`). */
export const passiveMakers: ReadonlySet<string> = new Set([...beWords, 'get', 'gets', 'got', 'gotten', 'getting'])

/** Contractions of a pronoun with an auxiliary: each is a subject and a finite verb in one word (`it's`, `they'd`). */
export const pronounContractions: ReadonlySet<string> = new Set([
  "it's", "he's", "she's", "that's", "there's", "what's", "who's", "they're", "we're", "you're",
  "i'm", "they've", "we've", "i've", "you've", "they'd", "he'd", "she'd", "it'd", "we'd", "i'd",
  "you'd", "they'll", "he'll", "she'll", "it'll", "we'll", "i'll", "you'll", "that'll", "there'll",
  "here's", "let's",
])

/** Coordinating conjunctions. */
export const coordinators: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'plus'])

/** Subordinating conjunctions: a clause they open is not the main clause of its sentence. */
export const subordinators: ReadonlySet<string> = new Set([
  'after', 'although', 'as', 'because', 'before', 'if', 'once', 'since', 'though', 'unless', 'until',
  'when', 'whenever', 'where', 'whereas', 'wherever', 'whether', 'while', 'whilst', 'lest', 'till',
])

/** Words that open a reported clause after its verb (`said that`, `asked whether`). */
export const complementisers: ReadonlySet<string> = new Set([
  'that', 'whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'whom',
])

/** Connective adverbs that may open a sentence or stand between commas (`However, officials said …`). */
export const connectives: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'moreover', 'furthermore', 'instead', 'still', 'also', 'then', 'now',
  'nevertheless', 'nonetheless', 'separately', 'similarly', 'likewise', 'indeed', 'otherwise',
  'later', 'earlier', 'previously', 'afterward', 'afterwards', 'again', 'thus', 'hence', 'yet',
  'besides', 'anyway', 'finally', 'first', 'second', 'third', 'too', 'though', 'even', 'only', 'just',
])

/** Negations. */
export const negations: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no'])

/** Days of the week. */
export const weekdays: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
])

/** Months, and their abbreviations as news writes them (`Feb.`, folded without the stop). */
export const months: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
])

/** Words of time that head an adverbial (`said Tuesday`, `said last week`, `this year`). */
export const timeWords: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tonight', 'tomorrow', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'weekend', 'hour', 'hours', 'minute',
  'minutes', 'decade', 'decades', 'season', 'time', 'times', 'moment', 'date', 'now', 'then',
  'recently', 'earlier', 'later', 'ago', 'overnight',
])

/** Words that tell the time of a following noun (`last week`, `next month`, `this year`). */
export const timeModifiers: ReadonlySet<string> = new Set(['last', 'next', 'this', 'that', 'each', 'every', 'early', 'late', 'same', 'previous', 'following', 'coming', 'past'])

/** Abbreviations of time zones, which stand after a clock time and never in a name (`03.58 BST Crewe said`). */
export const timeZones: ReadonlySet<string> = new Set([
  'bst', 'gmt', 'utc', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'cet', 'cest',
  'eet', 'eest', 'ist', 'jst', 'kst', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'hkt', 'sgt', 'wat', 'cat', 'eat',
])

/**
 * The speaker pronoun in a pronoun fused with its auxiliary (`he'd` → `he`,
 * `she'll` → `she`, `they've` → `they`), or the word itself.
 */
export function pronounOf(lower: string): string {
  const apostrophe = lower.indexOf("'")
  if (apostrophe <= 0) return lower
  const head = lower.slice(0, apostrophe)
  return speakerPronouns.has(head) && fusedAuxiliaries.has(lower.slice(apostrophe)) ? head : lower
}

/** The auxiliaries a pronoun fuses with. */
const fusedAuxiliaries: ReadonlySet<string> = new Set(["'d", "'ll", "'s", "'ve", "'re"])

/** Verbs that take a participle or infinitive of the verb that reports (`kept saying`, `used to tell`, `began telling`). */
export const catenativeVerbs: ReadonlySet<string> = new Set([
  'kept', 'keeps', 'keep', 'began', 'begins', 'started', 'starts', 'continued', 'continues', 'used', 'went', 'goes',
  'tried', 'tries', 'wanted', 'wants', 'would', 'liked', 'likes', 'loved', 'loves', 'stopped',
])
