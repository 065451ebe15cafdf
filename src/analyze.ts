/**
 * The entry points: `analyze` and the focused functions. Each runs the
 * engine the retext plugin runs, on tokens parsed paragraph by paragraph.
 *
 * @module
 */
import {articleFromTokens, type Scope} from './engine/article.js'
import {inputLayoutOf, sectionLayout} from './engine/document.js'
import {parseFlat} from './engine/parse.js'
import {mergeSections, planSections} from './engine/sections.js'
import {describe} from './lexicon/list.js'
import {resolveSettings, type AnalyzeOptions, type Settings} from './options.js'
import type {Article, HedgedClaim, Paragraph, Quote, Speaker} from './types.js'

/**
 * Analyse a text: its layout once, then each section (the whole text, for
 * anything the size of an article) parsed into tokens and analysed. Called
 * directly, not through a unified processor: the plugin's engine without a
 * pipeline and a file per call, and no tree of the whole input is kept.
 */
function analyzeText(text: string, settings: Settings, scope: Scope): Article {
  const layout = inputLayoutOf(text, settings)
  const sections = planSections(text, layout.blocks)
  // Each section's paragraphs are made objects only while it is analysed.
  const parts = sections.map(([from, to]) => {
    const part = sectionLayout(layout, from, to)
    return articleFromTokens(text, parseFlat(text, part.blocks), settings, scope, part)
  })
  return parts.length === 1 ? (parts[0] as Article) : mergeSections(text, parts)
}

function run(text: unknown, options: unknown, scope: Scope): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`Expected \`text\` to be a string, not ${describe(text)}`)
  }
  return analyzeText(text, resolveSettings(options), scope)
}

/**
 * Analyse news text: paragraphs and sentences, dateline, quotes, speakers
 * and hedged claims, in one pass.
 *
 * @param text The article, in any layout.
 * @param options Lexicon changes.
 * @returns Everything copydesk finds; plain JSON-serialisable data.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * const article = analyze(
 *   'Port Strike Ends\n\nBy Dana Whitlock\n\nLONG BEACH, Calif. (AP) — “We won,” said Maria Ortiz.',
 * )
 * article.paragraphs.map((paragraph) => paragraph.kind) // ['headline', 'byline', 'body']
 * article.dateline?.text // 'LONG BEACH, Calif. (AP) —'
 * ```
 *
 * @category Analysis
 */
export function analyze(text: string, options?: AnalyzeOptions): Article {
  return run(text, options, 'all')
}

/**
 * Split news text into paragraphs, each with its kind and sentences.
 *
 * @param text The article, in any layout.
 * @param options Lexicon changes (boilerplate phrases, for one).
 * @returns The paragraphs, in order.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import {splitParagraphs} from 'copydesk'
 *
 * const paragraphs = splitParagraphs('Port Strike Ends\nGov. Ruth A. Diaz spoke. She left.')
 * paragraphs[1].sentences.map((sentence) => sentence.text)
 * // ['Gov. Ruth A. Diaz spoke.', 'She left.']
 * ```
 *
 * @category Analysis
 */
export function splitParagraphs(text: string, options?: AnalyzeOptions): Paragraph[] {
  return run(text, options, 'paragraphs').paragraphs
}

/**
 * Find the quotes of news text: direct and partial quotations in marks and
 * indirect (reported) speech, each with its speaker, mention and cue.
 *
 * @param text The article, in any layout.
 * @param options Lexicon changes.
 * @returns The quotes, in order of appearance.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import {detectQuotes} from 'copydesk'
 *
 * const [quote] = detectQuotes('“We will not back down,” Ortiz said.')
 * quote.content.text // 'We will not back down,'
 * ```
 *
 * @category Analysis
 */
export function detectQuotes(text: string, options?: AnalyzeOptions): Quote[] {
  return run(text, options, 'all').quotes
}

/**
 * Find who is quoted in news text: every speaker once, with all their
 * mentions and quotes, named or anonymous.
 *
 * @param text The article, in any layout.
 * @param options Lexicon changes.
 * @returns The speakers, in order of first quote.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import {detectSpeakers} from 'copydesk'
 *
 * const speakers = detectSpeakers('“We won,” said Maria Ortiz. “Again,” Ortiz added.')
 * speakers[0].name // 'Maria Ortiz'
 * ```
 *
 * @category Analysis
 */
export function detectSpeakers(text: string, options?: AnalyzeOptions): Speaker[] {
  return run(text, options, 'all').speakers
}

/**
 * Find the hedged claims of news text: sentences or clauses presented as
 * less than certain, with their cues and who is hedging.
 *
 * @param text The article, in any layout.
 * @param options Lexicon changes.
 * @returns The hedged claims, in order.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 *
 * @example
 * ```ts
 * import {detectHedges} from 'copydesk'
 *
 * const [claim] = detectHedges('The fire reportedly began in a kitchen.')
 * claim.cues[0].category // 'evidential'
 * ```
 *
 * @category Analysis
 */
export function detectHedges(text: string, options?: AnalyzeOptions): HedgedClaim[] {
  return run(text, options, 'all').hedges
}
