/**
 * Weasel subjects: a vague source standing in for a named one. `Critics
 * argue`, `Critics of the plan say`, `Scientists believe` (a bare source
 * noun opening a clause), `some experts warn`, `many researchers say` (a
 * vague quantifier with a source), `Some say`, `Many believe` (the
 * quantifier alone before a saying or believing verb). The cue is the
 * source words; a hedging verb after them is a cue of its own.
 *
 * @module
 */
import type {HedgeIndex} from './lexicon-index.js'
import {isCapitalisedAt, isNumeral, isWordAt, textAt, wordAt, type Items} from './words.js'

/** Item indices of a weasel subject, inclusive. */
export interface WeaselMatch {
  first: number
  last: number
}

const clauseOpeners: ReadonlySet<string> = new Set([
  'but', 'and', 'yet', 'while', 'though', 'although', 'because', 'since', 'as', 'so', 'that', 'whereas',
])
const auxiliaries: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'would', 'will', 'also', 'long', 'often', 'now', 'still', 'even', 'already', 'do', 'did',
])
/** Words after a source that make it specific or not a subject (`analysts at Sterling`, `critics who`). */
const notAVerb: ReadonlySet<string> = new Set([
  'at', 'from', 'with', 'who', 'that', 'which', 'in', 'on', 'for', 'of', 'and', 'or', 'to', 'by',
  'including', 'like', 'such', 'are', 'were', 'is', 'was', 'be', 'been', 'say', 'the', 'a', 'an',
  'whose', 'whom', 'near', 'across', 'around', 'inside', 'outside', 'under', 'over', 'into',
  'about', 'than', 'as',
])
const maxOfPhrase = 6
const pastForms: ReadonlySet<string> = new Set([
  'said', 'told', 'thought', 'wrote', 'found', 'saw', 'knew', 'felt', 'spoke', 'gave', 'made', 'took',
  'held', 'swore', 'began', 'put', 'laid', 'meant', 'heard',
])

/** Whether item `at` opens a clause: first in its sentence, after a mark, or after a conjunction. */
function opensClause(items: Items, at: number): boolean {
  if (at - 1 < 0 || at - 1 >= items.length) return true
  const before = textAt(items, at - 1)
  if (!isWordAt(items, at - 1)) return before !== "'" && before !== '-'
  return clauseOpeners.has(before)
}

/** The verbs that make a weasel: the reporting verbs and the opinion verbs. */
interface SayingVerbs {
  index: HedgeIndex
  cueWords: ReadonlySet<string>
}

/** Whether item `at` is a saying or opinion verb. */
function isSaying(items: Items, at: number, verbs: SayingVerbs): boolean {
  if (!isWordAt(items, at)) return false
  const word = items.words[at] as string
  return verbs.cueWords.has(word) || verbs.index.opinionVerbs.has(word)
}

/**
 * Skip an `of …` phrase (`Critics of the project say`), returning the index
 * of the verb after it: a saying verb or auxiliary, or the lower-case word
 * after a name (`Critics of the PMF compare`). Without one, `at`.
 */
function skipOfPhrase(items: Items, at: number, verbs: SayingVerbs): number {
  if (textAt(items, at) !== 'of') return at
  for (let position = at + 2; position <= at + maxOfPhrase; position++) {
    if (!isWordAt(items, position)) return at
    if (isSaying(items, position, verbs) || auxiliaries.has(items.words[position] as string)) return position
    if (isCapitalisedAt(items, position - 1) && looksLikeVerb(items, position)) return position
  }
  return at
}

/** A lower-case word that can be the verb after a subject. */
function looksLikeVerb(items: Items, at: number): boolean {
  return isWordAt(items, at) && !isCapitalisedAt(items, at) && !notAVerb.has(items.words[at] as string) && !isNumeral(items, at)
}

/** The verb after auxiliaries and adverbs (`have long argued` → `argued`), and whether the tense is past. */
function verbAfterAuxiliaries(items: Items, at: number): {position: number; past: boolean} {
  let position = at
  let auxiliary = ''
  for (let count = 0; count < 3; count++) {
    const word = wordAt(items, position)
    if (auxiliaries.has(word)) auxiliary ||= word
    else if (word.length < 5 || !word.endsWith('ly')) break
    position++
  }
  const verb = wordAt(items, position)
  if (auxiliary === 'had' || auxiliary === 'did') return {position, past: true}
  if (auxiliary) return {position, past: false}
  return {position, past: verb.endsWith('ed') || pastForms.has(verb)}
}


/**
 * Whether a saying verb in the generic present follows at `position`
 * (`critics say`, `some have argued`): a past report (`residents said`)
 * tells of an occasion.
 */
function sayingVerbAt(items: Items, position: number, verbs: SayingVerbs): boolean {
  const {position: verbAt, past} = verbAfterAuxiliaries(items, position)
  return !past && isSaying(items, verbAt, verbs)
}

/** Whether a saying verb follows at `position`, maybe behind an `of …` phrase. */
function verbFollows(items: Items, position: number, verbs: SayingVerbs): boolean {
  return sayingVerbAt(items, skipOfPhrase(items, position, verbs), verbs)
}

/** The weasel subject starting at item `at`, if any. */
function weaselAt(items: Items, at: number, verbs: SayingVerbs): WeaselMatch | undefined {
  const word = wordAt(items, at)
  // One lookup rejects the words that are neither a quantifier nor a source: nearly all.
  if (!isWordAt(items, at) || !verbs.index.weaselStarts.has(word)) return undefined
  const {index} = verbs
  if (index.quantifiers.has(word)) {
    const noun = wordAt(items, at + 1)
    const isSource = isWordAt(items, at + 1) && (index.sources.has(noun) || (noun.endsWith('s') && !isCapitalisedAt(items, at + 1)))
    if (isSource && verbFollows(items, at + 2, verbs)) return {first: at, last: at + 1}
    if (opensClause(items, at) && sayingVerbAt(items, at + 1, verbs)) return {first: at, last: at}
    return undefined
  }
  if (index.sources.has(word) && opensClause(items, at) && verbFollows(items, at + 1, verbs)) return {first: at, last: at}
  return undefined
}

/**
 * Every weasel subject in a sentence, in order. `starts`, when given, are
 * the (ascending) item indices whose words may start one
 * ({@link HedgeIndex.weaselStarts}): only those are tried.
 *
 * @example
 * ```ts
 * findWeasels(items, settings.hedges, settings.cueWords) // [{first: 0, last: 0}] for `Critics argue …`
 * ```
 */
export function findWeasels(
  items: Items,
  index: HedgeIndex,
  cueWords: ReadonlySet<string>,
  starts?: readonly number[],
): WeaselMatch[] {
  const out: WeaselMatch[] = []
  const verbs: SayingVerbs = {index, cueWords}
  const count = starts ? starts.length : items.length
  // Items up to the end of a subject found are not tried again.
  let after = -1
  for (let k = 0; k < count; k++) {
    const at = starts ? (starts[k] as number) : k
    if (at <= after) continue
    const found = weaselAt(items, at, verbs)
    if (found) {
      out.push(found)
      after = found.last
    }
  }
  return out
}
