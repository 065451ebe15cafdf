/**
 * Flatten an nlcst tree into what the rules read: leaf tokens (a word is
 * one token, however the parser split it inside) and the parser's sentence
 * spans, all with absolute offsets.
 */
import type {Root} from 'nlcst'
import {foldWord} from './chars.js'

/** What a token is. */
export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source'

/** One word, mark or run of whitespace, with its place in the input. */
export interface Token {
  kind: TokenKind
  start: number
  end: number
  /** `input.slice(start, end)`. */
  value: string
  /** `value` lower-cased with curly apostrophes folded to `'`, computed once for every rule. */
  lower: string
  /** Index of the paragraph, once known (-1 before). */
  paragraph: number
  /** Index of the sentence, once known (-1 before). */
  sentence: number
}

/** A span without its text, for internal bookkeeping. */
export interface Range {
  start: number
  end: number
}

/** Tokens and the parser's sentences of a tree, in order. */
export interface Flattened {
  tokens: Token[]
  sentences: Range[]
}

/** The token kind of a leaf node type, or undefined for a node that is no leaf. */
function kindOf(type: string): TokenKind | undefined {
  switch (type) {
    case 'WordNode':
      return 'word'
    case 'WhiteSpaceNode':
      return 'whitespace'
    case 'PunctuationNode':
      return 'punctuation'
    case 'SymbolNode':
      return 'symbol'
    case 'SourceNode':
      return 'source'
    default:
      return undefined
  }
}

interface AnyNode {
  type: string
  value?: string
  data?: {copydeskOffset?: number | undefined} | undefined
  position?: {start: {offset?: number | undefined}; end: {offset?: number | undefined}} | undefined
  children?: AnyNode[]
}

/** The length of a leaf's text: its value, or its children's (a word's text, marks and symbols). */
function leafLength(node: AnyNode): number {
  if (node.value !== undefined) return node.value.length
  let length = 0
  for (const child of node.children ?? []) length += leafLength(child)
  return length
}

/**
 * Collect leaf tokens and sentence spans. nlcst has a fixed depth (root,
 * paragraph, sentence, word), so the walk is three loops, not a recursion
 * over every node.
 *
 * A paragraph parsed as a chunk of a larger input (`data.copydeskOffset`,
 * see `parseChunked`) has no positions: its leaves cover the chunk in order,
 * so each one's offsets follow from the chunk's offset and the lengths
 * before it. Elsewhere (a tree parsed whole, by retext-english in a user's
 * pipeline) offsets are read from positions, and nodes without them (a
 * tree built by hand) are skipped: the rules only trust what they can place.
 */
export function flattenTree(tree: Root, text: string): Flattened {
  const tokens: Token[] = []
  const sentences: Range[] = []
  const push = (node: AnyNode, kind: TokenKind, start: number, end: number): void => {
    // The parser made the strings already: a leaf's value, or a word's one text node.
    const only = node.children?.length === 1 ? node.children[0] : undefined
    const value = node.value ?? only?.value ?? text.slice(start, end)
    tokens.push({kind, start, end, value, lower: kind === 'word' ? foldWord(value) : value, paragraph: -1, sentence: -1})
  }
  /** A leaf placed by its position. */
  const placed = (node: AnyNode): void => {
    const kind = kindOf(node.type)
    const position = node.position
    // White space is not kept: every rule reads words and marks, and offsets say where the gaps are.
    if (kind === undefined || kind === 'whitespace' || position === undefined) return
    const from = position.start.offset
    const to = position.end.offset
    if (from !== undefined && to !== undefined) push(node, kind, from, to)
  }
  /** A leaf of a chunk at `start`: returns where the next begins. */
  const following = (node: AnyNode, start: number): number => {
    const end = start + leafLength(node)
    const kind = kindOf(node.type)
    if (kind !== undefined && kind !== 'whitespace') push(node, kind, start, end)
    return end
  }
  for (const paragraph of (tree as AnyNode).children ?? []) {
    const offset = paragraph.type === 'ParagraphNode' ? paragraph.data?.copydeskOffset : undefined
    if (offset !== undefined) {
      let at = offset
      for (const sentence of paragraph.children ?? []) {
        if (sentence.type !== 'SentenceNode') {
          at = following(sentence, at)
          continue
        }
        const start = at
        for (const node of sentence.children ?? []) at = following(node, at)
        sentences.push({start, end: at})
      }
      continue
    }
    if (paragraph.type !== 'ParagraphNode') {
      placed(paragraph)
      continue
    }
    for (const sentence of paragraph.children ?? []) {
      if (sentence.type !== 'SentenceNode') {
        placed(sentence)
        continue
      }
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start !== undefined && end !== undefined) sentences.push({start, end})
      for (const node of sentence.children ?? []) placed(node)
    }
  }
  return {tokens, sentences}
}
