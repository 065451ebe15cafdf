/**
 * What a word can be in a noun phrase, read from its tag, case and form:
 * the tests the mention readers build noun phrases with. A mention is a
 * noun phrase: never a verb, a gerund, a preposition or a subordinator.
 * Words outside the tagged paragraphs (`Tag.none`) are judged by form.
 *
 * @module
 */
import {Tag} from '../engine/tagger.js'
import {WordFlag} from '../engine/word-flag.js'
import type {WordLayer} from '../engine/words.js'
import {connectives, coordinators, determiners, personalPronouns, prepositions, subordinators, timeZones} from './closed-class.js'

const tagOf = (layer: WordLayer, index: number): number => (index >= 0 && index < layer.tags.length ? (layer.tags[index] as number) : Tag.none)
const bitsOf = (layer: WordLayer, index: number): number => (index >= 0 && index < layer.flags.length ? (layer.flags[index] as number) : 0)
const lowerOf = (layer: WordLayer, index: number): string => layer.words[index]?.lower ?? ''

/** Whether a word is capitalised inside its sentence (a name part, whatever its tag). */
export function isNameCapital(layer: WordLayer, index: number): boolean {
  const bits = bitsOf(layer, index)
  return (bits & WordFlag.capital) !== 0 && (bits & WordFlag.opener) === 0
}

/** Whether a verb form modifies the noun after it (`the injured worker`, `a retired teacher`). */
function isPremodifyingParticiple(layer: WordLayer, index: number): boolean {
  const lower = lowerOf(layer, index)
  if (!lower.endsWith('ed') && !lower.endsWith('ing')) return false
  const next = tagOf(layer, index + 1)
  const before = tagOf(layer, index - 1)
  // The noun it modifies follows, or an adjective and then it (`the injured worker`, `a retired home economics teacher`).
  if (next !== Tag.noun && !(next === Tag.adj && (tagOf(layer, index + 2) === Tag.noun || tagOf(layer, index + 2) === Tag.propn))) return false
  // After a bare noun it is that noun's verb (`the cap mattered more`); after a possessive it modifies (`Norland’s negotiating team`).
  const previous = lowerOf(layer, index - 1)
  const possessive = previous.endsWith("'s") || previous.endsWith('s\'')
  // The tagger reads possessive determiners as pronouns (`its managing director`).
  return before === Tag.det || before === Tag.adj || before === Tag.num || possessive || determiners.has(previous)
}

/**
 * Whether the tags rule a word out of a noun phrase: a verb or auxiliary
 * (other than a participle before a noun, or a capitalised name part), an
 * adverb, a preposition, a conjunction (other than one joining two
 * modifiers) or a particle. Untagged words are never ruled out here.
 *
 * @example
 * For `Speaking to reporters, Ortiz said`, `Speaking` and `to` break the
 * phrase; `Ortiz` does not.
 */
export function breaksNounPhrase(layer: WordLayer, index: number): boolean {
  const tag = tagOf(layer, index)
  if (tag === Tag.none) return false
  if (isNameCapital(layer, index) && tag !== Tag.cconj && tag !== Tag.sconj && tag !== Tag.adp && tag !== Tag.det) return false
  switch (tag) {
    case Tag.verb:
    case Tag.aux:
      return !isPremodifyingParticiple(layer, index)
    case Tag.adv: {
      // `its most recent annual filing`, `a recently retired judge`: an adverb of the adjective after it stays inside.
      const next = tagOf(layer, index + 1)
      return !(next === Tag.adj || (next === Tag.verb && isPremodifyingParticiple(layer, index + 1)))
    }
    case Tag.sconj:
    case Tag.part:
    case Tag.intj:
      return true
    case Tag.cconj:
      return !isModifierCoordination(layer, index)
    case Tag.adp:
      // Prepositions inside a phrase (`a source in the ministry`) are the callers' to allow.
      return true
    default:
      return false
  }
}

/**
 * Whether a conjunction joins two modifiers of one head (`oil and gas
 * worker Dana Birch`, `the health and safety inspector`), not two noun
 * phrases (`the mayor and the governor`, `Jane Doe and Tom Hill`).
 */
export function isModifierCoordination(layer: WordLayer, index: number): boolean {
  const lower = lowerOf(layer, index)
  if (lower !== 'and' && lower !== '&' && lower !== 'or') return false
  const before = tagOf(layer, index - 1)
  const after = tagOf(layer, index + 1)
  const nounLike = (tag: number) => tag === Tag.noun || tag === Tag.adj
  if (!nounLike(before) || !nounLike(after)) return false
  if (isNameCapital(layer, index - 1) || isNameCapital(layer, index + 1)) return false
  // A head must follow the second modifier: `oil and gas worker`, not `the mayor and residents`.
  const next = tagOf(layer, index + 2)
  return next === Tag.noun || next === Tag.propn
}

/** Whether a word opens a fronted adverbial, not a subject: a subordinator, a preposition, a gerund, an adverb or a conjunction (`After the river crested,`, `Speaking to reporters,`, `But`). */
export function opensAdverbial(layer: WordLayer, index: number): boolean {
  const lower = lowerOf(layer, index)
  const tag = tagOf(layer, index)
  if (tag === Tag.sconj || tag === Tag.adv || tag === Tag.cconj || tag === Tag.adp) return true
  if (tag === Tag.verb && (lower.endsWith('ing') || lower.endsWith('ed'))) return true
  if (tag === Tag.none) return subordinators.has(lower) || coordinators.has(lower) || prepositions.has(lower)
  return false
}

/** Closed-class words: a conjunction, preposition, subordinator, determiner or pronoun never starts or joins a name (`But Ortiz`). */
const closedClassWords: ReadonlySet<string> = new Set([...coordinators, ...subordinators, ...prepositions, ...determiners, ...personalPronouns, ...connectives, ...timeZones])

/**
 * Whether a word is closed-class where it stands: by form (`but`,
 * `after`, `the`, `she`), unless its tag says it is a name (`Will Smith`,
 * `May Ortiz` inside a sentence).
 */
export function isClosedClass(layer: WordLayer, index: number): boolean {
  const lower = lowerOf(layer, index)
  if (!closedClassWords.has(lower)) return false
  // A time zone is never a name, however it is tagged (`03.58 BST Crewe said`).
  return timeZones.has(lower) || tagOf(layer, index) !== Tag.propn || !isNameCapital(layer, index)
}
