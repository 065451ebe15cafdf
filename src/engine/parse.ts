/**
 * Chunked parsing: parse-english on one paragraph (or one bounded chunk of
 * a long paragraph) at a time, so the cost stays linear in the input.
 *
 * Each chunk becomes a `ParagraphNode` whose `data` records where the chunk
 * starts in the input ({@link ChunkData}), and whose nodes have no
 * positions: nothing downstream reads lines and columns (the rules read
 * offsets, messages are placed from offsets), and leaving out a third of the
 * parse's objects is the cheapest way to a tree. The leaves cover the chunk
 * in order, so `flattenTree` finds every offset from the chunk's and the
 * lengths before it. A tree parsed whole (retext-english in a user's
 * pipeline) keeps its positions, and those are read instead.
 */
import type {Paragraph, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Block} from '../paragraphs/layout.js'
import {isBlankCode} from './chars.js'
import {fastTokenizer} from './tokenize.js'
import {flattenChunk, type Flattened} from './tokens.js'

/** parse-english slows down past a few tens of kilobytes: cut longer paragraphs. */
export const MAX_CHUNK = 16_384
/** How far past the target a chunk may reach to end at a sentence or a space. */
const CHUNK_SLACK = 2_048

/** What a chunk's `ParagraphNode` carries in `data`: its offset in the input. */
export interface ChunkData {
  copydeskOffset: number
}

declare module 'nlcst' {
  interface ParagraphData {
    /** Offset in the input of the chunk this paragraph was parsed from (copydesk's chunked parse). */
    copydeskOffset?: number | undefined
  }
}

/**
 * One parser for every parse: building one is not free, and parsing keeps no
 * state. Its tokenizer is swapped for an equivalent table-driven one that
 * gives no positions ({@link fastTokenizer}): the same tree but for
 * positions, for much less of the parse's time.
 */
const parser = new ParseEnglish()
parser.tokenize = fastTokenizer(parser.tokenize.bind(parser), {positions: false})

/** Where to cut a long paragraph: after a sentence end, else at a space, else anywhere safe. */
function chunkEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_CHUNK) return end
  const target = start + MAX_CHUNK
  const limit = Math.min(end, target + CHUNK_SLACK)
  let space = -1
  for (let index = target; index < limit; index++) {
    const code = text.charCodeAt(index)
    if (isBlankCode(code)) {
      const before = text.charAt(index - 1)
      if (before === '.' || before === '!' || before === '?') return index
      if (space < 0) space = index
    }
  }
  if (space > 0) return space
  // Never split a surrogate pair.
  const code = text.charCodeAt(target)
  return code >= 0xdc00 && code <= 0xdfff ? target + 1 : target
}

/**
 * Parse each chunk of the blocks of `text` (a block, or a bounded piece of
 * a long one), in order: `read` gets the chunk's `ParagraphNode` (without
 * positions) and its offset in the input.
 */
function forEachChunk(text: string, blocks: readonly Block[], read: (chunk: Paragraph, offset: number) => void): void {
  for (const block of blocks) {
    let start = block.start
    while (start < block.end) {
      const end = chunkEnd(text, start, block.end)
      // A chunk is a paragraph already: parse it as one, skipping the root's
      // split at line breaks, which copydesk's layout has done its own way.
      read(parser.tokenizeParagraph(text.slice(start, end)), start)
      start = end
    }
  }
}

/**
 * Parse the blocks of `text` into an nlcst tree: one `ParagraphNode` per
 * chunk, without positions, its offset in `data.copydeskOffset`.
 */
export function parseChunked(text: string, blocks: readonly Block[]): Root {
  const children: Paragraph[] = []
  forEachChunk(text, blocks, (chunk, offset) => {
    chunk.data = {copydeskOffset: offset}
    children.push(chunk)
  })
  return {type: 'RootNode', children}
}

/**
 * Parse the blocks of `text` straight into tokens and sentences: each
 * chunk's tree is read as soon as it is parsed and then dropped, so no tree
 * of the whole input is ever kept (less to hold, less for the garbage
 * collector to move). The same tokens as `flattenTree(parseChunked(…))`.
 */
export function parseFlat(text: string, blocks: readonly Block[]): Flattened {
  const flat: Flattened = {tokens: [], sentences: []}
  forEachChunk(text, blocks, (chunk, offset) => flattenChunk(chunk, offset, text, flat))
  return flat
}
