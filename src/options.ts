/**
 * Options: what users may set, declared once in {@link optionTable}, and
 * the settings resolved from them. The table gives each option its
 * built-in list, how its entries are folded and the shape of its value;
 * the {@link AnalyzeOptions} type, the validation and the compiled lexicon
 * are all derived from it.
 *
 * @module
 */
import {fingerprintOptions} from './options-fingerprint.js'
import {boilerplateClosings, boilerplateOpenings, boilerplatePhrases} from './lexicon/boilerplate.js'
import {resolveCategories, type HedgeCuesOption} from './lexicon/categories.js'
import {compileSettings, type Settings} from './lexicon/compile.js'
import {reportingPhrases, reportingVerbs} from './lexicon/cues.js'
// For the `{@link verbForms}` of the docs below.
import type {verbForms} from './lexicon/cues.js'
import {hedgeCues, weaselSources, type HedgeLexicon} from './lexicon/hedges.js'
import {describe, resolveWordList, type Fold, type WordListOption} from './lexicon/list.js'
import {mentionIntroducers, quoteElisions, workNouns} from './lexicon/quote-marks.js'
import {documentNouns, organizationMarkers, personTitles, sourceRoles} from './lexicon/sources.js'
import type {HedgeCategory} from './types.js'

export type {Settings} from './lexicon/compile.js'

/** How one option is declared: its built-in list, how its entries are folded, and the shape of its value. */
type OptionSpec =
  | {readonly list: readonly string[]; readonly fold: Fold; readonly shape: 'list'}
  | {readonly list: HedgeLexicon; readonly fold: 'lower'; readonly shape: 'categories'}

/**
 * Every option, declared once: its built-in list (`list`), how its entries
 * are compared with the text (`fold`, see {@link Fold}), and the shape of
 * its value (`shape`: a {@link WordListOption}, or a {@link HedgeCuesOption}
 * for `categories`). Each option's TSDoc here is the documentation of
 * {@link AnalyzeOptions}: the type is mapped from this table, and a mapped
 * type keeps the comments of the keys it maps.
 */
export const optionTable = {
  /**
   * Phrases that make a short paragraph `boilerplate` when it starts with
   * them. Default: {@link boilerplateOpenings}.
   *
   * @example
   * ```ts
   * analyze('Get the Morning Brief every weekday.', {boilerplate: {add: ['Get the Morning Brief']}})
   * ```
   */
  boilerplate: {list: boilerplateOpenings, fold: 'lower', shape: 'list'},
  /**
   * Phrases that make a short paragraph `boilerplate` wherever they stand.
   * Default: {@link boilerplatePhrases}.
   *
   * @example
   * ```ts
   * analyze('Story text.\n\nTips? Write to the desk.', {boilerplatePhrases: {add: ['write to the desk']}})
   * ```
   */
  boilerplatePhrases: {list: boilerplatePhrases, fold: 'lower', shape: 'list'},
  /**
   * Phrases that make one of the last three short paragraphs `boilerplate`
   * (contributor lines, funding notes). Default: {@link boilerplateClosings}.
   *
   * @example
   * ```ts
   * analyze('Story text.\n\nAna Ruiz filed from Quito.', {boilerplateClosings: {add: ['filed from']}})
   * ```
   */
  boilerplateClosings: {list: boilerplateClosings, fold: 'lower', shape: 'list'},
  /**
   * Reporting verbs, by lemma, recognised in all their forms (see
   * {@link verbForms}); a verb of several words inflects its first
   * (`chime in` finds `chimed in`). Default: {@link reportingVerbs}.
   *
   * @example
   * ```ts
   * analyze('“Count me out,” Ann Lee chimed in.', {cueVerbs: {add: ['harrumph', 'chime in']}})
   * ```
   */
  cueVerbs: {list: reportingVerbs, fold: 'verb', shape: 'list'},
  /**
   * Multi-word reporting cues, as written (`according to`; `chimed in`
   * finds only that form). Default: {@link reportingPhrases}.
   *
   * @example
   * ```ts
   * analyze('Rents rose, as reported by the board.', {cuePhrases: {add: ['as reported by']}})
   * ```
   */
  cuePhrases: {list: reportingPhrases, fold: 'lower', shape: 'list'},
  /**
   * Words an apostrophe opens by elision (`em` for `’em`, with or without
   * the apostrophe): an apostrophe before them opens no quote. Default:
   * {@link quoteElisions}.
   *
   * @example
   * ```ts
   * analyze('“See you ’mornin’,” she said.', {quoteElisions: {add: ['’mornin']}})
   * ```
   */
  quoteElisions: {list: quoteElisions, fold: 'elision', shape: 'list'},
  /**
   * Phrases after which marks hold a name, title or word mentioned as a
   * word, not a quote (`so-called`, `known as`). Default:
   * {@link mentionIntroducers}.
   *
   * @example
   * ```ts
   * analyze('Locals call it the “Bridge of Sighs”.', {mentionIntroducers: {add: ['call it the']}})
   * ```
   */
  mentionIntroducers: {list: mentionIntroducers, fold: 'lower', shape: 'list'},
  /**
   * Nouns of works whose titles stand in marks (`film`, `documentary`).
   * Default: {@link workNouns}.
   *
   * @example
   * ```ts
   * analyze('She starred in the telenovela “Sombras”.', {workNouns: {add: ['telenovela']}})
   * ```
   */
  workNouns: {list: workNouns, fold: 'lower', shape: 'list'},
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
  sourceRoles: {list: sourceRoles, fold: 'lower', shape: 'list'},
  /**
   * Titles written before a name (`Mayor`, `Gov.`, `Councilwoman`) that
   * also stand for the person after `the`; compared without a final full
   * stop. Default: {@link personTitles}.
   *
   * @example
   * ```ts
   * analyze('“Enough,” said Alderwoman Jo Fry.', {personTitles: {add: ['alderwoman']}})
   * ```
   */
  personTitles: {list: personTitles, fold: 'title', shape: 'list'},
  /**
   * Nouns that end an organisation's name (`Authority`, `Ministry`,
   * `Inc.`); compared without a final full stop. Default:
   * {@link organizationMarkers}.
   *
   * @example
   * ```ts
   * analyze('The Harbor Syndicate said fees would rise.', {organizationMarkers: {add: ['syndicate']}})
   * ```
   */
  organizationMarkers: {list: organizationMarkers, fold: 'title', shape: 'list'},
  /**
   * Nouns of documents that can be a source (`the report said`,
   * `according to the audit`). Default: {@link documentNouns}.
   *
   * @example
   * ```ts
   * analyze('The dossier said the port was unsafe.', {documentNouns: {add: ['dossier']}})
   * ```
   */
  documentNouns: {list: documentNouns, fold: 'lower', shape: 'list'},
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
  hedgeCues: {list: hedgeCues, fold: 'lower', shape: 'categories'},
  /**
   * Nouns for a vague source, a weasel when they stand bare as a subject
   * (`Critics argue`). Default: {@link weaselSources}.
   *
   * @example
   * ```ts
   * analyze('Pundits say the deal is dead.', {weaselSources: {add: ['pundits']}})
   * ```
   */
  weaselSources: {list: weaselSources, fold: 'lower', shape: 'list'},
} as const satisfies Readonly<Record<string, OptionSpec>>

/** The name of an option. */
export type OptionName = keyof typeof optionTable

/** The value an option takes, by its shape. */
type OptionValue<Spec> = Spec extends {shape: 'categories'} ? HedgeCuesOption : WordListOption

/** What an option resolves to, by its shape: its entries, folded. */
type ResolvedValue<Spec> = Spec extends {shape: 'categories'} ? Record<HedgeCategory, string[]> : string[]

/** Every option, optional, typed by its shape: mapped over the table's keys, so each keeps its TSDoc. */
type DeclaredOptions = {-readonly [Name in keyof typeof optionTable]?: OptionValue<(typeof optionTable)[Name]>}

/** Every option resolved: the built-in list with the option applied, folded. */
export type ResolvedOptions = {readonly [Name in keyof typeof optionTable]: ResolvedValue<(typeof optionTable)[Name]>}

/**
 * Options for {@link analyze} and every focused function. Every word list
 * takes an array (replacing the built-in list) or `{add, remove}`
 * (changing it). Entries match however they are typed: case, curly or
 * straight apostrophes and extra spaces make no difference, and verbs
 * match in all their forms.
 *
 * Options are read on every call. The lexicon compiled from an options
 * object is kept for that object and reused while what it holds stays the
 * same; change the object, or a list in it, between calls and the next
 * call reads it again, and throws a `TypeError` if a value has become
 * invalid (`options.cueVerbs = 5`). Only {@link retextCopydesk} reads its
 * options once, when it is attached.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * const options: AnalyzeOptions = {cueVerbs: {add: ['harrumph']}, boilerplate: {add: ['Get the Morning Brief']}}
 * analyze('“Enough,” Ortiz harrumphed.', options)
 * // Read again on the next call: `grouse` counts from now on.
 * options.cueVerbs = {add: ['harrumph', 'grouse']}
 * analyze('“Enough,” Ortiz groused.', options)
 * ```
 *
 * @category Options
 */
// An empty interface over the mapped table, rather than a type alias: TypeDoc documents an
// interface's members (with the comments the table gives them), an alias only as a mapped type.
export interface AnalyzeOptions extends DeclaredOptions {}

const optionNames = Object.keys(optionTable) as OptionName[]
const knownOptions: ReadonlySet<string> = new Set(optionNames)

/** Check that every key of `options` is an option. */
function checkNames(options: object): void {
  for (const key of Object.keys(options)) {
    if (!knownOptions.has(key)) throw new TypeError(`Unknown option \`options.${key}\``)
  }
}

/** One option resolved by its declaration. */
function resolveOne(spec: OptionSpec, value: unknown, name: string): string[] | Record<HedgeCategory, string[]> {
  return spec.shape === 'categories' ? resolveCategories(spec.list, value, name) : resolveWordList(spec.list, value, name, spec.fold)
}

/**
 * Validate options and resolve every option's list, as the table declares it.
 *
 * @throws {TypeError} When an option is unknown or has the wrong type.
 *
 * @example
 * ```ts
 * resolveOptions({personTitles: {add: ['Alderwoman.']}}).personTitles.includes('alderwoman') // true
 * ```
 */
export function resolveOptions(options: object): ResolvedOptions {
  checkNames(options)
  const given = options as Partial<Record<string, unknown>>
  const out: Partial<Record<OptionName, string[] | Record<HedgeCategory, string[]>>> = {}
  for (const name of optionNames) out[name] = resolveOne(optionTable[name], given[name], `options.${name}`)
  return out as ResolvedOptions
}

const defaultSettings = compileSettings(resolveOptions({}))

/** The settings of an options object, with the fingerprint of what it held when they were compiled. */
interface Kept {
  fingerprint: string
  settings: Settings
}

const kept = new WeakMap<object, Kept>()

/**
 * Validate options and resolve them into settings. An options object's
 * settings are kept and reused while its fingerprint stays the same (see
 * {@link AnalyzeOptions}); otherwise the options are validated and
 * compiled again, so a value changed since the last call takes effect, or
 * throws.
 *
 * @throws {TypeError} When `options` is not an object or an option is unknown or has the wrong type.
 */
export function resolveSettings(options: unknown): Settings {
  if (options === undefined || options === null) return defaultSettings
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`Expected \`options\` to be an object, not ${describe(options)}`)
  }
  const fingerprint = fingerprintOptions(options)
  const known = kept.get(options)
  if (known !== undefined && known.fingerprint === fingerprint) return known.settings
  checkNames(options)
  const settings = Object.values(options).every((value) => value === undefined) ? defaultSettings : compileSettings(resolveOptions(options))
  if (fingerprint !== null) kept.set(options, {fingerprint, settings})
  return settings
}
