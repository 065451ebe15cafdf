/**
 * Hedge cues: the words and phrases that present a claim as less than
 * certain, in five categories (see `ANNOTATION.md`, "Hedged claims").
 *
 * Entries are lower case and give verbs by any one form: every word of an
 * entry also matches its inflections (`believe` matches `believes`,
 * `believed`, `believing`; `think` matches `thought`), and a form of *be*
 * matches every other form (`is believed to` matches `were believed to`).
 * Up to two adverbs may stand between the words of a phrase in the text
 * (`is widely believed to`, `not immediately clear`).
 *
 * The entries only nominate candidates: context rules then drop the uses
 * that are not hedges (`could not be reached`, `in May`, `military might`,
 * `a story about the port`, `believe in God`).
 *
 * @module
 */
import type {HedgeCategory} from '../types.js'

/**
 * A hedge lexicon: cues by category.
 *
 * @example
 * ```ts
 * const lexicon: HedgeLexicon = {
 *   modal: ['may', 'might'],
 *   evidential: ['reportedly'],
 *   epistemic: ['believe'],
 *   approximator: ['about'],
 *   weasel: ['it is said'],
 * }
 * ```
 *
 * @category Lexicons
 */
export type HedgeLexicon = Readonly<Record<HedgeCategory, readonly string[]>>

/**
 * The built-in hedge cues, by category.
 *
 * - `modal`: possibility and probability (`may`, `could`, `likely`, `perhaps`).
 * - `evidential`: the claim rests on report or appearance (`reportedly`,
 *   `appears to`, `is believed to`, `suggests` of evidence).
 * - `epistemic`: belief, estimate or admitted uncertainty (`think`,
 *   `estimate`, `unclear`, `it is not clear whether`, `not known`).
 * - `approximator`: an inexact amount; these only count right before a
 *   number or amount (`about 200`, `some 30,000`, `nearly half`).
 * - `weasel`: impersonal attribution standing in for a source
 *   (`it has been suggested`). Vague subjects such as `critics argue` or
 *   `some say` come from {@link weaselSources} and {@link weaselQuantifiers}.
 *
 * `people familiar with` and the like are not here: they describe an
 * unnamed source of a quote (see the speakers), not a hedge.
 *
 * @example
 * ```ts
 * import {hedgeCues, analyze} from 'copydesk'
 *
 * hedgeCues.evidential.includes('is believed to') // true
 * // Add, remove or recategorise cues through options:
 * analyze('The plan could conceivably work.', {
 *   hedgeCues: {add: {modal: ['conceivably']}, remove: ['about']},
 * })
 * ```
 *
 * @category Lexicons
 */
export const hedgeCues: HedgeLexicon = {
  modal: [
    'may', 'might', 'could', 'maybe', 'perhaps', 'possibly', 'possible', 'possibility',
    'probably', 'probable', 'likely', 'unlikely', 'likelihood', 'potentially', 'potential',
    'conceivably', 'presumably', 'arguably',
  ],
  evidential: [
    'reportedly', 'allegedly', 'apparently', 'seemingly', 'purportedly', 'ostensibly',
    'supposedly', 'appear to', 'appear', 'seem to', 'seem', 'look like', 'sound like',
    'is said to', 'is believed to', 'believed to', 'is thought to', 'is understood to',
    'is reported to', 'is alleged to', 'is rumored to', 'is rumoured to', 'suggest', 'indicate',
  ],
  epistemic: [
    'believe', 'think', 'suspect', 'assume', 'doubt', 'estimate', 'speculate', 'fear',
    'anticipate', 'expect', 'is expected to', 'uncertain', 'unclear', 'unconfirmed', 'unverified',
    'unknown', 'not clear', 'not known', 'not certain', 'not sure', 'not confirmed',
    'not be confirmed', 'not verified', 'not be verified',
    'it is not clear whether', 'it is not known whether', 'no one knows', 'nobody knows',
  ],
  approximator: [
    'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'up to',
    'at least', 'more or less', 'an estimated', 'upwards of', 'circa',
  ],
  weasel: [
    'it has been suggested', 'it has been said', 'it has been argued', 'it has been claimed',
    'it is said', 'it is widely believed', 'it is widely thought', 'it is claimed',
    'it is widely accepted', 'it is generally believed', 'it is rumored', 'it is rumoured',
  ],
}

/**
 * Nouns for a vague source. Standing bare as the subject of a verb
 * (`Critics argue`, `Critics of the plan say`, `Scientists believe`) or
 * with a vague quantifier (`some experts warn`, `many researchers say`) they
 * are a weasel; with a name or detail they are a source (`critics including
 * Senator Ruiz`, `analysts at Sterling Bank`).
 *
 * @example
 * ```ts
 * import {weaselSources, analyze} from 'copydesk'
 *
 * weaselSources.includes('critics') // true
 * analyze('Pundits say the deal is dead.', {weaselSources: {add: ['pundits']}})
 * ```
 *
 * @category Lexicons
 */
export const weaselSources: readonly string[] = [
  'critics', 'experts', 'analysts', 'observers', 'scientists', 'researchers', 'economists',
  'commentators', 'skeptics', 'sceptics', 'opponents', 'detractors', 'proponents',
  'supporters', 'advocates', 'scholars', 'historians', 'insiders', 'pundits', 'specialists',
]

/**
 * Verbs of judgement that, besides the reporting verbs, make a bare vague
 * source a weasel (`Critics compare the militia to a cartel`, `Skeptics
 * question the figures`). Any form matches.
 *
 * @example
 * ```ts
 * import {weaselVerbs} from 'copydesk'
 *
 * weaselVerbs.includes('question') // true
 * ```
 *
 * @category Lexicons
 */
export const weaselVerbs: readonly string[] = [
  'compare', 'liken', 'question', 'dispute', 'see', 'view', 'consider', 'decry', 'deride',
  'fault', 'slam', 'blast', 'doubt', 'reckon', 'disagree', 'worry', 'wonder', 'fear',
  'believe', 'think', 'suspect', 'say', 'contend', 'regard', 'characterize',
  'characterise', 'label', 'brand', 'dismiss', 'argue', 'warn', 'note', 'claim', 'suggest',
]

/**
 * Quantifiers that make a source vague (`some experts`, `many
 * researchers`), and that alone as the subject of a saying or believing
 * verb are a weasel (`Some say`, `Many believe`, `Others argue`).
 *
 * @example
 * ```ts
 * import {weaselQuantifiers} from 'copydesk'
 *
 * weaselQuantifiers.includes('many') // true
 * ```
 *
 * @category Lexicons
 */
export const weaselQuantifiers: readonly string[] = ['some', 'many', 'most', 'several', 'others', 'few']

/**
 * Words that make an amount after an approximator (`about a third`,
 * `nearly twice`, `some two dozen`): number words, fractions, and the units
 * that `a`/`an` turns into an amount (`about an hour`). Digits always count.
 *
 * @example
 * ```ts
 * import {amountWords} from 'copydesk'
 *
 * amountWords.includes('dozen') // true
 * ```
 *
 * @category Lexicons
 */
export const amountWords: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
  'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion',
  'dozen', 'dozens', 'score', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'tenth',
  'twice', 'thrice', 'double', 'triple', 'doubled', 'tripled', 'quadrupled', 'halved',
]

/**
 * Units that `a` or `an` makes an amount after an approximator (`about a
 * year`, `about an hour`, `nearly a mile`), where the bare noun is none
 * (`some day`).
 *
 * @example
 * ```ts
 * import {unitWords} from 'copydesk'
 *
 * unitWords.includes('hour') // true
 * ```
 *
 * @category Lexicons
 */
export const unitWords: readonly string[] = [
  'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'mile',
  'kilometer', 'kilometre', 'meter', 'metre', 'foot', 'yard', 'acre', 'hectare', 'ton', 'tonne',
  'pound', 'dollar', 'percent', 'percentage', 'fraction', 'handful', 'couple', 'lot', 'gallon',
  'liter', 'litre', 'kilogram', 'quarter-century',
]

/**
 * Points in time an approximator can round (`around midnight`, `until at
 * least September`, `since around Easter`).
 *
 * @example
 * ```ts
 * import {timeWords} from 'copydesk'
 *
 * timeWords.includes('midnight') // true
 * ```
 *
 * @category Lexicons
 */
export const timeWords: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'noon', 'midday', 'midnight', 'dawn', 'dusk', 'sunrise',
  'sunset', 'christmas', 'easter', 'thanksgiving', 'ramadan', 'lunchtime', 'mid-morning',
  'mid-afternoon',
]

/**
 * Nouns for evidence. `suggest` and `indicate` are evidential when such a
 * noun (or `it`, `this`) is their subject (`the data suggest`, `early tests
 * indicate`); with a person as subject they report a proposal (`she
 * suggested a delay`) and are no hedge.
 *
 * @example
 * ```ts
 * import {evidenceNouns} from 'copydesk'
 *
 * evidenceNouns.includes('data') // true
 * ```
 *
 * @category Lexicons
 */
export const evidenceNouns: readonly string[] = [
  'data', 'study', 'studies', 'result', 'results', 'finding', 'findings', 'evidence', 'figure',
  'figures', 'number', 'numbers', 'statistics', 'record', 'records', 'test', 'tests', 'reading',
  'readings', 'analysis', 'analyses', 'research', 'survey', 'surveys', 'poll', 'polls', 'sign',
  'signs', 'measurement', 'measurements', 'document', 'documents', 'report', 'reports',
  'estimate', 'estimates', 'model', 'models', 'sample', 'samples', 'experiment', 'experiments',
  'trial', 'trials', 'image', 'images', 'footage', 'photos', 'photographs', 'video', 'videos',
  'data', 'trend', 'trends', 'pattern', 'patterns', 'it', 'this', 'that', 'which', 'record',
  'review', 'audit', 'investigation', 'probe', 'papers', 'filings', 'emails', 'messages',
  'logs', 'scans', 'x-rays', 'results', 'observations', 'tallies', 'count', 'counts', 'returns',
]

/**
 * Words that, after `nearly` or `almost` (and `about`, `around`, `roughly`
 * …), quantify without a number (`almost every`, `nearly all`).
 *
 * @example
 * ```ts
 * import {wholeQuantifiers} from 'copydesk'
 *
 * wholeQuantifiers.includes('every') // true
 * ```
 *
 * @category Lexicons
 */
export const wholeQuantifiers: readonly string[] = [
  'all', 'every', 'everyone', 'everybody', 'everything', 'none', 'nobody', 'entirely',
]
