/**
 * What both human-facing reports (text and HTML) say about an article,
 * computed once from the Article alone.
 */
import type {Article, HedgedClaim, Quote, Speaker} from '../../index.js'

/** Speakers by id, and how many are named or anonymous. */
export interface SpeakerIndex {
  byId: Map<string, Speaker>
  named: number
  anonymous: number
}

/**
 * Index an article's speakers.
 *
 * @param article The article.
 */
export function indexSpeakers(article: Article): SpeakerIndex {
  const anonymous = article.speakers.filter((speaker) => speaker.anonymous).length
  return {
    byId: new Map(article.speakers.map((speaker) => [speaker.id, speaker])),
    named: article.speakers.length - anonymous,
    anonymous,
  }
}

/**
 * The speaker of a quote, if it has one.
 *
 * @param quote The quote.
 * @param speakers The article's speakers.
 */
export function speakerOf(quote: Quote, speakers: SpeakerIndex): Speaker | undefined {
  return quote.speakerId === null ? undefined : speakers.byId.get(quote.speakerId)
}

/**
 * An article's quotes by id, so that finding one costs nothing however
 * many there are.
 *
 * @param article The article.
 */
export function indexQuotes(article: Article): Map<string, Quote> {
  return new Map(article.quotes.map((quote) => [quote.id, quote]))
}

/**
 * Who hedges a claim, in words: the reporter, or the speaker of the quote
 * it stands in.
 *
 * @param claim The hedged claim.
 * @param quotes The article's quotes by id ({@link indexQuotes}).
 * @param speakers The article's speakers.
 */
export function hedgerOf(claim: HedgedClaim, quotes: Map<string, Quote>, speakers: SpeakerIndex): string {
  if (claim.hedgedBy === 'author') return 'the reporter'
  const {quoteId} = claim.hedgedBy
  const quote = quotes.get(quoteId)
  const speaker = quote ? speakerOf(quote, speakers) : undefined
  return speaker ? `${speaker.name}, in quote ${quoteId}` : `quote ${quoteId}`
}

/**
 * `1 quote`, `3 quotes`.
 *
 * @param count How many.
 * @param noun The singular.
 */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/**
 * Text on one line, whitespace collapsed, cut to `max` characters.
 *
 * @param text Any text.
 * @param max The longest result.
 */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/**
 * Text as lines of at most `width` characters, broken between words.
 *
 * @param text Any text.
 * @param width The longest line (a longer word gets a line of its own).
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
