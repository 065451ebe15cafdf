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

/**
 * Collect leaf tokens and sentence spans. nlcst has a fixed depth (root,
 * paragraph, sentence, word), so the walk is three loops, not a recursion
 * over every node. A paragraph parsed as a chunk of a larger input
 * (`data.copydeskOffset`, see `parseChunked`) has positions relative to the
 * chunk: its offset is added here. Nodes without offsets (a tree built by
 * hand) are skipped: the rules only trust what they can place.
 */
export function flattenTree(tree: Root, text: string): Flattened {
  const tokens: Token[] = []
  const sentences: Range[] = []
  let base = 0
  const leaf = (node: AnyNode): void => {
    const kind = kindOf(node.type)
    const position = node.position
    // White space is not kept: every rule reads words and marks, and offsets say where the gaps are.
    if (kind === undefined || kind === 'whitespace' || position === undefined) return
    const from = position.start.offset
    const to = position.end.offset
    if (from === undefined || to === undefined) return
    const start = from + base
    const end = to + base
    // The parser made the strings already: a leaf's value, or a word's one text node.
    const only = node.children?.length === 1 ? node.children[0] : undefined
    const value = node.value ?? only?.value ?? text.slice(start, end)
    tokens.push({kind, start, end, value, lower: kind === 'word' ? foldWord(value) : value, paragraph: -1, sentence: -1})
  }
  for (const paragraph of (tree as AnyNode).children ?? []) {
    if (paragraph.type !== 'ParagraphNode') {
      base = 0
      leaf(paragraph)
      continue
    }
    base = paragraph.data?.copydeskOffset ?? 0
    for (const sentence of paragraph.children ?? []) {
      if (sentence.type !== 'SentenceNode') {
        leaf(sentence)
        continue
      }
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start !== undefined && end !== undefined) sentences.push({start: start + base, end: end + base})
      for (const node of sentence.children ?? []) leaf(node)
    }
  }
  return {tokens, sentences}
}
