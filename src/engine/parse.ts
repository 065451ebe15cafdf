/**
 * Chunked parsing: parse-english on one paragraph (or one bounded chunk of
 * a long paragraph) at a time, so the cost stays linear in the input, with
 * every position shifted back to its place in the whole input.
 */
import type {Paragraph as NlcstParagraph, Root, RootContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import type {Block} from '../paragraphs/layout.js'
import {isBlankCode} from './chars.js'

/** parse-english slows down past a few tens of kilobytes: cut longer paragraphs. */
export const MAX_CHUNK = 16_384
/** How far past the target a chunk may reach to end at a sentence or a space. */
const CHUNK_SLACK = 2_048

/** Where the chunk being parsed starts in the whole input. */
const chunkBase: Cursor = {offset: 0, line: 1, column: 1}

/**
 * One parse-english instance for every parse. Its tokenizer is wrapped so
 * the leaf nodes it makes carry their place in the whole input: the parser's
 * later steps build every other position from the leaves' points, so the
 * tree comes out placed, with no second walk to shift it. The points are
 * moved in place (no copies): each is moved once, the one a word shares with
 * its text node included.
 */
const parser = new ParseEnglish()
const tokenizeFromStart = parser.tokenize.bind(parser)
parser.tokenize = (value) => {
  const children = tokenizeFromStart(value)
  if (chunkBase.offset === 0) return children
  for (const node of children) {
    const position = node.position
    if (!position) continue
    movePoint(position.start, chunkBase)
    movePoint(position.end, chunkBase)
    // A word's text node shares its start point with the word: move the end only.
    if (node.type === 'WordNode') {
      for (const child of node.children) {
        if (!child.position) continue
        if (child.position.start !== position.start) movePoint(child.position.start, chunkBase)
        if (child.position.end !== position.end) movePoint(child.position.end, chunkBase)
      }
    }
  }
  return children
}

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

/** Line and column bookkeeping while walking forward through the input. */
interface Cursor {
  offset: number
  line: number
  column: number
}

function advance(text: string, cursor: Cursor, to: number): void {
  let {line, column} = cursor
  for (let index = cursor.offset; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++
      column = 1
    } else {
      column++
    }
  }
  cursor.offset = to
  cursor.line = line
  cursor.column = column
}

/** Move a chunk-relative point, in place, to its place in the whole input. */
function movePoint(point: Point, base: Cursor): void {
  if (point.line === 1) point.column += base.column - 1
  point.line += base.line - 1
  point.offset = (point.offset ?? 0) + base.offset
}

function whiteSpace(text: string, from: Cursor, to: Cursor): RootContent {
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(from.offset, to.offset),
    position: {
      start: {line: from.line, column: from.column, offset: from.offset},
      end: {line: to.line, column: to.column, offset: to.offset},
    },
  }
}

/**
 * Where parsing stands in the input: start a parse with {@link startOfInput},
 * and pass the same cursor to the parse of the next section.
 */
export type ParseCursor = Cursor

/** A cursor at the start of the input. */
export function startOfInput(): ParseCursor {
  return {offset: 0, line: 1, column: 1}
}

/**
 * Parse the blocks of `text` into an nlcst tree, one block (or bounded chunk)
 * at a time. Given every block of the input, the tree is the one
 * retext-english would give in its concrete form (`toString(tree) === text`)
 * but with copydesk's paragraphs. Given the blocks of one section, it covers
 * that section, from `cursor` on, and leaves `cursor` at its end.
 */
export function parseChunked(text: string, blocks: readonly Block[], cursor: ParseCursor = startOfInput()): Root {
  const last = blocks[blocks.length - 1]
  const whole = cursor.offset === 0 && (last === undefined || last.end === trimmedEnd(text))
  const children: RootContent[] = []
  const rootStart = {...cursor}
  for (const block of blocks) {
    if (block.start > cursor.offset) {
      const from = {...cursor}
      advance(text, cursor, block.start)
      // Between paragraphs: the leading gap of a section belongs to the one before.
      if (children.length > 0 || whole) children.push(whiteSpace(text, from, cursor))
    }
    let start = block.start
    const paragraphChildren: NlcstParagraph['children'] = []
    while (start < block.end) {
      const end = chunkEnd(text, start, block.end)
      chunkBase.offset = cursor.offset
      chunkBase.line = cursor.line
      chunkBase.column = cursor.column
      const tree = parser.parse(text.slice(start, end))
      for (const child of tree.children) {
        if (child.type === 'ParagraphNode') paragraphChildren.push(...child.children)
        else if (child.type === 'WhiteSpaceNode' || child.type === 'SourceNode') paragraphChildren.push(child)
      }
      advance(text, cursor, end)
      start = end
    }
    const first = paragraphChildren[0]
    const last = paragraphChildren[paragraphChildren.length - 1]
    children.push({
      type: 'ParagraphNode',
      children: paragraphChildren,
      position:
        first?.position && last?.position ? {start: {...first.position.start}, end: {...last.position.end}} : undefined,
    })
  }
  // Leave the parser as found: a parse outside parseChunked starts at 0.
  chunkBase.offset = 0
  chunkBase.line = 1
  chunkBase.column = 1
  if (whole && cursor.offset < text.length) {
    const from = {...cursor}
    advance(text, cursor, text.length)
    children.push(whiteSpace(text, from, cursor))
  }
  return {
    type: 'RootNode',
    children,
    position: {start: rootStart, end: {...cursor}},
  }
}

/** Offset after the last non-blank character. */
function trimmedEnd(text: string): number {
  let end = text.length
  while (end > 0 && isBlankCode(text.charCodeAt(end - 1))) end--
  return end
}
