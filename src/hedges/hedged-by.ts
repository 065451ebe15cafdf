/**
 * Who hedges: the reporter, or the speaker of the quote a cue stands in.
 * A cue inside a quote's content (direct, partial, or the reported clause
 * of an indirect quote) is that speaker's hedge; in nested quotes, the
 * innermost quote's. So is a cue that is an attributed quote's own
 * reporting verb (`analysts who believe the rally will fade`).
 *
 * @module
 */
import type {Range} from '../engine/tokens.js'
import type {HedgedClaim, Quote} from '../types.js'

/** Finds the quote a range stands in. */
export type QuoteLookup = (range: Range) => Quote | undefined

/** How far back the lookup walks for an enclosing (outer) quote. */
const maxNesting = 8

/**
 * A lookup over the quotes, sorted once by where their content starts;
 * each query is a binary search plus a short walk back for nesting.
 *
 * @example
 * ```ts
 * const lookup = quoteLookup(quotes)
 * lookup({start: 10, end: 18})?.id // 'q1' when a quote's content holds 10–18
 * ```
 */
export function quoteLookup(quotes: readonly Quote[]): QuoteLookup {
  const sorted = [...quotes].sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end)
  // `some analysts who believe the rally will fade`: a cue that is an attributed quote's own cue is that speaker's hedge.
  const byCue = new Map<number, Quote>()
  for (const quote of quotes) if (quote.cue && quote.speakerId !== null && !byCue.has(quote.cue.start)) byCue.set(quote.cue.start, quote)
  return (range) => {
    const cued = byCue.get(range.start)
    if (cued?.cue && range.end <= cued.cue.end) return cued
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((sorted[middle] as Quote).content.start <= range.start) low = middle + 1
      else high = middle
    }
    for (let at = low - 1; at >= 0 && at >= low - maxNesting; at--) {
      const quote = sorted[at] as Quote
      if (quote.content.start <= range.start && range.end <= quote.content.end) return quote
    }
    return undefined
  }
}

/**
 * The `hedgedBy` of a claim whose cue stands in `quote` (or in none).
 *
 * @example
 * ```ts
 * hedgerOf(undefined) // 'author'
 * ```
 */
export function hedgerOf(quote: Quote | undefined): HedgedClaim['hedgedBy'] {
  return quote ? {quoteId: quote.id} : 'author'
}
