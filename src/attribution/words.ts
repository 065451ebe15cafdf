/**
 * The view the attribution rules read: the document's tokens without
 * whitespace, each knowing its sentence and whether it stands inside a
 * marked quote, with sentence bounds in word indices.
 */
import type {Doc, DocToken} from '../engine/document.js'
import {isUpper} from '../engine/chars.js'
import type {Quote} from '../types.js'
import type {CueMatch} from './cues.js'
import type {Mention} from './mentions.js'
import type {MentionInfo} from './names.js'

/** One non-whitespace token. */
export interface Word {
  token: DocToken
  /** Folded value: lower case, curly apostrophes made straight. */
  lower: string
  /** Index of the innermost marked quote whose span holds the token, or -1. */
  quote: number
  /** Whether the token is a word (not punctuation). */
  isWord: boolean
  /** Whether the token is a word starting with a capital letter. */
  capital: boolean
  /** Whether the token is its sentence's first word (opening marks aside). */
  opener: boolean
}

/** The words of a document and where its sentences and quotes lie among them. */
export interface WordView {
  doc: Doc
  words: Word[]
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
  /** The cue at each word, filled on first ask (`undefined`: not read yet): several rules ask about the same word. */
  cues: Array<CueMatch | null | undefined>
  /** What each mention read so far says, keyed by its packed bounds. */
  mentionInfos: Map<number, MentionInfo>
  /** The subject read before a cue, keyed by the cue and how far back it may reach. */
  subjects: Map<number, Mention | null>
}

/** Whether a word starts with a capital letter: ASCII first, the Unicode class only beyond it. */
function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return isUpper(value.charAt(0))
}

/** Build the view once per analysis: one pass over tokens and quotes. */
export function buildWordView(doc: Doc, quotes: readonly Quote[]): WordView {
  const words: Word[] = []
  const sentenceStart: number[] = []
  const sentenceEnd: number[] = []
  for (let index = 0; index < doc.sentences.length; index++) {
    sentenceStart.push(0)
    sentenceEnd.push(0)
  }
  // Open quotes as a stack, so nested quotes give the innermost one; a quote's
  // last word is known when it leaves the stack (every word read while it was open is inside it).
  const open: number[] = []
  const parentQuote: number[] = quotes.map(() => -1)
  const quoteWords: Array<[number, number]> = quotes.map(() => [0, 0])
  const close = (): void => {
    const quoteIndex = open.pop() as number
    ;(quoteWords[quoteIndex] as [number, number])[1] = words.length
  }
  let next = 0
  let lastSentence = -1
  let seenWord = false
  const tokens = doc.tokens
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    const token = tokens[tokenIndex] as DocToken
    if (token.kind === 'whitespace') continue
    const at = token.start
    while (open.length > 0 && (quotes[open[open.length - 1] as number] as Quote).end <= at) close()
    while (next < quotes.length && (quotes[next] as Quote).start <= at) {
      const quote = quotes[next] as Quote
      while (open.length > 0 && (quotes[open[open.length - 1] as number] as Quote).end <= quote.start) close()
      parentQuote[next] = open.length > 0 ? (open[open.length - 1] as number) : -1
      quoteWords[next] = [words.length, words.length]
      if (quote.end > at) open.push(next)
      next++
    }
    const inside = open.length > 0 ? (open[open.length - 1] as number) : -1
    const sentence = token.sentence
    if (sentence !== lastSentence) {
      sentenceStart[sentence] = words.length
      lastSentence = sentence
      seenWord = false
    }
    const isWord = token.kind === 'word'
    words.push({token, lower: token.lower, quote: inside, isWord, capital: isWord && startsUpper(token.value), opener: isWord && !seenWord})
    if (isWord) seenWord = true
    sentenceEnd[sentence] = words.length
  }
  while (open.length > 0) close()
  const cues: Array<CueMatch | null | undefined> = new Array<CueMatch | null | undefined>(words.length)
  return {doc, words, sentenceStart, sentenceEnd, quotes, parentQuote, quoteWords, cues, mentionInfos: new Map(), subjects: new Map()}
}

/** Whether the word at an index is a word token (not punctuation). */
export function isWordToken(view: WordView, index: number): boolean {
  return view.words[index]?.isWord === true
}

/** Whether the word at an index is the punctuation mark `mark`. */
export function isMark(view: WordView, index: number, mark: string): boolean {
  const word = view.words[index]
  return word !== undefined && word.token.kind !== 'word' && word.token.value === mark
}

/** Whether the word at an index starts with a capital letter. */
export function isCapitalised(view: WordView, index: number): boolean {
  return view.words[index]?.capital === true
}

/** Whether the word at an index opens its sentence (ignoring opening marks). */
export function opensSentence(view: WordView, index: number): boolean {
  return view.words[index]?.opener === true
}

/** Characters that open or close quotations. */
const quoteMarks = new Set(['“', '”', '"', '‘', '’', "'", '„', '«', '»', '‹', '›', '‚', '‛'])

/** Whether the word at an index is a quotation mark. */
export function isQuoteMark(view: WordView, index: number): boolean {
  const word = view.words[index]
  return word !== undefined && word.token.kind !== 'word' && quoteMarks.has(word.token.value)
}

/** Whether the token at an index is an apostrophe closing a plural possessive (`Patients’ Voice`). */
export function isPossessiveMark(view: WordView, index: number): boolean {
  const word = view.words[index]
  const before = view.words[index - 1]
  if (!word || !before || word.token.kind === 'word' || before.token.kind !== 'word') return false
  const value = word.token.value
  return (value === '’' || value === "'") && before.token.end === word.token.start && before.lower.endsWith('s')
}
