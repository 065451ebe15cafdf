/**
 * What the text around a marked span says: the words just before its
 * opening mark, the character before it, whether it opens a sentence, and
 * where the reporting cues of its sentences stand. Every look-back is
 * bounded, and the search for cues stops at the span's marks.
 */
import {foldWord, isBlankCode, isWordAt} from '../engine/chars.js'
import type {Doc, SentenceInfo} from '../engine/document.js'
import {quoteIndex, type QuoteIndex} from './lexicon-index.js'
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

/**
 * Whether a word (folded) is a reporting cue or starts a multi-word one
 * there. `phrasesByFirst` is the settings' multi-word cues by first word.
 */
function isCueAt(doc: Doc, tokenIndex: number, end: number, phrasesByFirst: QuoteIndex['cuePhrasesByFirst']): boolean {
  const token = doc.tokens[tokenIndex]
  if (!token || token.kind !== 'word') return false
  const word = token.lower
  if (doc.settings.cueWords.has(word)) return true
  // Only the phrases that start with this word: most words start none.
  const phrases = phrasesByFirst.get(word)
  if (phrases === undefined) return false
  for (const phrase of phrases) {
    let at = tokenIndex
    let matched = 1
    while (matched < phrase.length) {
      at++
      while (at < end && doc.tokens[at]?.kind === 'whitespace') at++
      const next = doc.tokens[at]
      if (at >= end || !next || next.lower !== phrase[matched]) break
      matched++
    }
    if (matched === phrase.length) return true
  }
  return false
}

/** Where reporting cues stand around a span, in the span's sentences. */
export interface CuesAround {
  /** A cue stands before the span in its sentence. */
  before: boolean
  /** A cue stands after the span in its sentence. */
  after: boolean
}

/**
 * Where reporting cues stand in the sentences of `start` and `end`, outside
 * the span `[start, end)`. Each sentence is read from its ends towards the
 * span and no further, stopping at the first cue: the quote's own words,
 * most of its sentence, are never looked up.
 */
export function cuesAround(doc: Doc, start: number, end: number): CuesAround {
  const around = {before: false, after: false}
  const first = sentenceAt(doc.sentences, start)
  const last = sentenceAt(doc.sentences, end - 1)
  markCues(doc, first, start, end, around)
  if (last !== first) markCues(doc, last, start, end, around)
  return around
}

/** Record in `around` whether a cue of one sentence starts before `start` or at or after `end`. */
function markCues(doc: Doc, sentenceIndex: number, start: number, end: number, around: CuesAround): void {
  const sentence = doc.sentences[sentenceIndex]
  if (!sentence) return
  const {tokens} = doc
  const phrasesByFirst = quoteIndex(doc.settings).cuePhrasesByFirst
  // Tokens run in order of their offsets, so each scan stops where the span begins.
  if (!around.before) {
    for (let index = sentence.tokenStart; index < sentence.tokenEnd && (tokens[index] as {start: number}).start < start; index++) {
      if (isCueAt(doc, index, sentence.tokenEnd, phrasesByFirst)) {
        around.before = true
        break
      }
    }
  }
  if (!around.after) {
    for (let index = sentence.tokenEnd - 1; index >= sentence.tokenStart && (tokens[index] as {start: number}).start >= end; index--) {
      if (isCueAt(doc, index, sentence.tokenEnd, phrasesByFirst)) {
        around.after = true
        break
      }
    }
  }
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
  return {words, char, charBefore, commas, reachesStart}
}

/** `-`, `’`, `'` or `.`: part of a word between two of its characters (`well-known`, `don’t`, `U.S.`). */
function isWordInnerCode(code: number): boolean {
  return code === 0x2d || code === 0x2019 || code === 0x27 || code === 0x2e
}

/** Words read after a closing mark when looking for its attribution (`,” Ortiz said`). */
const wordsReadAfter = 4

/**
 * Whether a reporting cue follows within a few words of a closing mark at
 * `offset`, before the sentence ends: the attribution of the quote.
 */
export function cueFollows(doc: Doc, offset: number, limit: number): boolean {
  const {text, settings} = doc
  const end = Math.min(limit, offset + lookBack)
  let index = offset
  let words = 0
  while (index < end && words < wordsReadAfter) {
    if (endsSentence(text, index)) return false
    if (!isWordAt(text, index)) {
      index++
      continue
    }
    const start = index
    while (index < end && (isWordAt(text, index) || (isApostropheCode(text.charCodeAt(index)) && isWordAt(text, index + 1)))) index++
    if (settings.cueWords.has(foldWord(text.slice(start, index)))) return true
    words++
  }
  return false
}

/** `’` or `'`. */
function isApostropheCode(code: number): boolean {
  return code === 0x2019 || code === 0x27
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
  const start = Math.max(sentence.start, paragraphStart)
  for (let index = offset - 1; index >= start; index--) {
    const char = doc.text[index] as string
    const code = char.charCodeAt(0)
    if (!isBlankCode(code) && !isQuoteMarkCode(code) && !openingPunctuation.has(char)) return false
  }
  return true
}
