/**
 * The hedge lexicon as the matcher reads it, built once per options object:
 * the option's changes applied, every entry split into words, every word's
 * inflections mapped back to it.
 *
 * @module
 */
import {verbForms} from '../grammar/verbs.js'
import {amountWords, evidenceNouns, hedgeCues, timeWords, unitWords, weaselQuantifiers, weaselSources, weaselVerbs, wholeQuantifiers, type HedgeLexicon} from '../lexicon/hedges.js'
import {describe, resolveWordList} from '../lexicon/list.js'
import {buildWordFilter, type WordFilter} from '../engine/word-filter.js'
import type {HedgeCategory} from '../types.js'

/**
 * Changes to the built-in hedge lexicon ({@link hedgeCues}), or a lexicon
 * of its own.
 *
 * - `{add, remove}` changes the built-in lexicon: `add` gives new cues by
 *   category (a cue already listed moves to the category given, so adding
 *   is also how to recategorise); `remove` drops cues from every category
 *   (case-insensitive). Removals apply before additions.
 * - An object keyed by category (`{modal: [...], weasel: [...]}`) replaces
 *   the built-in lexicon; categories left out have no cues.
 *
 * The context rules stay on for a cue whatever its category (`could` of
 * ability is never a hedge), and every approximator, built-in or added,
 * only counts before a number or amount.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * // Add a modal, stop flagging `about`, and count `likely` as evidential.
 * analyze('The plan could conceivably work.', {
 *   hedgeCues: {add: {modal: ['conceivably'], evidential: ['likely']}, remove: ['about']},
 * })
 * // Only flag a newsroom's own list.
 * analyze('The fire reportedly began in a kitchen.', {
 *   hedgeCues: {evidential: ['reportedly', 'allegedly'], weasel: ['some say']},
 * })
 * ```
 *
 * @category Options
 */
export type HedgeCuesOption = HedgeCuesPatch | Partial<HedgeLexicon>

/**
 * Changes to the built-in hedge lexicon.
 *
 * @example
 * ```ts
 * const patch: HedgeCuesPatch = {add: {epistemic: ['reckon']}, remove: ['potential']}
 * ```
 *
 * @category Options
 */
export interface HedgeCuesPatch {
  /** New cues by category; a cue already listed moves to the category given. */
  add?: Partial<HedgeLexicon>
  /** Cues to drop from every category (case-insensitive). */
  remove?: readonly string[]
}

/** One lexicon entry as the matcher reads it. */
export interface CueEntry {
  /** The entry as listed, lower case (`is believed to`): context rules are keyed by it. */
  key: string
  /** The entry's words, each canonical (`be` for every form of *be*). */
  words: readonly string[]
  category: HedgeCategory
}

/** The compiled hedge lexicon. */
export interface HedgeIndex {
  /** Entries by their first canonical word, longest first. */
  byFirstWord: ReadonlyMap<string, readonly CueEntry[]>
  /** Every form of every entry word → the canonical words it stands for. */
  forms: ReadonlyMap<string, readonly string[]>
  /**
   * Every form of a first word → the entries it may start: for each
   * canonical word the form stands for (in {@link forms} order), its
   * {@link byFirstWord} entries. Forms that start no entry are absent, so
   * most words are rejected with one lookup.
   */
  entriesByForm: ReadonlyMap<string, readonly CueEntry[]>
  /**
   * Every word a cue may start with → {@link entryStart} if it is in
   * {@link entriesByForm}, or'ed with {@link weaselStart} if it is in
   * {@link weaselStarts}: one lookup per word tells both.
   */
  startRoles: ReadonlyMap<string, number>
  /** A cheap test before {@link startRoles} is looked up: most words start nothing. */
  startFilter: WordFilter
  /** Vague-source nouns, lower case (`critics`). */
  sources: ReadonlySet<string>
  /** Vague quantifiers (`some`, `many`). */
  quantifiers: ReadonlySet<string>
  /** {@link quantifiers} and {@link sources} together: the words a weasel subject can start with, tested first. */
  weaselStarts: ReadonlySet<string>
  /** Every form of {@link weaselVerbs} (for `Many believe`, `Critics question`). */
  opinionVerbs: ReadonlySet<string>
  /** Number words, lower case. */
  amounts: ReadonlySet<string>
  /** Units that `a`/`an` makes an amount. */
  units: ReadonlySet<string>
  /** Points in time (`midnight`, `September`). */
  times: ReadonlySet<string>
  /** Whole quantifiers after `nearly`/`almost`. */
  wholes: ReadonlySet<string>
  /** Nouns for evidence, the subjects of evidential `suggest`/`indicate`. */
  evidence: ReadonlySet<string>
}

/**
 * Every form of *be*: one canonical word, so `is said to` matches `were said to`.
 *
 * @example
 * ```ts
 * beForms.has('were') // true
 * ```
 */
export const beForms: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am'])
const haveForms: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having'])

const categories: readonly HedgeCategory[] = ['modal', 'evidential', 'epistemic', 'approximator', 'weasel']
const categorySet: ReadonlySet<string> = new Set(categories)

const fold = (entry: string) => entry.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')

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

function stringList(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(`Expected \`${name}\` to be an array of strings, not ${describe(value)}`)
  }
  return value as readonly string[]
}

function lexiconOf(value: unknown, name: string): Record<HedgeCategory, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` to be an object of cue lists by category, not ${describe(value)}`)
  }
  const out: Record<HedgeCategory, string[]> = {modal: [], evidential: [], epistemic: [], approximator: [], weasel: []}
  for (const [key, list] of Object.entries(value)) {
    if (!categorySet.has(key)) {
      throw new TypeError(`Unknown hedge category \`${name}.${key}\`: expected one of ${categories.join(', ')}`)
    }
    out[key as HedgeCategory] = stringList(list, `${name}.${key}`).map(fold).filter(Boolean)
  }
  return out
}

/**
 * Apply a {@link HedgeCuesOption} to the built-in lexicon.
 *
 * @throws {TypeError} When the option or one of its parts has the wrong type.
 *
 * @example
 * ```ts
 * resolveHedgeCues({add: {modal: ['conceivably']}}).modal.includes('conceivably') // true
 * ```
 */
export function resolveHedgeCues(option: unknown, name = 'options.hedgeCues'): Record<HedgeCategory, string[]> {
  if (option === undefined) return lexiconOf(hedgeCues, name)
  if (typeof option !== 'object' || option === null || Array.isArray(option)) {
    throw new TypeError(`Expected \`${name}\` to be \`{add, remove}\` or cue lists by category, not ${describe(option)}`)
  }
  const keys = Object.keys(option)
  const isPatch = keys.some((key) => key === 'add' || key === 'remove')
  if (!isPatch) return lexiconOf(option, name)
  for (const key of keys) {
    if (key !== 'add' && key !== 'remove') {
      throw new TypeError(`Unknown key \`${name}.${key}\`: expected \`add\` or \`remove\` (not mixed with categories)`)
    }
  }
  const patch = option as {add?: unknown; remove?: unknown}
  const add = patch.add === undefined ? lexiconOf({}, `${name}.add`) : lexiconOf(patch.add, `${name}.add`)
  const removed = new Set(patch.remove === undefined ? [] : stringList(patch.remove, `${name}.remove`).map(fold))
  for (const list of Object.values(add)) for (const entry of list) removed.add(entry)
  const out = lexiconOf(hedgeCues, name)
  for (const category of categories) {
    out[category] = [...out[category].filter((entry) => !removed.has(entry)), ...add[category]]
  }
  return out
}

/** In {@link HedgeIndex.startRoles}: the word may start a lexicon entry. */
export const entryStart = 1
/** In {@link HedgeIndex.startRoles}: the word may start a weasel subject. */
export const weaselStart = 2

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

/**
 * Compile the lexicon for matching.
 *
 * @throws {TypeError} When an option has the wrong type.
 *
 * @example
 * ```ts
 * const index = buildHedgeIndex(undefined, undefined)
 * index.forms.get('believed') // ['believe', 'believed']
 * ```
 */
export function buildHedgeIndex(cuesOption: unknown, sourcesOption: unknown): HedgeIndex {
  const lexicon = resolveHedgeCues(cuesOption)
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
  const seen = new Set<string>()
  for (const category of categories) {
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
  const sources = new Set(resolveWordList(weaselSources, sourcesOption, 'options.weaselSources').map(fold))
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
