/**
 * Reporting cues in the reporter's text: a reporting verb used as a verb
 * (not `the said property`, not `all told`, not a passive `was told`), or
 * a multi-word cue (`according to`).
 */
import {objectCueVerbs, verbForms} from '../lexicon/cues.js'
import {beForms, determiners} from './grammar.js'
import {isCapitalised, isWordToken, opensSentence, type WordView} from './words.js'

/** A cue: its words `[start, end)` in the view. */
export interface CueMatch {
  start: number
  end: number
  /** Whether the cue is a multi-word phrase such as `according to`. */
  phrase: boolean
  /** Whether the verb takes an object rather than a reported clause (`called`). */
  objectOnly: boolean
}

/** Every form of the verbs that take no reported clause, built once. */
const objectOnlyForms: ReadonlySet<string> = new Set(objectCueVerbs.flatMap((verb) => verbForms(verb)))

/** Words before a verb that make it a noun or an adjective (`the said`, `a call`). */
const nounMakers: ReadonlySet<string> = new Set([...determiners, "'s", 'to'])

/** The previous word token before `index`, skipping nothing, or -1. */
function previousWord(view: WordView, index: number): number {
  const before = index - 1
  return before >= 0 && isWordToken(view, before) ? before : -1
}

/** Whether a single-word cue at `index` is a reporting verb in use. */
function isVerbUse(view: WordView, index: number): boolean {
  const word = view.words[index]
  if (!word) return false
  // `Post`, `Said`, `Brief` inside a sentence are names.
  if (isCapitalised(view, index) && !opensSentence(view, index)) return false
  const before = previousWord(view, index)
  if (before < 0) return true
  const previous = (view.words[before] as {lower: string}).lower
  if (nounMakers.has(previous) && word.lower !== 'told') return false
  if (previous === 'all' && word.lower === 'told') return false
  // `was told`, `is said to` are passive; `did not say` reports nothing.
  return !beForms.has(previous) && previous !== 'not' && !previous.endsWith("n't")
}

/**
 * The cue starting at word `index`, if any: a multi-word cue from the
 * settings, else a single reporting verb in use.
 */
export function cueAt(view: WordView, index: number): CueMatch | null {
  const word = view.words[index]
  if (!word || word.token.kind !== 'word') return null
  const settings = view.doc.settings
  for (const phrase of settings.cuePhrases) {
    if (phrase[0] !== word.lower) continue
    let matched = true
    for (let offset = 1; offset < phrase.length && matched; offset++) {
      matched = view.words[index + offset]?.lower === phrase[offset]
    }
    if (matched && phrase.length > 1) {
      const isVerbPhrase = !isVerbPhraseBlocked(view, index)
      if (isVerbPhrase) return {start: index, end: index + phrase.length, phrase: true, objectOnly: false}
    }
  }
  if (!settings.cueWords.has(word.lower) || !isVerbUse(view, index)) return null
  return {start: index, end: index + 1, phrase: false, objectOnly: objectOnlyForms.has(word.lower)}
}

/** Multi-word cues are not verbs after `the` either (`the point out`): rare, but cheap to check. */
function isVerbPhraseBlocked(view: WordView, index: number): boolean {
  const before = previousWord(view, index)
  return before >= 0 && (view.words[before] as {lower: string}).lower === 'the'
}
