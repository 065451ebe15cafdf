/**
 * The word layer: one view of a document's words that every stage reads.
 * Each word (the document's own token objects, not copies) with its
 * paragraph and sentence, its case and place in the sentence, its folded
 * form (`token.lower`), its part of speech, and, once quotes are
 * found, the innermost quote that holds it. Built once per document.
 *
 * Tags come from the tagger for the body paragraphs (the only ones quotes,
 * attribution and hedges read), then pass the named repairs of
 * `grammar/repairs.ts`; the reporting cues are found last, on the mended
 * tags (`cues/cues.ts`).
 */
import type {Quote} from '../types.js'
import {isUpperAt} from './chars.js'
import type {Doc, DocToken} from './document.js'
import {Tag, tagParagraph, type TagValue} from './tagger.js'
import {findCues} from '../cues/cues.js'
import {repairTags} from '../grammar/repairs.js'
import {WordFlag} from './word-flag.js'

export {WordFlag} from './word-flag.js'

/** The words of a document and where its sentences and quotes lie among them. */
export interface WordLayer {
  doc: Doc
  /** The document's tokens (words, marks, symbols; no white space), in order. */
  words: readonly DocToken[]
  /** Per word, its {@link Tag} (`Tag.none` for marks and untagged words). */
  tags: Uint8Array
  /** Per word, {@link WordFlag} bits. */
  flags: Uint8Array
  /** Per word, one past the last word of the reporting cue that starts there, or 0 (see `cues/cues.ts`). */
  cueEnds: Int32Array
  /** Per word that starts a cue, what kind of cue (see `cues/cues.ts`). */
  cueKinds: Uint8Array
  /** Index of each sentence's first word. */
  sentenceStart: Int32Array
  /** Index one past each sentence's last word. */
  sentenceEnd: Int32Array
  /** Per word, the index of the innermost marked quote whose span holds it, or -1 (all -1 before {@link placeQuotes}). */
  quoteOf: Int32Array
  /** The marked quotes, in order (empty before {@link placeQuotes}). */
  quotes: readonly Quote[]
  /** For each marked quote, the index of the quote whose span holds it, or -1. */
  parentQuote: Int32Array
  /** For each marked quote, its first and one-past-last word. */
  quoteWords: Array<readonly [number, number]>
}

/** Whether a paragraph kind is read by the stages past layout. */
const isRead = (kind: string | undefined): boolean => kind === 'body'

/**
 * Build the layer of a document: flags for every word, tags for
 * the words of body paragraphs.
 *
 * @example
 * For `Police said the suspect fled.`, `layer.tags[1]` is `Tag.verb`.
 */
export function buildWordLayer(doc: Doc): WordLayer {
  const words = doc.tokens
  const size = words.length
  const tags = new Uint8Array(size)
  const flags = new Uint8Array(size)
  const sentenceStart = new Int32Array(doc.sentences.length)
  const sentenceEnd = new Int32Array(doc.sentences.length)
  for (let index = 0; index < doc.sentences.length; index++) {
    const sentence = doc.sentences[index]
    if (!sentence) continue
    sentenceStart[index] = sentence.tokenStart
    sentenceEnd[index] = Math.max(sentence.tokenStart, sentence.tokenEnd)
  }
  let lastSentence = -1
  let seenWord = false
  for (let index = 0; index < size; index++) {
    const token = words[index] as DocToken
    if (token.sentence !== lastSentence) {
      lastSentence = token.sentence
      seenWord = false
    }
    if (token.kind !== 'word') continue
    const code = token.value.charCodeAt(0)
    flags[index] =
      WordFlag.word |
      (isUpperAt(token.value, 0) ? WordFlag.capital : 0) |
      (seenWord ? 0 : WordFlag.opener) |
      (code >= 0x30 && code <= 0x39 ? WordFlag.numeric : 0)
    seenWord = true
  }
  tagParagraphs(doc, tags)
  const layer: WordLayer = {
    doc,
    words,
    tags,
    flags,
    cueEnds: new Int32Array(size),
    cueKinds: new Uint8Array(size),
    sentenceStart,
    sentenceEnd,
    quoteOf: new Int32Array(size).fill(-1),
    quotes: [],
    parentQuote: new Int32Array(0),
    quoteWords: [],
  }
  repairTags(layer)
  findCues(layer)
  return layer
}

/** Tag the words of every read paragraph, paragraph by paragraph (see `tagParagraph`). */
function tagParagraphs(doc: Doc, tags: Uint8Array): void {
  const words = doc.tokens
  const write = (index: number, tag: TagValue): void => {
    const word = words[index] as DocToken
    tags[index] = word.kind === 'word' || tag === Tag.none ? tag : word.kind === 'symbol' ? Tag.sym : Tag.punct
  }
  let first = 0
  for (const paragraph of doc.paragraphs) {
    while (first < words.length && (words[first] as DocToken).paragraph < paragraph.index) first++
    let last = first
    while (last < words.length && (words[last] as DocToken).paragraph === paragraph.index) last++
    if (isRead(paragraph.kind) && last > first) {
      tagParagraph(doc.text, paragraph.start, paragraph.end, words, first, last, write)
      // Marks and symbols are tagged by kind, whether or not wink placed them.
      for (let index = first; index < last; index++) {
        const word = words[index] as DocToken
        if (word.kind !== 'word') tags[index] = word.kind === 'symbol' ? Tag.sym : Tag.punct
      }
    }
    first = last
  }
}

/** An end past any offset (strings are shorter than 2³⁰ code units). */
const NO_END = 0x3fffffff

/**
 * Record where the marked quotes (in order of their start, outer before
 * inner) lie among the words: each word's innermost quote, each quote's
 * parent and its first and last word. One pass over words and quotes.
 */
export function placeQuotes(layer: WordLayer, quotes: readonly Quote[]): void {
  const {words, quoteOf} = layer
  quoteOf.fill(-1)
  const parentQuote = new Int32Array(quotes.length).fill(-1)
  const quoteWords: Array<[number, number]> = quotes.map(() => [0, 0])
  // Open quotes as a stack: nested quotes give the innermost one; a quote's last
  // word is known when it leaves the stack.
  const open: number[] = []
  let inner = -1
  let innerEnd = NO_END
  let next = 0
  for (let index = 0; index <= words.length; index++) {
    const token = words[index]
    const at = token === undefined ? NO_END - 1 : token.start
    while (innerEnd <= at) {
      ;(quoteWords[inner] as [number, number])[1] = index
      open.pop()
      inner = open.length > 0 ? (open[open.length - 1] as number) : -1
      innerEnd = inner >= 0 ? (quotes[inner] as Quote).end : NO_END
    }
    if (token === undefined) break
    while (next < quotes.length && (quotes[next] as Quote).start <= at) {
      const quote = quotes[next] as Quote
      parentQuote[next] = inner
      quoteWords[next] = [index, index]
      if (quote.end > at) {
        open.push(next)
        inner = next
        innerEnd = quote.end
      }
      next++
    }
    quoteOf[index] = inner
  }
  layer.quotes = quotes
  layer.parentQuote = parentQuote
  layer.quoteWords = quoteWords
}

/** The tag of the word at an index (`Tag.none` outside the layer). */
export function tagAt(layer: WordLayer, index: number): TagValue {
  return (index >= 0 && index < layer.tags.length ? layer.tags[index] : Tag.none) as TagValue
}

/** The folded form of the word at an index (`''` outside the layer). */
export function lowerAt(layer: WordLayer, index: number): string {
  return layer.words[index]?.lower ?? ''
}

/** The flag bits of the word at an index (0 outside the layer). */
export function flagsAt(layer: WordLayer, index: number): number {
  return index >= 0 && index < layer.flags.length ? (layer.flags[index] as number) : 0
}

/** Whether the token at an index is a word (not punctuation or a symbol). */
export function isWord(layer: WordLayer, index: number): boolean {
  return (flagsAt(layer, index) & WordFlag.word) !== 0
}

/** Whether the word at an index starts with a capital letter. */
export function isCapital(layer: WordLayer, index: number): boolean {
  return (flagsAt(layer, index) & WordFlag.capital) !== 0
}

/** Whether the word at an index opens its sentence. */
export function isOpener(layer: WordLayer, index: number): boolean {
  return (flagsAt(layer, index) & WordFlag.opener) !== 0
}

/** Whether the token at an index is the mark `mark` (not a word). */
export function isMarkAt(layer: WordLayer, index: number, mark: string): boolean {
  const word = layer.words[index]
  return word !== undefined && word.kind !== 'word' && word.value === mark
}
