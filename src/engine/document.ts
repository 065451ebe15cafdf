/**
 * The document model every rule reads: the input, its paragraphs with kinds
 * and sentences, and its tokens, each token knowing its paragraph and
 * sentence. Built once per analysis from the parser's tokens and sentences.
 */
import type {Settings} from '../options.js'
import {classifyBlocks, kindNames} from '../paragraphs/kinds.js'
import {blocksOf, findBlockList, type Block, type BlockList} from '../paragraphs/layout.js'
import {splitSentences} from '../paragraphs/sentences.js'
import type {Paragraph, ParagraphKind, Span} from '../types.js'
import type {Flattened, Range, Token} from './tokens.js'

/** A sentence with its place among paragraphs and tokens. */
export interface SentenceInfo extends Range {
  /** Index of the paragraph. */
  paragraph: number
  /** Index of the sentence's first token in {@link Doc.tokens}. */
  tokenStart: number
  /** Index one past the sentence's last token. */
  tokenEnd: number
}

/** A token with its place among paragraphs and sentences. */
export interface DocToken extends Token {
  /** Index of the paragraph. */
  paragraph: number
  /** Index of the sentence in {@link Doc.sentences}. */
  sentence: number
}

/** Everything the rules read about one input. */
export interface Doc {
  text: string
  settings: Settings
  /** The public paragraph objects, with kinds and sentences. */
  paragraphs: Paragraph[]
  dateline: Span | null
  /** Every sentence, in order, across paragraphs. */
  sentences: SentenceInfo[]
  /** Every word, mark and symbol inside a paragraph, in order (white space is not kept: offsets show the gaps). */
  tokens: DocToken[]
}

/** Make a span of the input. */
export function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/**
 * V8 copies a slice shorter than this rather than pointing into the input
 * (SlicedString::kMinLength): such texts are kept once per section.
 */
const SHORT_TEXT = 13
/** Keep at most this many distinct short texts: an input of distinct ones gains nothing from more. */
const SHORT_TEXTS = 4_096

/**
 * `text.slice(start, end)`, a short one shared with an equal one made
 * before: a million one-word paragraphs (`Word`) keep one string for their
 * texts, not two each. Strings are values: no result can tell.
 */
function sharedSlice(text: string, start: number, end: number, seen: Map<string, string>): string {
  const value = text.slice(start, end)
  if (end - start >= SHORT_TEXT) return value
  const known = seen.get(value)
  if (known !== undefined) return known
  if (seen.size < SHORT_TEXTS) seen.set(value, value)
  return value
}

/** Paragraph spans with their kinds, and the dateline: what layout detection finds, for the paragraphs of one section. */
export interface Layout {
  blocks: readonly Block[]
  kinds: readonly ParagraphKind[]
  dateline: Span | null
}

/**
 * The layout of a whole input, packed (a few bytes a paragraph, whatever
 * their number): spans, kinds by code (`kindNames`) and the dateline.
 */
export interface InputLayout {
  blocks: BlockList
  kinds: Uint8Array
  dateline: Span | null
}

/** Find the layout of a whole input, packed. */
export function inputLayoutOf(text: string, settings: Settings): InputLayout {
  const blocks = findBlockList(text)
  return {blocks, ...classifyBlocks(text, blocks, settings)}
}

/** The layout of the paragraphs `[from, to)` of an input, with the dateline when it opens the input. */
export function sectionLayout(layout: InputLayout, from = 0, to = layout.blocks.length): Layout {
  const kinds: ParagraphKind[] = []
  for (let index = from; index < to; index++) kinds.push(kindNames[layout.kinds[index] as number] ?? 'body')
  return {blocks: blocksOf(layout.blocks, from, to), kinds, dateline: from === 0 ? layout.dateline : null}
}

/** Find the layout of a whole input. */
export function layoutOf(text: string, settings: Settings): Layout {
  return sectionLayout(inputLayoutOf(text, settings))
}

/** The layout of an input whose paragraphs are known (the paragraphs of a tree converted from markup). */
export function layoutOfBlocks(text: string, blocks: readonly Block[], settings: Settings): Layout {
  const list: BlockList = {length: blocks.length, starts: Int32Array.from(blocks, (block) => block.start), ends: Int32Array.from(blocks, (block) => block.end)}
  return sectionLayout({blocks: list, ...classifyBlocks(text, list, settings)})
}

/**
 * Build the document model from the input and its tokens and parser
 * sentences (`parseFlat`, or `flattenTree` of a tree). `layout`, when given,
 * is the part of the input's layout the tokens cover (one section).
 */
export function buildDoc(text: string, flat: Flattened, settings: Settings, layout: Layout = layoutOf(text, settings)): Doc {
  const {blocks, kinds, dateline} = layout
  const perBlock = splitSentences(text, blocks, flat.sentences, settings)
  const sentences: SentenceInfo[] = []
  const shortTexts = new Map<string, string>()
  const paragraphs: Paragraph[] = blocks.map((block, index) => {
    const ranges = perBlock[index] ?? []
    for (const range of ranges) {
      sentences.push({start: range.start, end: range.end, paragraph: index, tokenStart: 0, tokenEnd: 0})
    }
    const paragraphText = sharedSlice(text, block.start, block.end, shortTexts)
    return {
      start: block.start,
      end: block.end,
      text: paragraphText,
      index,
      kind: kinds[index] ?? 'body',
      // A sentence that is its whole paragraph shares its text.
      sentences: ranges.map((range) =>
        range.start === block.start && range.end === block.end
          ? {start: range.start, end: range.end, text: paragraphText}
          : {start: range.start, end: range.end, text: sharedSlice(text, range.start, range.end, shortTexts)},
      ),
    }
  })
  // Tokens inside paragraphs, each assigned to its sentence (two pointers),
  // in place: a second object per token would double the allocations.
  const tokens: DocToken[] = []
  let sentenceIndex = 0
  for (const token of flat.tokens) {
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex] as SentenceInfo).end <= token.start) {
      sentenceIndex++
    }
    const sentence = sentences[sentenceIndex]
    if (!sentence || token.end <= sentence.start) continue
    if (tokens.length === 0 || (tokens[tokens.length - 1] as DocToken).sentence !== sentenceIndex) {
      sentence.tokenStart = tokens.length
    }
    token.paragraph = sentence.paragraph
    token.sentence = sentenceIndex
    tokens.push(token)
    sentence.tokenEnd = tokens.length
  }
  return {text, settings, paragraphs, dateline, sentences, tokens}
}
