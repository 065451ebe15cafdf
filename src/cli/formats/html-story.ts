/**
 * The article text as HTML: paragraphs, with quotes highlighted per speaker
 * and hedge cues underlined. Quotes are the outer layer and cues nest
 * inside them, so the markup is always well formed; a highlight that would
 * overlap an earlier one of its layer is left out.
 */
import type {Article, HedgeCue, Paragraph, Quote, Speaker} from '../../index.js'
import {escapeHtml} from './html-escape.js'
import {indexSpeakers, speakerOf, type SpeakerIndex} from './summary.js'

/** A stretch of one layer, clipped to a paragraph. */
interface Piece<T> {
  start: number
  end: number
  item: T
}

/** A hedge cue with the claim it belongs to. */
export interface PlacedCue {
  cue: HedgeCue
  /** Index of the claim in `article.hedges`. */
  claim: number
  /** Index of the cue in its claim. */
  position: number
}

/** Ids that must be unique in the page: one prefix per article. */
export interface Ids {
  cue: (claim: number, position: number) => string
  title: string
}

/**
 * The hue of a speaker's highlight, a whole number of degrees (the page's
 * sheet has a `hue-N` class for each). The first hues are far apart on the
 * colour wheel; later ones step by the golden angle so none repeat.
 *
 * @param position The speaker's position in `article.speakers`.
 */
export function speakerHue(position: number): number {
  const spread = [212, 28, 140, 330, 268, 52, 180, 0]
  return spread[position] ?? Math.round((position * 137.508) % 360) % 360
}

/**
 * Every hedge cue of the article, in text order.
 *
 * @param article The article.
 */
export function placeCues(article: Article): PlacedCue[] {
  return article.hedges
    .flatMap((claim, index) => claim.cues.map((cue, position) => ({cue, claim: index, position})))
    .sort((a, b) => a.cue.start - b.cue.start)
}

/**
 * The story's paragraphs as HTML, one string per paragraph. Linear in the
 * article: quotes and cues are sorted once, and each layer is swept once
 * from the first paragraph to the last.
 *
 * @param article The article.
 * @param ids Element ids for this article.
 */
export function renderStory(article: Article, ids: Ids): string[] {
  const context: Context = {
    speakers: indexSpeakers(article),
    hues: new Map(article.speakers.map((speaker, position) => [speaker.id, speakerHue(position)])),
    ids,
  }
  const quotes = new Sweep(layer(article.quotes, (quote) => quote))
  const cues = new Sweep(layer(placeCues(article), (placed) => placed.cue))
  let headlineDone = false
  return article.paragraphs.map((paragraph) => {
    const body = renderLayers(article.text, paragraph, quotes.take(paragraph.start, paragraph.end), cues, context)
    const number = `<span class="pno" aria-hidden="true">${paragraph.index + 1}</span>`
    // The first headline is the story's heading; later title lines are decks.
    if (paragraph.kind === 'headline' && !headlineDone) {
      headlineDone = true
      return `<h2 class="para kind-headline" id="${ids.title}">${body}</h2>`
    }
    const label = paragraph.kind === 'body' ? '' : `<span class="kind">${paragraph.kind}</span>`
    return `<p class="para kind-${paragraph.kind}">${number}${label}${body}</p>`
  })
}

/**
 * Whether the story renders its own heading (it has a headline).
 *
 * @param article The article.
 */
export function hasHeadline(article: Article): boolean {
  return article.paragraphs.some((paragraph) => paragraph.kind === 'headline')
}

interface Context {
  speakers: SpeakerIndex
  hues: Map<string, number>
  ids: Ids
}

/**
 * The highlights of one layer: its items in text order, each left out when
 * it overlaps one kept before it (a quote nested in another, say). What
 * is left never overlaps, so it can be swept.
 */
function layer<T>(items: T[], spanOf: (item: T) => {start: number; end: number}): Array<Piece<T>> {
  const sorted = items.map((item) => ({start: spanOf(item).start, end: spanOf(item).end, item})).sort((a, b) => a.start - b.start)
  const kept: Array<Piece<T>> = []
  let reached = -Infinity
  for (const piece of sorted) {
    if (piece.start >= piece.end || piece.start < reached) continue
    kept.push(piece)
    reached = piece.end
  }
  return kept
}

/**
 * A cursor over pieces that do not overlap, in text order, asked for
 * stretches of text that do not overlap either and come in text order (a
 * paragraph, then the next; a quote, then the text after it). Each piece is
 * passed once per stretch it reaches into, so a sweep of the whole text
 * costs the pieces plus the stretches.
 */
class Sweep<T> {
  private next = 0
  private reached = -Infinity

  constructor(private readonly pieces: Array<Piece<T>>) {}

  /** The pieces that reach into `start`–`end`, clipped to it. */
  take(start: number, end: number): Array<Piece<T>> {
    // Asked out of order (an Article made by hand): find the place again.
    if (start < this.reached) this.next = this.firstEndingAfter(start)
    this.reached = start
    // Pieces that end before the stretch are done with for good.
    while ((this.pieces[this.next]?.end ?? Infinity) <= start) this.next++
    const taken: Array<Piece<T>> = []
    for (let index = this.next; index < this.pieces.length; index++) {
      const piece = this.pieces[index]
      if (!piece || piece.start >= end) break
      taken.push({start: Math.max(piece.start, start), end: Math.min(piece.end, end), item: piece.item})
    }
    return taken
  }

  // Pieces do not overlap, so their ends are in order too: search them.
  private firstEndingAfter(position: number): number {
    let low = 0
    let high = this.pieces.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((this.pieces[middle]?.end ?? Infinity) <= position) low = middle + 1
      else high = middle
    }
    return low
  }
}

function renderLayers(text: string, paragraph: Paragraph, quotes: Array<Piece<Quote>>, cues: Sweep<PlacedCue>, context: Context): string {
  let html = ''
  let at = paragraph.start
  for (const piece of quotes) {
    html += renderCues(text, at, piece.start, cues, context)
    html += renderQuote(piece, renderCues(text, piece.start, piece.end, cues, context), context)
    at = piece.end
  }
  return html + renderCues(text, at, paragraph.end, cues, context)
}

function renderQuote(piece: Piece<Quote>, inner: string, context: Context): string {
  const quote = piece.item
  const speaker = speakerOf(quote, context.speakers)
  const continued = piece.start > quote.start
  const tip = quoteTip(quote, speaker)
  const hue = speaker ? context.hues.get(speaker.id) : undefined
  // The hue is a class, not a style attribute: the page's
  // Content-Security-Policy allows no inline style but its own sheet.
  const classes = ['quote', speaker ? '' : 'unattributed', hue === undefined ? '' : `hue-${hue}`].filter(Boolean)
  const attributes = [
    `class="${classes.join(' ')}"`,
    `data-quote="${escapeHtml(quote.id)}"`,
    speaker ? `data-speaker="${escapeHtml(speaker.id)}"` : '',
    'tabindex="0"',
  ].filter(Boolean)
  const said = `${continued ? 'Quote continued' : 'Quote'}${speaker ? ` by ${speaker.name}` : ', unattributed'}`
  return (
    `<mark ${attributes.join(' ')}>` +
    `<span class="sr-only">${escapeHtml(said)}: </span>${inner}` +
    `<span class="sr-only"> (end of quote)</span>` +
    `<span class="tip" aria-hidden="true">${escapeHtml(tip)}</span></mark>`
  )
}

function quoteTip(quote: Quote, speaker: Speaker | undefined): string {
  const who = speaker ? `${speaker.name}${speaker.anonymous ? ' (anonymous)' : ''}` : 'Unattributed'
  const cue = quote.cue ? ` · “${quote.cue.text}”` : ''
  return `${who}${cue} · ${quote.kind} quote`
}

/** Text from `start` to `end`, with the cues inside it underlined (clipped to it). */
function renderCues(text: string, start: number, end: number, cues: Sweep<PlacedCue>, context: Context): string {
  let html = ''
  let at = start
  for (const piece of cues.take(start, end)) {
    html += escapeHtml(text.slice(at, piece.start))
    const {cue, claim, position} = piece.item
    // Only the cue's first piece carries the id the hedge list links to.
    const id = piece.start === cue.start ? ` id="${context.ids.cue(claim, position)}"` : ''
    html +=
      `<span class="hedge cat-${cue.category}"${id} tabindex="0">${escapeHtml(text.slice(piece.start, piece.end))}` +
      `<span class="sr-only"> (hedge: ${cue.category})</span>` +
      `<span class="tip" aria-hidden="true">Hedge · ${cue.category}</span></span>`
    at = piece.end
  }
  return html + escapeHtml(text.slice(at, end))
}
