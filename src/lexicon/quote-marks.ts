/**
 * Quotation marks and the words that decide whether a pair of marks holds
 * a quote: the elisions an apostrophe opens (`’em`, `’til`), the phrases
 * that introduce a name or a word mentioned as a word (`so-called`, `known
 * as`), and the nouns of works whose titles stand in marks (`the film`).
 * The lists are data (`data/lexicon/*.txt`), generated into `./data/`.
 *
 * @module
 */

/**
 * Which pair a quotation mark belongs to. A closing mark only closes an
 * opening mark of its own family.
 *
 * @example
 * ```ts
 * import {quoteMarks} from 'copydesk'
 *
 * quoteMarks['„']?.family // 'double'
 * ```
 *
 * @category Lexicons
 */
export type QuoteMarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet'

/**
 * How a mark is drawn: an opening shape (`“`, `‘`, `„`, `«`), a closing
 * shape (`”`, `’`, `»`), or neutral (the straight `"` and `'`). The shape
 * is only a first guess: the characters around the mark decide (German
 * style closes `„…“` with an opening shape).
 *
 * @example
 * ```ts
 * const shape: QuoteMarkShape = 'neutral'
 * ```
 *
 * @category Lexicons
 */
export type QuoteMarkShape = 'opening' | 'closing' | 'neutral'

/**
 * One quotation-mark character.
 *
 * @example
 * ```ts
 * const mark: QuoteMark = {family: 'double', shape: 'opening'}
 * ```
 *
 * @category Lexicons
 */
export interface QuoteMark {
  /** The pair the mark belongs to. */
  family: QuoteMarkFamily
  /** How the mark is drawn. */
  shape: QuoteMarkShape
}

export {mentionIntroducers} from './data/mention-introducers.js'
export {quoteElisions} from './data/quote-elisions.js'
export {quoteMarks} from './data/quote-marks.js'
export {workNouns} from './data/work-nouns.js'
