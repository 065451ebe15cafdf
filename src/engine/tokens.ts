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

const kinds: Readonly<Record<string, TokenKind>> = {
  WordNode: 'word',
  PunctuationNode: 'punctuation',
  SymbolNode: 'symbol',
  WhiteSpaceNode: 'whitespace',
  SourceNode: 'source',
}

interface AnyNode {
  type: string
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
    const kind = kinds[node.type]
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (kind === undefined || from === undefined || to === undefined) return
    const start = from + base
    const end = to + base
    const value = text.slice(start, end)
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
