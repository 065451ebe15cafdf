/**
 * The lexicon compiled for matching: the one place its indexes are built.
 * The settings resolution (`options.ts`) resolves the options into folded
 * lists once per options object and hands them here; every set, map, filter
 * and index a stage reads is built from them at once, into the settings the
 * stages are given. No stage builds or caches an index of its own.
 *
 * @module
 */
import type {CueEntry as CueWordEntry, CueLexicon} from '../cues/cues.js'
import {buildWordFilter} from '../engine/word-filter.js'
import {verbForms} from '../grammar/verbs.js'
import {beForms} from '../grammar/closed-class.js'
import {entryStart, weaselStart, type CueEntry, type HedgeIndex} from '../hedges/lexicon-index.js'
import type {ResolvedOptions} from '../options.js'
import type {HedgeCategory} from '../types.js'
import {numberAbbreviations, titleAbbreviations} from './abbreviations.js'
import {boilerplateParagraphs} from './boilerplate.js'
import {agencyCredits, bylineOpenings, creditEndings} from './bylines.js'
import {hedgeCategories} from './categories.js'
import {objectCueVerbs} from './cues.js'
import {amountWords, evidenceNouns, timeWords, unitWords, weaselQuantifiers, weaselVerbs, wholeQuantifiers} from './hedges.js'
import {anonymityMarkers} from './sources.js'

/** Phrases split into their words. */
type Phrases = ReadonlyArray<readonly string[]>

/** Everything the engine needs, compiled once from the options. */
export interface Settings {
  boilerplateOpenings: readonly string[]
  /** The openings by their first word, so a paragraph is compared with a few at most. */
  boilerplateByFirstWord: ReadonlyMap<string, readonly string[]>
  boilerplatePhrases: readonly string[]
  boilerplateParagraphs: ReadonlySet<string>
  boilerplateClosings: readonly string[]
  bylineOpenings: readonly string[]
  creditEndings: ReadonlySet<string>
  agencyCredits: ReadonlySet<string>
  titleAbbreviations: ReadonlySet<string>
  numberAbbreviations: ReadonlySet<string>
  /** Every form of every single-word reporting verb, lower case. */
  cueWords: ReadonlySet<string>
  /** Every form of every multi-word reporting cue, lower case, split into words. */
  cuePhrases: Phrases
  /** {@link cueWords} and {@link cuePhrases} by the word they start with, for the cue finder. */
  cues: CueLexicon
  /** Elided words after a leading apostrophe, lower case. */
  quoteElisions: ReadonlySet<string>
  /** Phrases that introduce a mention rather than a quote, lower case, split into words. */
  mentionIntroducers: Phrases
  /** {@link mentionIntroducers} by their last word (the word right before the mark). */
  introducersByLast: ReadonlyMap<string, Phrases>
  /** Nouns of works whose titles stand in marks, lower case. */
  workNouns: ReadonlySet<string>
  /** Source roles and group nouns, lower case (multi-word ones as written). */
  sourceRoles: ReadonlySet<string>
  /** The last words of the multi-word {@link sourceRoles} (`members` of `family members`). */
  sourceRoleEndings: ReadonlySet<string>
  /** Titles before names, lower case, without a final full stop. */
  personTitles: ReadonlySet<string>
  /** Organisation markers, lower case, without a final full stop. */
  organizationMarkers: ReadonlySet<string>
  /** Anonymity markers, lower case, split into words. */
  anonymityMarkers: Phrases
  /** {@link anonymityMarkers} by their first word. */
  anonymityMarkersByFirstWord: ReadonlyMap<string, Phrases>
  /** Nouns of documents that can be a source, lower case. */
  documentNouns: ReadonlySet<string>
  /** The hedge lexicon compiled for matching. */
  hedges: HedgeIndex
}

/** Items grouped by a key, in order. */
function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    if (key === undefined) continue
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** The first word of an entry (up to the first space). */
const firstWordOf = (entry: string) => {
  const space = entry.indexOf(' ')
  return space < 0 ? entry : entry.slice(0, space)
}

// Reporting cues.

/** Every form of the verbs that take no reported clause. */
const objectOnlyForms: ReadonlySet<string> = new Set(objectCueVerbs.flatMap((verb) => verbForms(verb)))

/** Last words that make a multi-word cue prepositional (`according to`, `in the words of`, `as quoted by`). */
const prepositionalEndings: ReadonlySet<string> = new Set(['to', 'of', 'by'])

/** The cue words and phrases by the word they start with. */
function compileCues(cueWords: ReadonlySet<string>, cuePhrases: Phrases): CueLexicon {
  const entries = new Map<string, CueWordEntry & {phrases: Array<readonly string[]>; verbal: boolean[]}>()
  const entryOf = (word: string) => {
    let entry = entries.get(word)
    if (!entry) {
      entry = {verb: false, objectOnly: objectOnlyForms.has(word), phrases: [], verbal: []}
      entries.set(word, entry)
    }
    return entry
  }
  for (const word of cueWords) entryOf(word).verb = true
  for (const phrase of cuePhrases) {
    const first = phrase[0]
    const last = phrase[phrase.length - 1]
    if (first === undefined || last === undefined || phrase.length < 2) continue
    const entry = entryOf(first)
    const verbal = !prepositionalEndings.has(last)
    // parse-english reads a few short words before a full stop as
    // abbreviations and keeps the stop in the word (`in.` for inches), so
    // `Ann Lee chimed in.` ends with the word `in.`: the phrase is also
    // listed with its stop, which no other word of a text ends with.
    entry.phrases.push(phrase, [...phrase.slice(0, -1), `${last}.`])
    entry.verbal.push(verbal, verbal)
  }
  return {entries, filter: buildWordFilter(entries.keys())}
}

// Hedges.

const haveForms: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having'])

/** The canonical word an entry word stands for. */
function canonical(word: string): string {
  if (beForms.has(word)) return 'be'
  if (haveForms.has(word)) return 'have'
  return word
}

/** The forms a canonical word matches: its inflections (only the head word of a phrase is inflected). */
function formsOf(word: string, inflect: boolean): readonly string[] {
  if (word === 'be') return [...beForms]
  if (word === 'have') return [...haveForms]
  return inflect && /^[a-z]+$/.test(word) ? verbForms(word) : [word]
}

/** The {@link HedgeIndex.startRoles} of the entry forms and weasel starts. */
function startRolesOf(entryForms: Iterable<string>, weaselStarts: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>()
  for (const word of entryForms) out.set(word, entryStart)
  for (const word of weaselStarts) out.set(word, (out.get(word) ?? 0) | weaselStart)
  return out
}

/** Index the entries by every form of their first word (see {@link HedgeIndex.entriesByForm}). */
function entriesByFormOf(
  forms: ReadonlyMap<string, readonly string[]>,
  byFirstWord: ReadonlyMap<string, readonly CueEntry[]>,
): Map<string, CueEntry[]> {
  const out = new Map<string, CueEntry[]>()
  for (const [form, heads] of forms) {
    const entries = heads.flatMap((head) => byFirstWord.get(head) ?? [])
    if (entries.length > 0) out.set(form, entries)
  }
  return out
}

/** The hedge lexicon and the vague sources, compiled for matching. */
function compileHedges(lexicon: Readonly<Record<HedgeCategory, readonly string[]>>, weaselSources: readonly string[]): HedgeIndex {
  const byFirstWord = new Map<string, CueEntry[]>()
  const forms = new Map<string, string[]>()
  const opinionVerbs = new Set<string>()
  const register = (word: string, inflect: boolean) => {
    for (const form of formsOf(word, inflect)) {
      const known = forms.get(form)
      if (!known) forms.set(form, [word])
      else if (!known.includes(word)) known.push(word)
    }
  }
  // A cue listed under two categories counts under the first.
  const seen = new Set<string>()
  for (const category of hedgeCategories) {
    for (const key of lexicon[category]) {
      if (seen.has(key)) continue
      seen.add(key)
      const words = key.split(' ').map(canonical)
      words.forEach((word, index) => register(word, index === 0))
      const first = words[0] as string
      const list = byFirstWord.get(first) ?? []
      list.push({key, words, category})
      byFirstWord.set(first, list)
    }
  }
  for (const verb of weaselVerbs) for (const form of verbForms(verb)) opinionVerbs.add(form)
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length)
  const sources = new Set(weaselSources)
  const entriesByForm = entriesByFormOf(forms, byFirstWord)
  const weaselStarts = new Set([...weaselQuantifiers, ...sources])
  const startRoles = startRolesOf(entriesByForm.keys(), weaselStarts)
  return {
    byFirstWord,
    forms,
    entriesByForm,
    startRoles,
    startFilter: buildWordFilter(startRoles.keys()),
    sources,
    quantifiers: new Set(weaselQuantifiers),
    weaselStarts,
    opinionVerbs,
    amounts: new Set(amountWords),
    units: new Set(unitWords),
    times: new Set(timeWords),
    wholes: new Set(wholeQuantifiers),
    evidence: new Set(evidenceNouns),
  }
}

/**
 * Compile the lexicon: the options' resolved lists (folded, see
 * `list.ts`) and the built-in lists no option changes, indexed for every
 * stage.
 *
 * @example
 * ```ts
 * const settings = compileSettings(resolveOptions({cueVerbs: {add: ['chime in']}}))
 * settings.cues.entries.get('chimed')?.phrases // [['chimed', 'in']]
 * ```
 */
export function compileSettings(lists: ResolvedOptions): Settings {
  const cueWords = new Set<string>()
  const cuePhrases: Array<readonly string[]> = []
  for (const verb of lists.cueVerbs) {
    for (const form of verbForms(verb)) {
      if (form.includes(' ')) cuePhrases.push(form.split(' '))
      else cueWords.add(form)
    }
  }
  for (const phrase of lists.cuePhrases) cuePhrases.push(phrase.split(' '))
  const mentionIntroducers = lists.mentionIntroducers.map((phrase) => phrase.split(' '))
  const markers = anonymityMarkers.map((marker) => marker.split(' '))
  const sourceRoles = new Set(lists.sourceRoles)
  const sourceRoleEndings = new Set<string>()
  for (const role of sourceRoles) {
    const space = role.lastIndexOf(' ')
    if (space > 0) sourceRoleEndings.add(role.slice(space + 1))
  }
  return {
    boilerplateOpenings: lists.boilerplate,
    boilerplateByFirstWord: groupBy(lists.boilerplate, firstWordOf),
    boilerplatePhrases: lists.boilerplatePhrases,
    boilerplateParagraphs: new Set(boilerplateParagraphs),
    boilerplateClosings: lists.boilerplateClosings,
    bylineOpenings,
    creditEndings: new Set(creditEndings),
    agencyCredits: new Set(agencyCredits),
    titleAbbreviations: new Set(titleAbbreviations),
    numberAbbreviations: new Set(numberAbbreviations),
    cueWords,
    cuePhrases,
    cues: compileCues(cueWords, cuePhrases),
    quoteElisions: new Set(lists.quoteElisions),
    mentionIntroducers,
    introducersByLast: groupBy(mentionIntroducers, (phrase) => phrase[phrase.length - 1] ?? ''),
    workNouns: new Set(lists.workNouns),
    sourceRoles,
    sourceRoleEndings,
    personTitles: new Set(lists.personTitles),
    organizationMarkers: new Set(lists.organizationMarkers),
    anonymityMarkers: markers,
    anonymityMarkersByFirstWord: groupBy(markers, (marker) => marker[0]),
    documentNouns: new Set(lists.documentNouns),
    hedges: compileHedges(lists.hedgeCues, lists.weaselSources),
  }
}
