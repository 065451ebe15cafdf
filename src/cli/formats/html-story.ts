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
 * The hue of a speaker's highlight. The first hues are far apart on the
 * colour wheel; later ones step by the golden angle so none repeat.
 *
 * @param position The speaker's position in `article.speakers`.
 */
export function speakerHue(position: number): number {
  const spread = [212, 28, 140, 330, 268, 52, 180, 0]
  return spread[position] ?? Math.round((position * 137.508) % 360)
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
 * The story's paragraphs as HTML.
 *
 * @param article The article.
 * @param ids Element ids for this article.
 */
export function renderStory(article: Article, ids: Ids): string {
  const speakers = indexSpeakers(article)
  const cues = placeCues(article)
  const hues = new Map(article.speakers.map((speaker, position) => [speaker.id, speakerHue(position)]))
  let headlineDone = false
  return article.paragraphs
    .map((paragraph) => {
      const quotes = clipLayer(article.quotes, paragraph, (quote) => quote)
      const paragraphCues = clipLayer(cues, paragraph, (placed) => placed.cue)
      const body = renderLayers(article.text, paragraph, quotes, paragraphCues, {speakers, hues, ids})
      const number = `<span class="pno" aria-hidden="true">${paragraph.index + 1}</span>`
      // The first headline is the story's heading; later title lines are decks.
      if (paragraph.kind === 'headline' && !headlineDone) {
        headlineDone = true
        return `<h2 class="para kind-headline" id="${ids.title}">${body}</h2>`
      }
      const label = paragraph.kind === 'body' ? '' : `<span class="kind">${paragraph.kind}</span>`
      return `<p class="para kind-${paragraph.kind}">${number}${label}${body}</p>`
    })
    .join('\n')
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

function clipLayer<T>(items: T[], paragraph: Paragraph, spanOf: (item: T) => {start: number; end: number}): Array<Piece<T>> {
  const pieces: Array<Piece<T>> = []
  let reached = paragraph.start
  for (const item of [...items].sort((a, b) => spanOf(a).start - spanOf(b).start)) {
    const start = Math.max(spanOf(item).start, paragraph.start)
    const end = Math.min(spanOf(item).end, paragraph.end)
    if (start >= end || start < reached) continue
    pieces.push({start, end, item})
    reached = end
  }
  return pieces
}

function renderLayers(
  text: string,
  paragraph: Paragraph,
  quotes: Array<Piece<Quote>>,
  cues: Array<Piece<PlacedCue>>,
  context: Context,
): string {
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
  const attributes = [
    `class="quote${speaker ? '' : ' unattributed'}"`,
    `data-quote="${escapeHtml(quote.id)}"`,
    speaker ? `data-speaker="${escapeHtml(speaker.id)}"` : '',
    hue === undefined ? '' : `style="--hue:${hue}"`,
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
function renderCues(text: string, start: number, end: number, cues: Array<Piece<PlacedCue>>, context: Context): string {
  let html = ''
  let at = start
  for (const piece of cues) {
    const from = Math.max(piece.start, start)
    const to = Math.min(piece.end, end)
    if (from >= to) continue
    html += escapeHtml(text.slice(at, from))
    const {cue, claim, position} = piece.item
    // Only the cue's first piece carries the id the hedge list links to.
    const id = from === cue.start ? ` id="${context.ids.cue(claim, position)}"` : ''
    html +=
      `<span class="hedge cat-${cue.category}"${id} tabindex="0">${escapeHtml(text.slice(from, to))}` +
      `<span class="sr-only"> (hedge: ${cue.category})</span>` +
      `<span class="tip" aria-hidden="true">Hedge · ${cue.category}</span></span>`
    at = to
  }
  return html + escapeHtml(text.slice(at, end))
}
