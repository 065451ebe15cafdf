/**
 * Options: what users may set, and the settings resolved from them once
 * per options object (never per call or per node).
 *
 * @module
 */
import {numberAbbreviations, titleAbbreviations} from './lexicon/abbreviations.js'
import {agencyCredits, bylineOpenings, creditEndings} from './lexicon/bylines.js'
import {
  boilerplateClosings,
  boilerplateOpenings,
  boilerplateParagraphs,
  boilerplatePhrases,
} from './lexicon/boilerplate.js'
import {verbForms} from './grammar/verbs.js'
import {reportingPhrases, reportingVerbs} from './lexicon/cues.js'
import {describe, resolveWordList, type WordListOption} from './lexicon/list.js'
import {buildHedgeIndex, type HedgeCuesOption, type HedgeIndex} from './hedges/lexicon-index.js'
import {anonymityMarkers, documentNouns, organizationMarkers, personTitles, sourceRoles} from './lexicon/sources.js'
import {mentionIntroducers, quoteElisions, workNouns} from './lexicon/quote-marks.js'

/**
 * Options for {@link analyze} and every focused function. Every word list
 * takes an array (replacing the built-in list) or `{add, remove}`
 * (changing it).
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * analyze('“Enough,” Ortiz harrumphed.', {
 *   cueVerbs: {add: ['harrumph']},
 *   boilerplate: {add: ['Get the Morning Brief']},
 * })
 * ```
 *
 * @category Options
 */
export interface AnalyzeOptions {
  /**
   * Phrases that make a short paragraph `boilerplate` when it starts with
   * them. Default: {@link boilerplateOpenings}.
   */
  boilerplate?: WordListOption
  /**
   * Phrases that make a short paragraph `boilerplate` wherever they stand.
   * Default: {@link boilerplatePhrases}.
   */
  boilerplatePhrases?: WordListOption
  /**
   * Phrases that make one of the last three short paragraphs `boilerplate`
   * (contributor lines, funding notes). Default: {@link boilerplateClosings}.
   */
  boilerplateClosings?: WordListOption
  /**
   * Reporting verbs, by lemma, recognised in all their forms. Default:
   * {@link reportingVerbs}.
   */
  cueVerbs?: WordListOption
  /**
   * Multi-word reporting cues (`according to`). Default:
   * {@link reportingPhrases}.
   */
  cuePhrases?: WordListOption
  /**
   * Words an apostrophe opens by elision (`em` for `’em`): an apostrophe
   * before them opens no quote. Default: {@link quoteElisions}.
   */
  quoteElisions?: WordListOption
  /**
   * Phrases after which marks hold a name, title or word mentioned as a
   * word, not a quote (`so-called`, `known as`). Default:
   * {@link mentionIntroducers}.
   */
  mentionIntroducers?: WordListOption
  /**
   * Nouns of works whose titles stand in marks (`film`, `documentary`).
   * Default: {@link workNouns}.
   */
  workNouns?: WordListOption
  /**
   * Nouns that describe a source by role or group (`official`, `people`,
   * `analysts`); a speaker named only by one is `anonymous`. Default:
   * {@link sourceRoles}.
   *
   * @example
   * ```ts
   * analyze('A harbor pilot said the channel was closed.', {sourceRoles: {add: ['harbor pilot']}})
   * ```
   */
  sourceRoles?: WordListOption
  /**
   * Titles written before a name (`Mayor`, `Gov.`, `Councilwoman`) that
   * also stand for the person after `the`. Default: {@link personTitles}.
   *
   * @example
   * ```ts
   * analyze('“Enough,” said Alderwoman Jo Fry.', {personTitles: {add: ['alderwoman']}})
   * ```
   */
  personTitles?: WordListOption
  /**
   * Nouns that end an organisation's name (`Authority`, `Ministry`,
   * `Inc.`). Default: {@link organizationMarkers}.
   *
   * @example
   * ```ts
   * analyze('The Harbor Syndicate said fees would rise.', {organizationMarkers: {add: ['syndicate']}})
   * ```
   */
  organizationMarkers?: WordListOption
  /**
   * Nouns of documents that can be a source (`the report said`,
   * `according to the audit`). Default: {@link documentNouns}.
   *
   * @example
   * ```ts
   * analyze('The dossier said the port was unsafe.', {documentNouns: {add: ['dossier']}})
   * ```
   */
  documentNouns?: WordListOption
  /**
   * Hedge cues by category: `{add, remove}` changes the built-in lexicon
   * (adding a listed cue under another category moves it there), an
   * object keyed by category replaces it. Default: {@link hedgeCues}.
   *
   * @example
   * ```ts
   * analyze('The plan could conceivably work.', {
   *   hedgeCues: {add: {modal: ['conceivably'], evidential: ['likely']}, remove: ['about']},
   * })
   * ```
   */
  hedgeCues?: HedgeCuesOption
  /**
   * Nouns for a vague source, a weasel when they stand bare as a subject
   * (`Critics argue`). Default: {@link weaselSources}.
   *
   * @example
   * ```ts
   * analyze('Pundits say the deal is dead.', {weaselSources: {add: ['pundits']}})
   * ```
   */
  weaselSources?: WordListOption
}

/** Everything the engine needs, resolved once from the options. */
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
  cuePhrases: ReadonlyArray<readonly string[]>
  /** Elided words after a leading apostrophe, lower case. */
  quoteElisions: ReadonlySet<string>
  /** Phrases that introduce a mention rather than a quote, lower case, split into words. */
  mentionIntroducers: ReadonlyArray<readonly string[]>
  /** Nouns of works whose titles stand in marks, lower case. */
  workNouns: ReadonlySet<string>
  /** Source roles and group nouns, lower case (multi-word ones as written). */
  sourceRoles: ReadonlySet<string>
  /** Titles before names, lower case, without a final full stop. */
  personTitles: ReadonlySet<string>
  /** Organisation markers, lower case, without a final full stop. */
  organizationMarkers: ReadonlySet<string>
  /** Anonymity markers, lower case, split into words. */
  anonymityMarkers: ReadonlyArray<readonly string[]>
  /** Nouns of documents that can be a source, lower case. */
  documentNouns: ReadonlySet<string>
  /** The hedge lexicon compiled for matching. */
  hedges: HedgeIndex
}

const knownOptions = new Set(['boilerplate', 'boilerplatePhrases', 'boilerplateClosings', 'cueVerbs', 'cuePhrases', 'quoteElisions', 'mentionIntroducers', 'workNouns', 'sourceRoles', 'personTitles', 'organizationMarkers', 'documentNouns', 'hedgeCues', 'weaselSources'])

const lower = (list: readonly string[]) => list.map((entry) => entry.toLowerCase().replace(/’/g, "'"))

/** Entries grouped by their first word (up to the first space). */
function groupByFirstWord(entries: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const entry of entries) {
    const space = entry.indexOf(' ')
    const key = space < 0 ? entry : entry.slice(0, space)
    const group = groups.get(key)
    if (group) group.push(entry)
    else groups.set(key, [entry])
  }
  return groups
}

function buildSettings(options: AnalyzeOptions): Settings {
  const verbs = resolveWordList(reportingVerbs, options.cueVerbs, 'options.cueVerbs')
  const phrases = resolveWordList(reportingPhrases, options.cuePhrases, 'options.cuePhrases')
  const cueWords = new Set<string>()
  const cuePhrases: string[][] = []
  for (const verb of verbs) {
    for (const form of verbForms(verb)) {
      if (form.includes(' ')) cuePhrases.push(form.split(' '))
      else cueWords.add(form)
    }
  }
  for (const phrase of phrases) cuePhrases.push(phrase.toLowerCase().split(/\s+/))
  const openings = lower(resolveWordList(boilerplateOpenings, options.boilerplate, 'options.boilerplate'))
  return {
    boilerplateOpenings: openings,
    boilerplateByFirstWord: groupByFirstWord(openings),
    boilerplatePhrases: lower(
      resolveWordList(boilerplatePhrases, options.boilerplatePhrases, 'options.boilerplatePhrases'),
    ),
    boilerplateParagraphs: new Set(lower(boilerplateParagraphs)),
    boilerplateClosings: lower(
      resolveWordList(boilerplateClosings, options.boilerplateClosings, 'options.boilerplateClosings'),
    ),
    bylineOpenings,
    creditEndings: new Set(creditEndings),
    agencyCredits: new Set(agencyCredits),
    titleAbbreviations: new Set(titleAbbreviations),
    numberAbbreviations: new Set(numberAbbreviations),
    cueWords,
    cuePhrases,
    quoteElisions: new Set(lower(resolveWordList(quoteElisions, options.quoteElisions, 'options.quoteElisions'))),
    mentionIntroducers: lower(
      resolveWordList(mentionIntroducers, options.mentionIntroducers, 'options.mentionIntroducers'),
    ).map((phrase) => phrase.split(/\s+/)),
    workNouns: new Set(lower(resolveWordList(workNouns, options.workNouns, 'options.workNouns'))),
    sourceRoles: new Set(lower(resolveWordList(sourceRoles, options.sourceRoles, 'options.sourceRoles'))),
    personTitles: new Set(
      lower(resolveWordList(personTitles, options.personTitles, 'options.personTitles')).map(withoutStop),
    ),
    organizationMarkers: new Set(
      lower(resolveWordList(organizationMarkers, options.organizationMarkers, 'options.organizationMarkers')).map(
        withoutStop,
      ),
    ),
    anonymityMarkers: lower(anonymityMarkers).map((marker) => marker.split(/\s+/)),
    documentNouns: new Set(lower(resolveWordList(documentNouns, options.documentNouns, 'options.documentNouns'))),
    hedges: buildHedgeIndex(options.hedgeCues, options.weaselSources),
  }
}

/** `gov.` → `gov`: titles and markers are compared without their full stop. */
const withoutStop = (entry: string) => (entry.endsWith('.') ? entry.slice(0, -1) : entry)

const defaultSettings = buildSettings({})
const cache = new WeakMap<object, Settings>()

/**
 * Validate options and resolve them into settings, once per options object.
 *
 * @throws {TypeError} When `options` is not an object or an option has the wrong type.
 */
export function resolveSettings(options: unknown): Settings {
  if (options === undefined || options === null) return defaultSettings
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected \`options\` to be an object, not ${describe(options)}`)
  }
  const cached = cache.get(options)
  if (cached) return cached
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new TypeError(`Unknown option \`options.${key}\``)
  }
  const settings = Object.keys(options).length === 0 ? defaultSettings : buildSettings(options as AnalyzeOptions)
  cache.set(options, settings)
  return settings
}
