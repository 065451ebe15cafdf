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
import {reportingPhrases, reportingVerbs, verbForms} from './lexicon/cues.js'
import {describe, resolveWordList, type WordListOption} from './lexicon/list.js'

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
}

/** Everything the engine needs, resolved once from the options. */
export interface Settings {
  boilerplateOpenings: readonly string[]
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
}

const knownOptions = new Set(['boilerplate', 'boilerplatePhrases', 'boilerplateClosings', 'cueVerbs', 'cuePhrases'])

const lower = (list: readonly string[]) => list.map((entry) => entry.toLowerCase().replace(/’/g, "'"))

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
  return {
    boilerplateOpenings: lower(resolveWordList(boilerplateOpenings, options.boilerplate, 'options.boilerplate')),
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
  }
}

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
