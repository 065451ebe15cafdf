/**
 * From the text the engine read back to the file it came from. A tree
 * converted from markup (remark-retext, rehype-retext) holds the words of
 * the file but not its markup: the engine reads those words as plain text,
 * and every span it finds is then moved to the place in the file that the
 * tree's positions give, so results and messages point into the source.
 */
import type {Article, Span} from '../types.js'

/**
 * Where each piece of the engine's text came from: piece `i` is the engine
 * text from `from[i]` to `to[i]`, taken from the source from
 * `sourceStart[i]` to `sourceEnd[i]`. Pieces are in order and do not
 * overlap; the engine text between two pieces (a paragraph break copydesk
 * put there) comes from nowhere.
 */
export interface SourceMap {
  from: number[]
  to: number[]
  sourceStart: number[]
  sourceEnd: number[]
}

/** An empty map, to fill piece by piece with {@link addPiece}. */
export function emptyMap(): SourceMap {
  return {from: [], to: [], sourceStart: [], sourceEnd: []}
}

/** Record that the engine text from `from` to `to` came from the source from `sourceStart` to `sourceEnd`. */
export function addPiece(map: SourceMap, from: number, to: number, sourceStart: number, sourceEnd: number): void {
  map.from.push(from)
  map.to.push(to)
  map.sourceStart.push(sourceStart)
  map.sourceEnd.push(Math.max(sourceStart, sourceEnd))
}

/** Index of the last piece whose start is at most `offset` (`strict`: below it), or -1. */
function pieceAt(map: SourceMap, offset: number, strict: boolean): number {
  let low = 0
  let high = map.from.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    const from = map.from[middle] as number
    if (strict ? from < offset : from <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return found
}

/**
 * The source offset of the engine text's code unit at `offset`. Inside a
 * piece whose text has the length of its source (almost all: a word, a
 * mark), offsets correspond one to one; a piece whose text is not its
 * source's length (a decoded entity, a line ending the converter made up)
 * is clamped to its source.
 */
function startInSource(map: SourceMap, offset: number): number {
  const index = pieceAt(map, offset, false)
  if (index < 0) return map.sourceStart[0] ?? 0
  const sourceStart = map.sourceStart[index] as number
  const sourceEnd = map.sourceEnd[index] as number
  if (offset < (map.to[index] as number)) return Math.min(sourceStart + offset - (map.from[index] as number), sourceEnd)
  // Between pieces: the next piece's start.
  return map.sourceStart[index + 1] ?? sourceEnd
}

/** The source offset just after the engine text's code unit before `offset` (a span's `end`). */
function endInSource(map: SourceMap, offset: number): number {
  const index = pieceAt(map, offset, true)
  if (index < 0) return map.sourceStart[0] ?? 0
  const to = map.to[index] as number
  const sourceStart = map.sourceStart[index] as number
  const sourceEnd = map.sourceEnd[index] as number
  // A span that ends where a piece ends ends where its source does.
  if (offset >= to) return sourceEnd
  return Math.min(sourceStart + offset - (map.from[index] as number), sourceEnd)
}

/** Move one span of the engine text to the source, in place. */
function moveSpan(span: Span, source: string, map: SourceMap): void {
  const start = startInSource(map, span.start)
  const end = span.end > span.start ? Math.max(start, endInSource(map, span.end)) : start
  span.start = start
  span.end = end
  span.text = source.slice(start, end)
}

/**
 * Move every span of an article found in the engine text to the source, in
 * place (the article is a fresh object of its analysis), and make the
 * source its text. Each span object is moved once, however many fields
 * hold it.
 */
export function moveArticle(article: Article, source: string, map: SourceMap): Article {
  const moved = new Set<Span>()
  const move = (span: Span | null): void => {
    if (span === null || moved.has(span)) return
    moved.add(span)
    moveSpan(span, source, map)
  }
  for (const paragraph of article.paragraphs) {
    move(paragraph)
    for (const sentence of paragraph.sentences) move(sentence)
  }
  move(article.dateline)
  for (const quote of article.quotes) {
    move(quote)
    move(quote.content)
    move(quote.mention)
    move(quote.cue)
  }
  for (const speaker of article.speakers) for (const mention of speaker.mentions) move(mention)
  for (const claim of article.hedges) {
    move(claim)
    for (const cue of claim.cues) move(cue)
  }
  article.text = source
  return article
}
