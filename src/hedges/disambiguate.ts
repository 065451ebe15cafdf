/**
 * Context rules: which lexicon matches are hedges here. A word list alone
 * flags `could` of ability, `May` the month, `about` meaning *concerning*,
 * `military might`, `believe in God`; these rules read the neighbouring
 * words to drop such uses. Rules are keyed by the lexicon entry, so they
 * follow a cue into whatever category the options give it.
 *
 * @module
 */
import type {CueMatch} from './cues.js'
import {beForms, determiners, personalPronouns} from '../grammar/closed-class.js'
import type {HedgeIndex} from './lexicon-index.js'
import {isCapitalisedAt, isNumeral, isWordAt, textAt, wordAt, type Items} from './words.js'

/** What a rule reads. */
export interface CueContext {
  items: Items
  match: CueMatch
  index: HedgeIndex
  /** Whether the sentence is a headline (title case: capitals say nothing). */
  headline: boolean
}

type Rule = (context: CueContext) => boolean

const negators: ReadonlySet<string> = new Set(['not', 'never', 'no', 'hardly', 'barely', 'scarcely', 'only'])
const currency: ReadonlySet<string> = new Set(['$', '£', '€', '¥', '₹', '₦', 'us$', 'c$', 'a$'])

const next = (context: CueContext, offset = 1) => wordAt(context.items, context.match.last + offset)
const previous = (context: CueContext, offset = 1) => wordAt(context.items, context.match.first - offset)
const isEnd = (context: CueContext, offset = 1) => !isWordAt(context.items, context.match.last + offset)

/** The words before the cue back to the clause's start (a mark), nearest first, at most `limit`. */
function wordsBefore(context: CueContext, limit: number): string[] {
  const out: string[] = []
  for (let at = context.match.first - 1; at >= 0 && out.length < limit; at--) {
    const word = textAt(context.items, at)
    if (!isWordAt(context.items, at)) {
      if (word === "'" || word === '’' || word === '-') continue
      break
    }
    out.push(word)
  }
  return out
}

/** The first word after the cue that is not an adverb (`could also face` → `face`), with its offset. */
function verbAfter(context: CueContext): {word: string; offset: number} {
  for (let offset = 1; offset <= 3; offset++) {
    const word = next(context, offset)
    const adverb = word.length >= 5 && word.endsWith('ly')
    if (!adverb && word !== 'also' && word !== 'still' && word !== 'even' && word !== 'eventually') {
      return {word, offset}
    }
  }
  return {word: next(context, 4), offset: 4}
}

// ---- approximators ---------------------------------------------------------------------------

/** Whether an amount starts at item `at`: a numeral, a number word, or `a`/`an` + a number or unit. */
function amountAt(items: Items, at: number, index: HedgeIndex): boolean {
  let position = at
  while (currency.has(textAt(items, position))) position++
  if (isNumeral(items, position)) return true
  const word = wordAt(items, position)
  if (index.amounts.has(word) || index.wholes.has(word)) return true
  if (index.times.has(word)) return true
  if (word === 'a' || word === 'an') {
    const after = wordAt(items, position + 1)
    return index.amounts.has(after) || index.units.has(after) || isNumeral(items, position + 1)
  }
  // `cut roughly in half`
  return word === 'in' && index.amounts.has(wordAt(items, position + 1))
}

/** Approximators that are also prepositions: only a bare amount may follow (`a debate about the next decade`). */
const prepositional: ReadonlySet<string> = new Set(['about', 'around', 'some', 'circa'])
const periodOpeners: ReadonlySet<string> = new Set(['the', 'another'])
const periodAdjectives: ReadonlySet<string> = new Set(['next', 'last', 'past', 'coming', 'first', 'other', 'full', 'extra'])

/** `at least the next decade`, `for at least another year`, `at least the third`. */
function periodAt(items: Items, at: number, index: HedgeIndex): boolean {
  if (!periodOpeners.has(wordAt(items, at))) return false
  const word = wordAt(items, at + 1)
  if (index.amounts.has(word) || index.units.has(word)) return true
  return periodAdjectives.has(word) && (index.units.has(wordAt(items, at + 2)) || isNumeral(items, at + 2))
}

/** Degree approximators: they hedge whatever follows (`nearly quit`, `almost every`), unless `not nearly`. */
const degree: ReadonlySet<string> = new Set(['nearly', 'almost'])

/** `about 200`, `some 30,000`, `nearly a third`, `nearly all`, not `about the port`, `some of`. */
const approximates: Rule = (context) => {
  const {items, match, index} = context
  const key = match.entry.key
  if (degree.has(key)) return previous(context) !== 'not'
  if (amountAt(items, match.last + 1, index)) return true
  return !prepositional.has(key) && periodAt(items, match.last + 1, index)
}

// ---- modals ----------------------------------------------------------------------------------

const abilityVerbs: ReadonlySet<string> = new Set([
  'see', 'hear', 'feel', 'smell', 'taste', 'swim', 'read', 'speak', 'afford', 'remember', 'recall',
  'understand', 'walk', 'sleep', 'breathe', 'recognize', 'recognise', 'imagine', 'believe', 'do',
])
/** Words before `could` that make it conditional or purposive (`so they could`, `if we could`). */
const nonAssertive: ReadonlySet<string> = new Set(['if', 'so', 'sure', 'ensure', 'unless', 'wish', 'wished', 'hoped'])

/** `could` of possibility: not negated (`could not be reached`), not ability (`could swim`), not `if we could`. */
const couldOfPossibility: Rule = (context) => {
  const {word, offset} = verbAfter(context)
  for (let between = 1; between < offset; between++) if (negators.has(next(context, between))) return false
  if (negators.has(word) || word === '' || abilityVerbs.has(word)) return false
  return !wordsBefore(context, 6).some((before) => nonAssertive.has(before))
}

const monthPrepositions: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'through', 'last', 'next', 'early', 'late', 'mid',
  'this', 'of', 'from', 'to', 'before', 'after', 'during', 'between', 'and', 'or', 'every', 'each',
  'throughout', 'around', 'end', 'as', 'that', 'mid-', 'late-', 'early-',
])

/** Whether a word stands before item `at` in its sentence. */
function hasWordBefore(items: Items, at: number): boolean {
  for (let before = 0; before < at; before++) if (isWordAt(items, before)) return true
  return false
}

/** `may` the modal, not `May 3`, `in May`, or a capitalised `May` inside a sentence (a month or a name). */
const mayModal: Rule = (context) => {
  const {items, match} = context
  if (isNumeral(items, match.last + 1)) return false
  if (!isCapitalisedAt(items, match.first)) return true
  if (monthPrepositions.has(previous(context))) return false
  if (context.headline) return true
  const sentenceStart = !hasWordBefore(items, match.first)
  return sentenceStart && personalPronouns.has(next(context))
}

/** Words that cannot follow a modal, so the `might` before them is a noun (`its military might would`). */
const notAfterModal: ReadonlySet<string> = new Set([
  'of', 'and', 'or', 'would', 'will', 'can', 'could', 'should', 'shall', 'must', 'is', 'was', 'has', 'to', 'in',
])

/** `might` the modal, not the noun (`military might`, `the might of`). */
const mightModal: Rule = (context) => {
  const before = previous(context)
  if (determiners.has(before) || before.endsWith("'s") || before.endsWith("s'")) return false
  return !isEnd(context) && !notAfterModal.has(next(context))
}

const possibleFrames: ReadonlySet<string> = new Set([
  'as', 'if', 'where', 'when', 'whenever', 'wherever', 'everything', 'all', 'make', 'makes', 'made',
  'making', 'only', 'every', 'best', 'worst',
])

/** `possible` of possibility, not `as soon as possible`, `if possible`, `the best possible`, `made possible`. */
const possibleOfPossibility: Rule = (context) => {
  const before = previous(context)
  if (possibleFrames.has(before) || (before.length > 4 && before.endsWith('est'))) return false
  return !(before === 'it' && next(context) === 'for')
}

// ---- evidentials -----------------------------------------------------------------------------

const placePrepositions: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'before', 'with', 'for', 'as', 'alongside', 'from', 'during', 'inside',
  'outside', 'after', 'together', 'onstage', 'to', 'via', 'by', 'live', 'briefly', 'online',
  'about', 'around', 'within', 'until', 'between', 'again', 'here', 'there', 'and', 'or', 'but',
  'when', 'where', 'if', 'then', 'first', 'twice', 'once', 'only', 'under', 'over', 'near',
])

/** `appears large`, not `appeared in court` or `appeared on television`. */
const appearsSo: Rule = (context) => !isEnd(context) && !placePrepositions.has(next(context))

/** `appear to be`, not `appeared to the crowd`. */
const appearsToDo: Rule = (context) => {
  const after = next(context)
  return after !== '' && !determiners.has(after) && !personalPronouns.has(after)
}

/** Subject pronouns of persons: `it` is left out, as `it suggests` is the evidence speaking. */
const personSubjects: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'one'])

/** `the data suggest`, `it suggests`, `tests indicate`: evidence as subject, not a person proposing. */
const evidenceSubject: Rule = (context) => {
  const before = wordsBefore(context, 8)
  for (const word of before) {
    if (personSubjects.has(word) || word === 'who') return false
    if (context.index.evidence.has(word)) return true
  }
  // `…, suggesting that …`: a participle after a clause about facts.
  return textAt(context.items, context.match.first).endsWith('ing') && before.length === 0
}

// ---- epistemics ------------------------------------------------------------------------------

/** `I believe the jury …`, not `believe in God`, `believe me`, `can't believe`, `hard to believe`. */
const believeOfOpinion: Rule = (context) => {
  const after = next(context)
  if (after === 'in' || after === 'me' || after === 'us' || (after === 'it' && next(context, 2) === 'or')) return false
  const [one, two] = wordsBefore(context, 2)
  if (one === 'not' && (two === 'can' || two === 'could')) return false
  return !(one === 'to' && (two === 'hard' || two === 'difficult')) && one !== 'make'
}

/** Words other than determiners that mark the word after them as a noun (`no doubt` is a determiner's). */
const nounNeighbours: ReadonlySet<string> = new Set([
  'little', 'second', 'careful', 'food', 'without', 'beyond',
  'early', 'initial', 'official', 'conservative', 'rough', 'preliminary', 'latest', 'best', 'prime',
  'main', 'key', 'chief', 'murder', 'possible', 'potential', 'alleged', 'two', 'three', 'four',
  'for', 'in', 'of', 'with', 'new', 'revised', 'independent', 'current', 'widespread',
  'growing', 'real', 'serious',
])

/** A verb, not a noun: no determiner or noun-phrase word right before (`the suspect`, `no doubt`). */
const verbNotNoun: Rule = (context) => {
  const before = previous(context)
  return !determiners.has(before) && !nounNeighbours.has(before) && !before.endsWith("'s") && !isNumeral(context.items, context.match.first - 1)
}

/** `I think`, not `think about`, `think of`, `think tank`, `thinking`, `the thought of`. */
const thinkOfOpinion: Rule = (context) => {
  const word = textAt(context.items, context.match.first)
  if (word === 'thinking') return false
  const after = next(context)
  if (['about', 'of', 'tank', 'tanks', 'twice', 'through', 'out', 'up', 'back', 'to', 'provoking'].includes(after)) {
    return false
  }
  return verbNotNoun(context)
}

/** `police suspect arson`, `he suspected`, not `the suspect`, `two suspects`, `suspected of`. */
const suspectOfOpinion: Rule = (context) => {
  const word = textAt(context.items, context.match.first)
  if (word === 'suspects' && !personalPronouns.has(previous(context)) && previous(context) !== 'who') return false
  if (next(context) === 'of' || (word === 'suspected' && !isEnd(context) && isNounLike(next(context)))) return false
  return verbNotNoun(context)
}

/** A rough test for `the suspected gunman`: the next word is not a clause opener. */
function isNounLike(word: string): boolean {
  return !['the', 'a', 'an', 'that', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'there', 'this'].includes(word)
}

/** `doubted a new manager would`, not `no doubt`, `without doubt`, `doubts about`. */
const doubtOfOpinion: Rule = (context) => next(context) !== 'about' && verbNotNoun(context)

/** `analysts speculated that`, not `speculate about a lawsuit`. */
const speculateOfOpinion: Rule = (context) => !['about', 'on', 'over'].includes(next(context)) && verbNotNoun(context)

/** `residents fear the dam could fail`, not `for fear of`, `fear of heights`. */
const fearOfPossibility: Rule = (context) => !['of', 'for', 'and'].includes(next(context)) && verbNotNoun(context)

/** `it is assumed`, `assume that`, not `assumed office`, `assume control`. */
const assumeOfBelief: Rule = (context) => {
  const after = next(context)
  if (['that', 'he', 'she', 'it', 'they', 'we', 'you', 'i', 'there', 'this'].includes(after)) return true
  return beForms.has(previous(context)) && (after === 'to' || isEnd(context))
}

/** `The utility estimates that`, `has estimated`, not `the estimates`, `an early estimate`. */
const estimateOfOpinion: Rule = verbNotNoun

const predicativeOpeners: ReadonlySet<string> = new Set([
  'whether', 'if', 'how', 'what', 'why', 'when', 'who', 'where', 'which', 'number', 'amount', 'quantity',
])

/** `it is unclear whether`, `the cause is unknown`, not `unknown gunmen`, `an uncertain future`. */
const predicative: Rule = (context) => {
  const before = previous(context)
  if (beForms.has(before) || ['remain', 'remains', 'remained', 'still', 'yet', 'largely', 'as', 'seems', 'appears'].includes(before)) return true
  return isEnd(context) || predicativeOpeners.has(next(context))
}

/** `it is not known whether`, not `not known for his patience`. */
const negatedCertainty: Rule = (context) => !['for', 'as'].includes(next(context))

/** `the company expects to turn a profit`, `analysts expect`, not `told to expect`, `as expected`, `expected it to.` */
const expectOfForecast: Rule = (context) => {
  const before = previous(context)
  if (before === 'to' || before === 'as' || before === 'than' || !verbNotNoun(context)) return false
  const word = textAt(context.items, context.match.first)
  if (word === 'expecting' && !beForms.has(before)) return false
  // An elliptical `expected it to.` compares with what was expected; it forecasts nothing.
  const toAt = next(context) === 'to' ? 1 : next(context, 2) === 'to' ? 2 : 0
  return toAt === 0 || !isEnd(context, toAt + 1)
}

const confirmers: ReadonlySet<string> = new Set(['have', 'has', 'had', 'i', 'we', 'they', 'he', 'she', 'you', 'did', 'do', 'does'])

/** `the figure has not been confirmed`, `was not confirmed`, not `we have not confirmed any deaths` (a fact about the speaker). */
const unconfirmed: Rule = (context) => !confirmers.has(previous(context))

/** `the potential to`, `a potential buyer`, not `untapped potential` as a noun at the end. */
const potentialHedge: Rule = (context) => !isEnd(context) && !['untapped', 'full', 'huge', 'enormous', 'great'].includes(previous(context))

const rules: Readonly<Record<string, Rule>> = {
  could: couldOfPossibility,
  may: mayModal,
  might: mightModal,
  possible: possibleOfPossibility,
  potential: potentialHedge,
  appear: appearsSo,
  seem: appearsSo,
  'appear to': appearsToDo,
  'seem to': appearsToDo,
  suggest: evidenceSubject,
  indicate: evidenceSubject,
  believe: believeOfOpinion,
  think: thinkOfOpinion,
  suspect: suspectOfOpinion,
  doubt: doubtOfOpinion,
  speculate: speculateOfOpinion,
  fear: fearOfPossibility,
  assume: assumeOfBelief,
  estimate: estimateOfOpinion,
  anticipate: verbNotNoun,
  unclear: predicative,
  uncertain: predicative,
  unknown: predicative,
  expect: expectOfForecast,
  'not confirmed': unconfirmed,
  'not verified': unconfirmed,
}

/**
 * Whether a lexicon match is a hedge in its context.
 *
 * @example
 * ```ts
 * isHedge({items, match, index, headline: false}) // false for `could not be reached`
 * ```
 */
export function isHedge(context: CueContext): boolean {
  const {entry} = context.match
  if (entry.category === 'approximator' && !approximates(context)) return false
  if (entry.key.startsWith('not ') && !negatedCertainty(context)) return false
  const rule = rules[entry.key]
  return rule ? rule(context) : true
}
