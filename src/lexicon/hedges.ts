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
 * The lists are data (`data/lexicon/*.txt`, one file per category),
 * generated into `./data/`.
 *
 * @module
 */
import type {HedgeCategory} from '../types.js'
import {approximatorHedgeCues} from './data/hedge-approximator.js'
import {epistemicHedgeCues} from './data/hedge-epistemic.js'
import {evidentialHedgeCues} from './data/hedge-evidential.js'
import {modalHedgeCues} from './data/hedge-modal.js'
import {weaselHedgeCues} from './data/hedge-weasel.js'

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
export const hedgeCues: HedgeLexicon = /* @__PURE__ */ Object.freeze({
  modal: modalHedgeCues,
  evidential: evidentialHedgeCues,
  epistemic: epistemicHedgeCues,
  approximator: approximatorHedgeCues,
  weasel: weaselHedgeCues,
})

export {amountWords} from './data/amount-words.js'
export {evidenceNouns} from './data/evidence-nouns.js'
export {timeWords} from './data/time-words.js'
export {unitWords} from './data/unit-words.js'
export {weaselQuantifiers} from './data/weasel-quantifiers.js'
export {weaselSources} from './data/weasel-sources.js'
export {weaselVerbs} from './data/weasel-verbs.js'
export {wholeQuantifiers} from './data/whole-quantifiers.js'
