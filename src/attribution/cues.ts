/**
 * Reporting cues in the reporter's text: a reporting verb used as a verb
 * (not `the said property`, not `all told`, not a passive `was told`), or
 * a multi-word cue (`according to`).
 */
import {objectCueVerbs, verbForms} from '../lexicon/cues.js'
import type {Settings} from '../options.js'
import {buildWordFilter, mayBeListed, type WordFilter} from '../engine/word-filter.js'
import {beForms, determiners} from './grammar.js'
import {isCapitalised, isCueCandidate, isWordToken, opensSentence, type WordView} from './words.js'

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

/** What a word may start: a single-word cue, multi-word cues, or both. */
interface CueEntry {
  verb: boolean
  objectOnly: boolean
  phrases: ReadonlyArray<readonly string[]>
  /** Per phrase, whether it is a verb with a particle (`pointed out`), which reports like a single verb. */
  verbal: readonly boolean[]
}

/** Last words that make a multi-word cue prepositional (`according to`, `in the words of`, `as quoted by`). */
const prepositionalEndings: ReadonlySet<string> = new Set(['to', 'of', 'by'])

/** Cue entries by word, and a cheap filter before the look-up ({@link WordFilter}): every word of the document is asked about once. */
interface CueIndex {
  entries: ReadonlyMap<string, CueEntry>
  filter: WordFilter
  /** Whether some entry is keyed by a word: the filter, then the look-up. */
  starts: (word: string) => boolean
}

/** Cue indexes built once per settings object. */
const indexesBySettings = new WeakMap<Settings, CueIndex>()

function buildIndex(settings: Settings): CueIndex {
  const entries = buildEntries(settings)
  const filter = buildWordFilter(entries.keys())
  return {entries, filter, starts: (word) => mayBeListed(filter, word) && entries.has(word)}
}

function buildEntries(settings: Settings): ReadonlyMap<string, CueEntry> {
  const built = new Map<string, {verb: boolean; objectOnly: boolean; phrases: Array<readonly string[]>; verbal: boolean[]}>()
  const entryOf = (word: string) => {
    let entry = built.get(word)
    if (!entry) {
      entry = {verb: false, objectOnly: objectOnlyForms.has(word), phrases: [], verbal: []}
      built.set(word, entry)
    }
    return entry
  }
  for (const word of settings.cueWords) entryOf(word).verb = true
  for (const phrase of settings.cuePhrases) {
    const first = phrase[0]
    if (first !== undefined && phrase.length >= 2) {
      const entry = entryOf(first)
      entry.phrases.push(phrase)
      entry.verbal.push(!prepositionalEndings.has(phrase[phrase.length - 1] ?? ''))
    }
  }
  return built
}

/** The cue index of a settings object, built on first ask. Looked up once per candidate word at most (cues are cached on the view). */
function cueIndex(settings: Settings): CueIndex {
  let index = indexesBySettings.get(settings)
  if (!index) {
    index = buildIndex(settings)
    indexesBySettings.set(settings, index)
  }
  return index
}

/**
 * Whether a cue may start with a word (its folded form), for these
 * settings: {@link buildWordView} marks the candidates with it, and only
 * those are read.
 */
export function cueStarter(settings: Settings): (word: string) => boolean {
  return cueIndex(settings).starts
}

/** Read the cue at a word, without the cache. */
function readCue(view: WordView, index: number): CueMatch | null {
  const word = view.words[index]
  if (!word || word.kind !== 'word') return null
  const entry = cueIndex(view.doc.settings).entries.get(word.lower)
  if (!entry) return null
  for (let which = 0; which < entry.phrases.length; which++) {
    const phrase = entry.phrases[which] as readonly string[]
    let matched = true
    for (let offset = 1; offset < phrase.length && matched; offset++) {
      matched = view.words[index + offset]?.lower === phrase[offset]
    }
    if (!matched || isVerbPhraseBlocked(view, index)) continue
    // `pointed out that …` reports like `noted that …`: a verb, not a phrase such as `according to`.
    if (entry.verbal[which]) {
      if (isVerbUse(view, index)) return {start: index, end: index + phrase.length, phrase: false, objectOnly: false}
      continue
    }
    return {start: index, end: index + phrase.length, phrase: true, objectOnly: false}
  }
  if (!entry.verb || !isVerbUse(view, index)) return null
  return {start: index, end: index + 1, phrase: false, objectOnly: entry.objectOnly}
}

/**
 * The cue starting at word `index`, if any: a multi-word cue from the
 * settings, else a single reporting verb in use. Read once per word: the
 * rules ask about the same words many times.
 *
 * @example
 * For `Ortiz said on Tuesday …`, `cueAt(view, 1)` is the cue `said`;
 * for `according to the report`, `cueAt(view, 0)` spans both words.
 */
export function cueAt(view: WordView, index: number): CueMatch | null {
  // Most words start no cue: their flag says so without a look-up.
  if (!isCueCandidate(view, index)) return null
  const known = view.cues.get(index)
  if (known !== undefined) return known
  const cue = readCue(view, index)
  view.cues.set(index, cue)
  return cue
}

/** Multi-word cues are not verbs after `the` either (`the point out`): rare, but cheap to check. */
function isVerbPhraseBlocked(view: WordView, index: number): boolean {
  const before = previousWord(view, index)
  return before >= 0 && (view.words[before] as {lower: string}).lower === 'the'
}
