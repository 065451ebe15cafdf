/**
 * Flatten an nlcst tree into what the rules read: leaf tokens (a word is
 * one token, however the parser split it inside) and the parser's sentence
 * spans, all with absolute offsets.
 */
import type {Paragraph, Root} from 'nlcst'
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
export function kindOf(type: string): TokenKind | undefined {
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

/** Any nlcst node, as the walks read it: leaves have a `value`, parents `children`. */
export interface AnyNode {
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

/** Add a token for a leaf from `start` to `end`, unless it is white space or no leaf. */
function pushLeaf(into: Flattened, node: AnyNode, start: number, end: number, text: string): void {
  const kind = kindOf(node.type)
  // White space is not kept: every rule reads words and marks, and offsets say where the gaps are.
  if (kind === undefined || kind === 'whitespace') return
  // The parser made the strings already: a leaf's value, or a word's one text node.
  const only = node.children?.length === 1 ? node.children[0] : undefined
  into.tokens.push(tokenOf(kind, start, end, node.value ?? only?.value ?? text.slice(start, end)))
}

/** A token of `kind` from `start` to `end`, its text `value`, in no paragraph or sentence yet. */
export function tokenOf(kind: TokenKind, start: number, end: number, value: string): Token {
  return {kind, start, end, value, lower: kind === 'word' ? foldWord(value) : value, paragraph: -1, sentence: -1}
}

/**
 * Add the tokens and sentences of one chunk parsed at `offset` of `text`
 * (see `parseFlat`). A chunk has no positions: its leaves cover it in order,
 * so each one's offsets follow from the chunk's offset and the lengths
 * before it.
 */
export function flattenChunk(chunk: Paragraph, offset: number, text: string, into: Flattened): void {
  let at = offset
  for (const child of (chunk as AnyNode).children ?? []) {
    if (child.type !== 'SentenceNode') {
      at = followingLeaf(child, at, text, into)
      continue
    }
    const start = at
    for (const node of child.children ?? []) at = followingLeaf(node, at, text, into)
    into.sentences.push({start, end: at})
  }
}

/** Add a token for a chunk's leaf at `start` (white space only moves on): where the next leaf starts. */
function followingLeaf(node: AnyNode, start: number, text: string, into: Flattened): number {
  // White space is the most common leaf, and the one the rules never read.
  if (node.type === 'WhiteSpaceNode') return start + (node.value?.length ?? 0)
  const end = start + leafLength(node)
  pushLeaf(into, node, start, end, text)
  return end
}

/**
 * Collect leaf tokens and sentence spans of a tree. nlcst has a fixed depth
 * (root, paragraph, sentence, word), so the walk is three loops, not a
 * recursion over every node. Offsets are read from positions (a tree parsed
 * whole, by retext-english in a user's pipeline), except in a chunk of
 * copydesk's own parse (`data.copydeskOffset`, see {@link flattenChunk}).
 * Nodes without offsets (a tree built by hand) are skipped: the rules only
 * trust what they can place.
 */
export function flattenTree(tree: Root, text: string): Flattened {
  const flat: Flattened = {tokens: [], sentences: []}
  const placed = (node: AnyNode): void => {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from !== undefined && to !== undefined) pushLeaf(flat, node, from, to, text)
  }
  for (const paragraph of (tree as AnyNode).children ?? []) {
    if (paragraph.type !== 'ParagraphNode') {
      placed(paragraph)
      continue
    }
    const offset = paragraph.data?.copydeskOffset
    if (offset !== undefined) {
      flattenChunk(paragraph as Paragraph, offset, text, flat)
      continue
    }
    for (const sentence of paragraph.children ?? []) {
      if (sentence.type !== 'SentenceNode') {
        placed(sentence)
        continue
      }
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start !== undefined && end !== undefined) flat.sentences.push({start, end})
      for (const node of sentence.children ?? []) placed(node)
    }
  }
  return flat
}
