/**
 * A pipeline's nlcst tree as the engine's input. Two kinds of tree come to
 * the plugin:
 *
 * - A parse of the file's own text (retext-english): its leaves are the
 *   file, character for character. Its paragraphs are parse-latin's line
 *   break guess, which copydesk's layout detection does better on the same
 *   text (one paragraph per line, hard-wrapped wire copy, indented
 *   paragraphs), so the engine reads the file as `analyze` does, with the
 *   tree's sentences and tokens.
 * - A tree converted from markup (remark-retext, rehype-retext): its leaves
 *   are the words of the file without the markup (`#`, `*`, tags), each
 *   placed in the file. The markup made its paragraphs, so they are the
 *   blocks; the engine reads the leaves' text, which is what the file says
 *   as plain text, and `source-map.ts` moves what it finds back to the file.
 */
import type {Root} from 'nlcst'
import type {Block} from '../paragraphs/layout.js'
import {aligner} from './align.js'
import {emptyMap, type SourceMap} from './source-map.js'
import {flattenTree, kindOf, tokenOf, type AnyNode, type Flattened, type Range, type Token} from './tokens.js'

/** What the engine reads of a tree. */
export interface TreeInput {
  /** The text the engine reads: the file's for a parse of it, else the leaves' text. */
  text: string
  /** Tokens and the tree's sentences, with offsets into {@link TreeInput.text}. */
  flat: Flattened
  /** The paragraphs the markup made, in `text`; `null` for a parse of the file, whose layout copydesk finds. */
  blocks: Block[] | null
  /** Where the pieces of `text` are in the file; `null` when `text` is the file. */
  map: SourceMap | null
}

/** A node's offsets in the file, when it has both. */
function offsets(node: AnyNode): Range | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}

/** A leaf's text: its value, or its children's (a word's text, marks and symbols). */
function leafText(node: AnyNode): string {
  if (node.value !== undefined) return node.value
  let value = ''
  for (const child of node.children ?? []) value += leafText(child)
  return value
}

/** Whether a node is read as one leaf: a word (whatever its parts) or a node with a value. */
const isLeaf = (node: AnyNode) => node.type === 'WordNode' || node.children === undefined

/**
 * Whether the leaves of `node`, from `at` on, are the text of `source`
 * there, each placed where its text is: the offset after them, or -1.
 */
function coverFrom(node: AnyNode, source: string, at: number): number {
  if (!isLeaf(node)) {
    let cursor = at
    for (const child of node.children ?? []) {
      cursor = coverFrom(child, source, cursor)
      if (cursor < 0) return -1
    }
    return cursor
  }
  const place = offsets(node)
  if (place === undefined || place.start !== at) return -1
  const value = leafText(node)
  return place.end === at + value.length && source.startsWith(value, at) ? place.end : -1
}

/** How many line breaks a run of white space holds (`\r\n` is one, a paragraph separator two). */
function lineBreaks(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 0x0a || code === 0x2028) count++
    else if (code === 0x0d) count += value.charCodeAt(index + 1) === 0x0a ? 0 : 1
    else if (code === 0x2029) count += 2
  }
  return count
}

/**
 * Read a tree converted from markup: the leaves' text, in order, with
 * paragraph breaks between the markup's paragraphs. Two nlcst paragraphs
 * with no more than a line break between them are one: the converters
 * split a paragraph of the markup at a line break after a sentence
 * (parse-latin's guess), and mark a break between the markup's own blocks
 * with a blank line (remark-retext) or nothing at all (rehype-retext). Each
 * leaf is placed in the file by `align.ts`; the text of a block runs from
 * its first word to its last, and blocks are a blank line apart. Words and
 * marks without a position are left out, as everywhere in the engine: the
 * rules only trust what they can place.
 */
function readConverted(source: string, tree: Root): TreeInput {
  const map = emptyMap()
  const flat: Flattened = {tokens: [], sentences: []}
  const blocks: Block[] = []
  const parts: string[] = []
  let length = 0
  const align = aligner(source, map)
  // The block being read, from its first word; the white space since its last word.
  let blockStart = -1
  let spaces: AnyNode[] = []
  // Whether the next word opens a block of its own.
  let breaks = false

  const push = (node: AnyNode, space: boolean): void => {
    const place = offsets(node)
    const value = leafText(node)
    const start = length
    parts.push(value)
    length += value.length
    align.leaf(start, length, value, space, place?.start, place?.end)
    const kind = kindOf(node.type)
    if (!space && kind !== undefined) flat.tokens.push(tokenOf(kind, start, length, value))
  }

  const closeBlock = (): void => {
    if (blockStart >= 0) blocks.push({start: blockStart, end: length})
    blockStart = -1
    spaces = []
  }

  // White space waits for the next word: at a block's edges it is left out,
  // so the text between two blocks is one paragraph break, as in plain text.
  const leaf = (node: AnyNode): void => {
    if (kindOf(node.type) === 'whitespace') {
      if (blockStart >= 0) spaces.push(node)
      return
    }
    if (offsets(node) === undefined) return
    if (breaks && blockStart >= 0) {
      closeBlock()
      parts.push('\n\n')
      length += 2
    }
    breaks = false
    if (blockStart < 0) blockStart = length
    for (const space of spaces) push(space, true)
    spaces = []
    push(node, false)
  }

  const walk = (node: AnyNode): void => {
    if (isLeaf(node)) return leaf(node)
    const first = flat.tokens.length
    for (const child of node.children ?? []) walk(child)
    const last = flat.tokens[flat.tokens.length - 1]
    if (node.type === 'SentenceNode' && last && flat.tokens.length > first) {
      flat.sentences.push({start: (flat.tokens[first] as Token).start, end: last.end})
    }
  }

  // The white space between the last paragraph and the next, at the root.
  let between: AnyNode[] = []
  for (const child of (tree as AnyNode).children ?? []) {
    if (child.type === 'WhiteSpaceNode') {
      between.push(child)
      continue
    }
    if (between.length > 0 && lineBreaks(between.map(leafText).join('')) <= 1) {
      for (const space of between) leaf(space)
    } else {
      breaks = true
    }
    between = []
    walk(child)
  }
  closeBlock()
  return {text: parts.join(''), flat, blocks, map}
}

/**
 * What the engine reads of `tree`, the nlcst tree of the file whose text is
 * `source`: the file itself when the tree is a parse of it, else the text
 * of the tree's leaves, its paragraphs and a map back to the file.
 */
export function readTree(source: string, tree: Root): TreeInput {
  if (coverFrom(tree as AnyNode, source, 0) === source.length) {
    return {text: source, flat: flattenTree(tree, source), blocks: null, map: null}
  }
  return readConverted(source, tree)
}
