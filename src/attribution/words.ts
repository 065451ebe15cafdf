/**
 * The view the attribution rules read: the document's tokens without
 * whitespace, each knowing its sentence and whether it stands inside a
 * marked quote, with sentence bounds in word indices.
 */
import type {Doc, DocToken} from '../engine/document.js'
import {isUpperAt} from '../engine/chars.js'
import {buildWordFilter, mayBeListed} from '../engine/word-filter.js'
import type {Quote} from '../types.js'
import type {CueMatch} from './cues.js'
import type {Mention} from './mentions.js'
import type {MentionInfo} from './names.js'

/** Bits of {@link WordView.flags}. */
const WORD = 1
const CAPITAL = 2
const OPENER = 4
const CUE = 8

/** The words of a document and where its sentences and quotes lie among them. */
export interface WordView {
  doc: Doc
  /**
   * The non-whitespace tokens, in order: the document's own objects (their
   * `lower` is the folded value every rule compares), so the view allocates
   * no object per word; what the view adds per word sits in typed arrays.
   */
  words: DocToken[]
  /** Per word, the index of the innermost marked quote whose span holds it, or -1. */
  quoteOf: Int32Array
  /**
   * Per word, {@link WORD} (a word, not punctuation), {@link CAPITAL} (a word
   * starting with a capital), {@link OPENER} (its sentence's first word,
   * opening marks aside), {@link CUE} (a word some cue may start with).
   */
  flags: Uint8Array
  /** Index of each sentence's first word. */
  sentenceStart: number[]
  /** Index one past each sentence's last word. */
  sentenceEnd: number[]
  /** The marked quotes, in order. */
  quotes: readonly Quote[]
  /** For each marked quote, the index of the quote whose span holds it, or -1. */
  parentQuote: number[]
  /** For each marked quote, its first and one-past-last word. */
  quoteWords: Array<readonly [number, number]>
  /**
   * The cue at each candidate word ({@link CUE}), filled on first ask:
   * several rules ask about the same word. A map by word index, not an
   * array per word: few words are candidates.
   */
  cues: Map<number, CueMatch | null>
  /** What each mention read so far says, by its first word (mentions sharing it are chained). */
  mentionInfos: Map<number, CachedInfo>
  /**
   * The subject last read before the cue at each word (absent: not read
   * yet), with the lower bound it was read for in {@link subjectFloors}:
   * rules ask about one cue again with the same bound.
   */
  subjects: Map<number, Mention | null>
  subjectFloors: Int32Array
  /**
   * How each capitalised sentence opener is written where its place does
   * not decide the case: bit 1 lower-case, bit 2 capitalised inside a
   * sentence. Built on first ask, null before.
   */
  caseUse: Map<string, number> | null
}

/** A cached mention read, with the bounds it is for; the next read of a mention with the same first word, or null. */
export interface CachedInfo {
  end: number
  headStart: number
  headEnd: number
  info: MentionInfo
  next: CachedInfo | null
}

/**
 * Per-word buffers for one view, on one buffer (one allocation, not three).
 * A fresh set per document: a set kept and reused across analyses would be
 * shared state, which copydesk does not keep (every call is pure).
 */
function buffersFor(size: number): {quoteOf: Int32Array; flags: Uint8Array; subjectFloors: Int32Array} {
  const buffer = new ArrayBuffer(size * 9)
  return {quoteOf: new Int32Array(buffer, 0, size), subjectFloors: new Int32Array(buffer, size * 4, size), flags: new Uint8Array(buffer, size * 8, size)}
}

/** An end past any offset (strings are shorter than 2³⁰ code units), kept a small integer. */
const NO_END = 0x3fffffff

/**
 * Build the view once per analysis: one pass over tokens and quotes.
 * `mayStartCue` tells, from a word's folded form, whether some cue may start
 * with it: candidates are marked while each word is at hand, so the rules
 * visit only those.
 */
export function buildWordView(doc: Doc, quotes: readonly Quote[], mayStartCue: (lower: string) => boolean): WordView {
  // The document keeps no white space: its tokens are the words, as they are.
  const words = doc.tokens
  const {quoteOf, flags, subjectFloors} = buffersFor(words.length)
  const sentenceStart: number[] = new Array<number>(doc.sentences.length).fill(0)
  const sentenceEnd: number[] = new Array<number>(doc.sentences.length).fill(0)
  // Open quotes as a stack, so nested quotes give the innermost one; a quote's
  // last word is known when it leaves the stack (every word read while it was open is inside it).
  // The innermost open quote and its end are kept in locals: every word is checked against them.
  const open: number[] = []
  let inner = -1
  let innerEnd = NO_END
  const parentQuote: number[] = quotes.map(() => -1)
  const quoteWords: Array<[number, number]> = quotes.map(() => [0, 0])
  let next = 0
  let lastSentence = -1
  let seenWord = false
  let index = 0
  for (; index <= words.length; index++) {
    const token = words[index]
    // Past the last word, every quote still open closes (and with none open, nothing does: NO_END stays ahead).
    const at = token === undefined ? NO_END - 1 : token.start
    while (innerEnd <= at) {
      ;(quoteWords[inner] as [number, number])[1] = index
      open.pop()
      inner = open.length > 0 ? (open[open.length - 1] as number) : -1
      innerEnd = inner >= 0 ? (quotes[inner] as Quote).end : NO_END
    }
    if (token === undefined) break
    while (next < quotes.length && (quotes[next] as Quote).start <= at) {
      // Every quote ending by `at` closed above, and a quote opened here ends after `at`: `inner` holds this one.
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
    const sentence = token.sentence
    if (sentence !== lastSentence) {
      // A sentence ends where the next begins: its end is written once, not per word.
      if (lastSentence >= 0) sentenceEnd[lastSentence] = index
      sentenceStart[sentence] = index
      lastSentence = sentence
      seenWord = false
    }
    quoteOf[index] = inner
    if (token.kind === 'word') {
      flags[index] = WORD | (isUpperAt(token.value, 0) ? CAPITAL : 0) | (seenWord ? 0 : OPENER) | (mayStartCue(token.lower) ? CUE : 0)
      seenWord = true
    } else flags[index] = 0
  }
  if (lastSentence >= 0) sentenceEnd[lastSentence] = words.length
  return {doc, words, quoteOf, flags, sentenceStart, sentenceEnd, quotes, parentQuote, quoteWords, cues: new Map(), mentionInfos: new Map(), subjects: new Map(), subjectFloors, caseUse: null}
}

/** Index of the innermost marked quote holding the word at an index, or -1 (also outside the view). */
export function quoteAt(view: WordView, index: number): number {
  return index >= 0 && index < view.words.length ? (view.quoteOf[index] as number) : -1
}

/** The flag bits of the word at an index (0 outside the view). */
function flagsAt(view: WordView, index: number): number {
  return index >= 0 && index < view.words.length ? (view.flags[index] as number) : 0
}

/** Whether the word at an index is a word token (not punctuation). */
export function isWordToken(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & WORD) !== 0
}

/** Whether the word at an index is the punctuation mark `mark`. */
export function isMark(view: WordView, index: number, mark: string): boolean {
  const word = view.words[index]
  return word !== undefined && word.kind !== 'word' && word.value === mark
}

/** Whether the word at an index may start a cue: a cheap test before the cue is read. */
export function isCueCandidate(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & CUE) !== 0
}

/**
 * The next word at or after `from`, before `end`, that starts with a
 * capital, or `end`: a scan over the flags alone, for rules that only
 * start at capitals.
 */
export function nextCapital(view: WordView, from: number, end: number): number {
  const flags = view.flags
  const limit = Math.min(end, view.words.length)
  let index = Math.max(from, 0)
  while (index < limit && ((flags[index] as number) & CAPITAL) === 0) index++
  return index < limit ? index : end
}

/**
 * The next cue candidate at or after `from`, before `end`, outside marked
 * quotes, or `end`: the words a rule looking for cues needs to visit.
 */
export function nextCueCandidate(view: WordView, from: number, end: number): number {
  const {flags, quoteOf} = view
  const limit = Math.min(end, view.words.length)
  let index = Math.max(from, 0)
  while (index < limit && (((flags[index] as number) & CUE) === 0 || (quoteOf[index] as number) >= 0)) index++
  return index < limit ? index : end
}

/** Whether the word at an index starts with a capital letter. */
export function isCapitalised(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & CAPITAL) !== 0
}

/** Whether the word at an index opens its sentence (ignoring opening marks). */
export function opensSentence(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & OPENER) !== 0
}

/** Characters that open or close quotations. */
const quoteMarks = new Set(['“', '”', '"', '‘', '’', "'", '„', '«', '»', '‹', '›', '‚', '‛'])

/** Whether the word at an index is a quotation mark. */
export function isQuoteMark(view: WordView, index: number): boolean {
  const word = view.words[index]
  return word !== undefined && word.kind !== 'word' && quoteMarks.has(word.value)
}

/** Whether the token at an index is an apostrophe closing a plural possessive (`Patients’ Voice`). */
export function isPossessiveMark(view: WordView, index: number): boolean {
  const word = view.words[index]
  const before = view.words[index - 1]
  if (!word || !before || word.kind === 'word' || before.kind !== 'word') return false
  const value = word.value
  return (value === '’' || value === "'") && before.end === word.start && before.lower.endsWith('s')
}

/** The case bits of one word where its place does not decide its case (see {@link WordView.caseUse}). */
function caseBits(view: WordView, index: number): number {
  const bits = view.flags[index] as number
  if ((bits & WORD) === 0 || (bits & OPENER) !== 0) return 0
  return (bits & CAPITAL) !== 0 ? 2 : 1
}

/**
 * How the capitalised sentence openers of a view are written elsewhere,
 * built on first ask: the openers are few (one a sentence), so one pass
 * over the other words, through a word filter of the openers, looks
 * up only the words that may be one of them.
 */
function caseUseOf(view: WordView): Map<string, number> {
  if (view.caseUse) return view.caseUse
  const {words, flags} = view
  const use = new Map<string, number>()
  const opener = WORD | CAPITAL | OPENER
  for (let index = 0; index < words.length; index++) {
    if (((flags[index] as number) & opener) === opener) use.set((words[index] as DocToken).lower, 0)
  }
  const filter = buildWordFilter(use.keys())
  for (let index = 0; index < words.length; index++) {
    const bits = caseBits(view, index)
    if (bits === 0) continue
    const lower = (words[index] as DocToken).lower
    if (!mayBeListed(filter, lower)) continue
    const known = use.get(lower)
    if (known !== undefined) use.set(lower, known | bits)
  }
  view.caseUse = use
  return use
}

/**
 * Whether a capitalised sentence opener is a common noun by the document's
 * own use: the same word is written lower-case elsewhere and never
 * capitalised inside a sentence (`Regulars said ...` after `the regulars`).
 */
export function writtenLowerElsewhere(view: WordView, lower: string): boolean {
  return caseUseOf(view).get(lower) === 1
}
