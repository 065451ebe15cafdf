/**
 * Reporting cues: the one place that says whether a word reports speech.
 * A cue is a reporting verb in use (`said`, `told`, `chimed in`: not `the
 * said vendor`, not `a call`, not a passive `was told`) or a prepositional
 * phrase (`according to`). The lexicon is compiled once per options object
 * with the rest of the lexicon (`lexicon/compile.ts`) and read from the
 * settings; the cues of a document are found once, on its word layer, and
 * every stage (quotes, attribution, hedges) reads them there.
 *
 * @module
 */
import {mayBeListed, type WordFilter} from '../engine/word-filter.js'
import {Tag} from '../engine/tagger.js'
import {WordFlag} from '../engine/word-flag.js'
import type {WordLayer} from '../engine/words.js'
import {beWords, determiners, passiveMakers} from '../grammar/closed-class.js'
import {irregularLemma} from '../grammar/verbs.js'
import type {Settings} from '../options.js'

/** A cue: its words `[start, end)` in the layer. */
export interface CueMatch {
  start: number
  end: number
  /** Whether the cue is a prepositional phrase such as `according to`. */
  phrase: boolean
  /** Whether the verb takes an object rather than a reported clause (`called`). */
  objectOnly: boolean
}

/** What a word may start: a single-word cue, multi-word cues, or both. */
export interface CueEntry {
  verb: boolean
  objectOnly: boolean
  phrases: ReadonlyArray<readonly string[]>
  /** Per phrase, whether it is a verb with a particle (`pointed out`, `chimed in`), which reports like a single verb. */
  verbal: readonly boolean[]
}

/** The cue lexicon of one settings object, compiled for matching. */
export interface CueLexicon {
  entries: ReadonlyMap<string, CueEntry>
  /** A cheap test before the look-up ({@link WordFilter}). */
  filter: WordFilter
}

/** The cue lexicon of a settings object, compiled with it. */
export function cueLexicon(settings: Settings): CueLexicon {
  return settings.cues
}

/**
 * Whether a word (folded) is a form of a reporting verb or starts a
 * multi-word cue: the lexical test, for stages that run before the words
 * are tagged (sentence joining, mark pairing). {@link cueAt} says whether
 * it is a cue where it stands.
 */
export function isCueWord(settings: Settings, lower: string): boolean {
  const {filter, entries} = cueLexicon(settings)
  return mayBeListed(filter, lower) && entries.has(lower)
}

/** Words before a verb that make it a noun or an adjective (`the said`, `a call`, `to say`). */
const nounMakers: ReadonlySet<string> = new Set([...determiners, "'s", 'to'])

/** Nouns of the setting a statement is made in, which a participle may follow (`a statement posted on Facebook`). */
const settingNouns: ReadonlySet<string> = new Set([
  'statement', 'video', 'letter', 'post', 'message', 'email', 'e-mail', 'memo', 'report', 'filing', 'release',
  'speech', 'interview', 'note', 'tweet', 'clip', 'recording', 'transcript', 'broadcast', 'notice', 'document',
])

/** The forms of `say`, which a statement never takes as a participle after it (`the statement said`). */
const sayForms: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying'])

/** Whether a form may be a past participle (`posted`, `written`, `released`). */
function isParticipleForm(lower: string): boolean {
  return lower.endsWith('ed') || (irregularLemma(lower) !== undefined && irregularLemma(lower) !== lower)
}

/** Whether a past form is one only verbs have (`said`, `added`, `wrote`), so a noun tag on it is the tagger's slip. */
function isPastForm(lower: string): boolean {
  if (lower.endsWith('ed')) return true
  const lemma = irregularLemma(lower)
  return lemma !== undefined && lemma !== lower
}

/** Whether a single-word cue at `index` is a reporting verb in use. */
function isVerbUse(layer: WordLayer, index: number): boolean {
  const word = layer.words[index]
  if (!word) return false
  const bits = layer.flags[index] as number
  // `Post`, `Said`, `Brief` inside a sentence are names.
  if ((bits & WordFlag.capital) !== 0 && (bits & WordFlag.opener) === 0) return false
  const before = index - 1
  if (before >= 0 && ((layer.flags[before] as number) & WordFlag.word) !== 0) {
    const previous = (layer.words[before] as {lower: string}).lower
    if (nounMakers.has(previous) && word.lower !== 'told') return false
    if (previous === 'all' && word.lower === 'told') return false
    // `was told`, `is said to` are passive; `did not say` reports nothing.
    if (passiveMakers.has(previous) || beWords.has(previous) || previous === 'not' || previous.endsWith("n't")) return false
  }
  // `in a statement posted on Facebook`, `a video released Tuesday`: a participle on a noun of the setting reports nothing itself.
  if (settingNouns.has(layer.words[index - 1]?.lower ?? '') && !sayForms.has(word.lower) && isParticipleForm(word.lower)) {
    const next = layer.tags[index + 1]
    if (next === Tag.adp || next === Tag.propn || next === Tag.num) return false
  }
  const tag = layer.tags[index]
  if (tag === Tag.none || tag === Tag.verb || tag === Tag.aux) return true
  // A noun or adjective tag is the tagger's word for forms nouns share (`the report`, `claims`), not for past forms.
  return isPastForm(word.lower)
}

/** Multi-word cues are not verbs after `the` either (`the point out`). */
function afterThe(layer: WordLayer, index: number): boolean {
  return index > 0 && layer.words[index - 1]?.lower === 'the'
}

/** Read the cue starting at a word, if any. */
function readCue(layer: WordLayer, index: number, lexicon: CueLexicon): CueMatch | null {
  const word = layer.words[index]
  if (!word || word.kind !== 'word' || !mayBeListed(lexicon.filter, word.lower)) return null
  const entry = lexicon.entries.get(word.lower)
  if (!entry) return null
  for (let which = 0; which < entry.phrases.length; which++) {
    const phrase = entry.phrases[which] as readonly string[]
    let matched = true
    for (let offset = 1; offset < phrase.length && matched; offset++) matched = layer.words[index + offset]?.lower === phrase[offset]
    if (!matched || afterThe(layer, index)) continue
    // `pointed out that …` reports like `noted that …`: a verb, not a phrase such as `according to`.
    if (entry.verbal[which]) {
      if (isVerbUse(layer, index)) return {start: index, end: index + phrase.length, phrase: false, objectOnly: false}
      continue
    }
    return {start: index, end: index + phrase.length, phrase: true, objectOnly: false}
  }
  if (!entry.verb || !isVerbUse(layer, index)) return null
  return {start: index, end: index + 1, phrase: false, objectOnly: entry.objectOnly}
}

/** Bits of {@link WordLayer.cueKinds}. */
const PHRASE = 1
const OBJECT_ONLY = 2

/**
 * Find every cue of a document once, into the layer: `cueEnds[i]` is one
 * past the cue's last word when a cue starts at word `i`, else 0.
 */
export function findCues(layer: WordLayer): void {
  const lexicon = cueLexicon(layer.doc.settings)
  const {cueEnds, cueKinds} = layer
  for (let index = 0; index < layer.words.length; index++) {
    const cue = readCue(layer, index, lexicon)
    if (!cue) continue
    cueEnds[index] = cue.end
    cueKinds[index] = (cue.phrase ? PHRASE : 0) | (cue.objectOnly ? OBJECT_ONLY : 0)
  }
}

/**
 * The cue starting at word `index`, if any: a multi-word cue from the
 * settings, else a single reporting verb in use.
 *
 * @example
 * For `Ortiz said on Tuesday …`, `cueAt(layer, 1)` is the cue `said`;
 * for `according to the report`, `cueAt(layer, 0)` spans both words.
 */
export function cueAt(layer: WordLayer, index: number): CueMatch | null {
  const end = index >= 0 && index < layer.cueEnds.length ? (layer.cueEnds[index] as number) : 0
  if (end === 0) return null
  const kind = layer.cueKinds[index] as number
  return {start: index, end, phrase: (kind & PHRASE) !== 0, objectOnly: (kind & OBJECT_ONLY) !== 0}
}

/** Whether a cue starts at word `index` (no object made). */
export function startsCue(layer: WordLayer, index: number): boolean {
  return index >= 0 && index < layer.cueEnds.length && (layer.cueEnds[index] as number) > 0
}
