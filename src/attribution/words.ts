/**
 * The view the attribution rules read: the document's tokens without
 * whitespace, each knowing its sentence and whether it stands inside a
 * marked quote, with sentence bounds in word indices.
 */
import type {Doc, DocToken} from '../engine/document.js'
import {foldWord, isUpper} from '../engine/chars.js'
import type {Quote} from '../types.js'

/** One non-whitespace token. */
export interface Word {
  token: DocToken
  /** Folded value: lower case, curly apostrophes made straight. */
  lower: string
  /** Index of the innermost marked quote whose span holds the token, or -1. */
  quote: number
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
  // Open quotes as a stack, so nested quotes give the innermost one.
  const open: number[] = []
  const parentQuote: number[] = quotes.map(() => -1)
  const quoteWords: Array<[number, number]> = quotes.map(() => [0, 0])
  let next = 0
  let lastSentence = -1
  for (const token of doc.tokens) {
    if (token.kind === 'whitespace') continue
    while (open.length > 0 && (quotes[open[open.length - 1] as number] as Quote).end <= token.start) open.pop()
    while (next < quotes.length && (quotes[next] as Quote).start <= token.start) {
      const quote = quotes[next] as Quote
      while (open.length > 0 && (quotes[open[open.length - 1] as number] as Quote).end <= quote.start) open.pop()
      parentQuote[next] = open.length > 0 ? (open[open.length - 1] as number) : -1
      quoteWords[next] = [words.length, words.length]
      if (quote.end > token.start) open.push(next)
      next++
    }
    const inside = open.length > 0 ? (open[open.length - 1] as number) : -1
    for (const quoteIndex of open) (quoteWords[quoteIndex] as [number, number])[1] = words.length + 1
    if (token.sentence !== lastSentence) {
      sentenceStart[token.sentence] = words.length
      lastSentence = token.sentence
    }
    words.push({token, lower: token.lower, quote: inside})
    sentenceEnd[token.sentence] = words.length
  }
  return {doc, words, sentenceStart, sentenceEnd, quotes, parentQuote, quoteWords}
}

/** Whether the word at an index is a word token (not punctuation). */
export function isWordToken(view: WordView, index: number): boolean {
  return view.words[index]?.token.kind === 'word'
}

/** Whether the word at an index is the punctuation mark `mark`. */
export function isMark(view: WordView, index: number, mark: string): boolean {
  const word = view.words[index]
  return word !== undefined && word.token.kind !== 'word' && word.token.value === mark
}

/** Whether the word at an index starts with a capital letter. */
export function isCapitalised(view: WordView, index: number): boolean {
  const word = view.words[index]
  return word !== undefined && word.token.kind === 'word' && isUpper(word.token.value.charAt(0))
}

/** Whether the word at an index opens its sentence (ignoring opening marks). */
export function opensSentence(view: WordView, index: number): boolean {
  const word = view.words[index]
  if (!word) return false
  let first = view.sentenceStart[word.token.sentence] ?? index
  while (first < index && !isWordToken(view, first)) first++
  return first === index
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
