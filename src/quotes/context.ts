/**
 * What the text around a marked span says: the words just before its
 * opening mark, the character before it, whether it opens a sentence, and
 * where the reporting cues of its sentences stand. Every look-back is
 * bounded, and the search for cues stops at the span's marks.
 */
import {startsCue} from '../cues/cues.js'
import {foldWord, isBlankCode, isWordAt} from '../engine/chars.js'
import type {Doc, DocToken, SentenceInfo} from '../engine/document.js'
import type {WordLayer} from '../engine/words.js'
import {isQuoteMarkCode} from './marks.js'

/** Punctuation that ends a sentence. */
const sentenceEnders = new Set(['.', '!', '?'])
/** Punctuation that may stand between a sentence's start and its opening mark. */
const openingPunctuation = new Set(['—', '–', '('])

/** How far back (in code units) the words before a mark are read. */
const lookBack = 80
/** How many words before a mark are read. */
const wordsRead = 6

/** Index of the sentence holding `offset` (binary search), or -1. */
export function sentenceAt(sentences: readonly SentenceInfo[], offset: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle] as SentenceInfo
    if (offset < sentence.start) high = middle - 1
    else if (offset >= sentence.end) low = middle + 1
    else return middle
  }
  return -1
}

/** Where reporting cues stand around a span, in the span's sentences. */
export interface CuesAround {
  /** A cue stands before the span in its sentence. */
  before: boolean
  /** A cue stands after the span in its sentence. */
  after: boolean
}

/**
 * Each sentence's first and last reporting cue, as word indices (-1: none),
 * read once from the word layer: every pair of marks then asks in constant
 * time whether a cue stands before or after it.
 */
export interface SentenceCues {
  first: Int32Array
  last: Int32Array
}

/** Find every sentence's first and last cue. */
export function sentenceCues(layer: WordLayer): SentenceCues {
  const count = layer.sentenceStart.length
  const first = new Int32Array(count).fill(-1)
  const last = new Int32Array(count).fill(-1)
  for (let index = 0; index < layer.words.length; index++) {
    if (!startsCue(layer, index)) continue
    const sentence = (layer.words[index] as DocToken).sentence
    if ((first[sentence] as number) < 0) first[sentence] = index
    last[sentence] = index
  }
  return {first, last}
}

/**
 * Whether reporting cues stand in the sentences of `start` and `end`,
 * outside the span `[start, end)`: the sentence's first cue before it, its
 * last cue at or after its end.
 */
export function cuesAround(layer: WordLayer, cues: SentenceCues, start: number, end: number): CuesAround {
  const sentences = layer.doc.sentences
  const firstSentence = sentenceAt(sentences, start)
  const lastSentence = sentenceAt(sentences, end - 1)
  const cueStart = (index: number) => (layer.words[index] as DocToken).start
  const around = {before: false, after: false}
  for (const sentence of firstSentence === lastSentence ? [firstSentence] : [firstSentence, lastSentence]) {
    if (sentence < 0) continue
    const first = cues.first[sentence] as number
    const last = cues.last[sentence] as number
    if (first >= 0 && cueStart(first) < start) around.before = true
    if (last >= 0 && cueStart(last) >= end) around.after = true
  }
  return around
}

/** Index of the first word of the layer that starts at or after `offset` (binary search). */
export function wordFrom(layer: WordLayer, offset: number): number {
  let low = 0
  let high = layer.words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((layer.words[middle] as DocToken).start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** The text just before an opening mark, read backwards within its paragraph. */
export interface Before {
  /** Up to six words, nearest first, lower case with apostrophes folded. */
  words: string[]
  /** The nearest non-blank character before the mark, or `''` at the paragraph's start. */
  char: string
  /** The non-blank character before `char`, or `''`. */
  charBefore: string
  /** Commas between the sentence's start (or the read limit) and the mark. */
  commas: number
  /** The words read reach back to the start of the sentence or paragraph. */
  reachesStart: boolean
  /** How many words back the nearest reporting cue in use stands (1: right before the mark), or 0 for none within reach. */
  cueDistance: number
}

/** Read the words and characters before `offset`, not before `limit`. */
export function readBefore(text: string, offset: number, limit: number): Before {
  const floor = Math.max(limit, offset - lookBack)
  const words: string[] = []
  let char = ''
  let charBefore = ''
  let commas = 0
  let reachesStart = false
  let index = offset - 1
  let wordEnd = -1
  while (index >= floor && words.length < wordsRead) {
    const code = text.charCodeAt(index)
    if (wordEnd < 0 && endsSentence(text, index)) {
      reachesStart = true
      break
    }
    if (code === 0x2c) commas++
    const inWord = isWordAt(text, index) || (isWordInnerCode(code) && wordEnd >= 0 && isWordAt(text, index - 1))
    if (inWord) {
      if (wordEnd < 0) wordEnd = index + 1
    } else {
      if (wordEnd >= 0) words.push(foldWord(text.slice(index + 1, wordEnd)))
      wordEnd = -1
    }
    if (!isBlankCode(code)) {
      if (char === '') char = text[index] as string
      else if (charBefore === '') charBefore = text[index] as string
    }
    index--
  }
  if (wordEnd >= 0 && words.length < wordsRead) words.push(foldWord(text.slice(index + 1, wordEnd)))
  if (index < limit) reachesStart = true
  return {words, char, charBefore, commas, reachesStart, cueDistance: 0}
}

/**
 * How many words back from the mark at `offset` the nearest reporting cue
 * stands, within {@link wordsRead} words of its sentence (0: none). Cues
 * are the word layer's: `said` in `The said “vendor”` is none.
 */
export function cueDistanceBefore(layer: WordLayer, offset: number, limit: number): number {
  let words = 0
  // Bounded by characters as well as words: a run of marks costs no more than prose.
  const floor = Math.max(limit, offset - lookBack)
  for (let index = wordFrom(layer, offset) - 1; index >= 0 && words < wordsRead; index--) {
    const token = layer.words[index] as DocToken
    if (token.start < floor) break
    if (token.kind !== 'word') {
      if (sentenceEnders.has(token.value)) break
      continue
    }
    words++
    if (startsCue(layer, index)) return words
  }
  return 0
}

/** `-`, `’`, `'` or `.`: part of a word between two of its characters (`well-known`, `don’t`, `U.S.`). */
function isWordInnerCode(code: number): boolean {
  return code === 0x2d || code === 0x2019 || code === 0x27 || code === 0x2e
}

/** Words read after a closing mark when looking for its attribution (`,” Ortiz said`). */
const wordsReadAfter = 4

/**
 * Whether a reporting cue follows within a few words of a closing mark at
 * `offset`, before the sentence ends and not past `limit`: the attribution
 * of the quote.
 */
export function cueFollows(layer: WordLayer, offset: number, limit: number): boolean {
  let words = 0
  const ceiling = Math.min(limit, offset + lookBack)
  for (let index = wordFrom(layer, offset); index < layer.words.length && words < wordsReadAfter; index++) {
    const token = layer.words[index] as DocToken
    if (token.start >= ceiling) return false
    if (token.kind !== 'word') {
      if (sentenceEnders.has(token.value)) return false
      continue
    }
    if (startsCue(layer, index)) return true
    words++
  }
  return false
}

/** A full stop, question or exclamation mark that ends a sentence: blank after it, a word (not an initial) before. */
function endsSentence(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code !== 0x2e && code !== 0x21 && code !== 0x3f) return false
  const next = text.charCodeAt(index + 1)
  // NaN: the text ends here.
  if (next === next && !isBlankCode(next) && !isQuoteMarkCode(next)) return false
  return code !== 0x2e || (isWordAt(text, index - 1) && isWordAt(text, index - 2))
}

/** Whether the words before a mark end with `phrase` (words in reading order). */
export function endsWith(before: readonly string[], phrase: readonly string[]): boolean {
  const length = phrase.length
  if (length > before.length) return false
  for (let at = 0; at < length; at++) if (before[length - 1 - at] !== phrase[at]) return false
  return true
}

/**
 * Whether an opening mark begins its sentence: nothing but blanks, dashes
 * or other opening marks between it and the sentence's (or paragraph's)
 * start, or a full stop just before it.
 */
export function opensSentence(doc: Doc, offset: number, paragraphStart: number, before: Before): boolean {
  if (before.char === '' || sentenceEnders.has(before.char)) return true
  // `… he said.’ ‘Next …`: a closing mark after a full stop ends the sentence before.
  if (isQuoteMarkCode(before.char.charCodeAt(0)) && sentenceEnders.has(before.charBefore)) return true
  const sentence = doc.sentences[sentenceAt(doc.sentences, offset)]
  if (!sentence) return false
  // Bounded: a run of marks longer than a look-back opens nothing (and costs no rescans).
  const start = Math.max(sentence.start, paragraphStart, offset - lookBack)
  if (start === offset - lookBack && start > Math.max(sentence.start, paragraphStart)) return false
  for (let index = offset - 1; index >= start; index--) {
    const char = doc.text[index] as string
    const code = char.charCodeAt(0)
    if (!isBlankCode(code) && !isQuoteMarkCode(code) && !openingPunctuation.has(char)) return false
  }
  return true
}
