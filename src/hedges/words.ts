/**
 * A sentence as the hedge rules read it: its words and marks without the
 * whitespace, folded to lower case, with contractions opened up
 * (`couldn’t` → `could` `not`, `it’s` → `it` `is`) so the rules see the
 * negation and the verb.
 *
 * @module
 */
import type {Doc, SentenceInfo} from '../engine/document.js'
import {isDigit, isUpper} from '../engine/chars.js'

/** One word or mark of a sentence. */
export interface Item {
  /** The folded word (`could`, `not`, `it`), or the mark itself. */
  word: string
  /** Whether it is a word (not punctuation or a symbol). */
  isWord: boolean
  /** Whether the word as written starts with a capital letter. */
  capitalised: boolean
  /** Offsets in the input (both halves of a contraction share the token's). */
  start: number
  end: number
}

const negatedStems: Readonly<Record<string, string>> = {ca: 'can', wo: 'will', sha: 'shall', ai: 'is'}
const contractedBe = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how'])

/** Split a folded word into the words it contracts. */
function openContraction(word: string): readonly string[] {
  if (word.length > 3 && word.endsWith("n't")) {
    const stem = word.slice(0, -3)
    return [negatedStems[stem] ?? stem, 'not']
  }
  if (word.endsWith("'s") && contractedBe.has(word.slice(0, -2))) return [word.slice(0, -2), 'is']
  if (word.endsWith("'re")) return [word.slice(0, -3), 'are']
  if (word === 'cannot') return ['can', 'not']
  return [word]
}

/**
 * Whether a word may be a contraction {@link openContraction} opens: most
 * words are not, and need no array. Its endings (`n't`, `'s`, `'re`) put an
 * apostrophe second or third from the end.
 */
function mayBeContraction(word: string): boolean {
  const length = word.length
  if (length < 2) return false
  return word.charCodeAt(length - 2) === 0x27 || (length > 2 && word.charCodeAt(length - 3) === 0x27) || word === 'cannot'
}

/** Whether a token's text starts with a capital letter (ASCII decided without the regex of {@link isUpper}). */
function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return isUpper(value[0])
}

/** Whether a word ends in a full stop after a digit (`18.`): the parser keeps the stop in the word. */
function endsInNumberStop(value: string): boolean {
  const length = value.length
  return length > 1 && value.charCodeAt(length - 1) === 0x2e && isDigit(value[length - 2])
}

/**
 * The items of one sentence, in order.
 *
 * @example
 * ```ts
 * sentenceItems(doc, doc.sentences[0]).map((item) => item.word) // ['she', 'could', 'not', 'swim', '.']
 * ```
 */
export function sentenceItems(doc: Doc, sentence: SentenceInfo): Item[] {
  const items: Item[] = []
  const {tokens} = doc
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const token = tokens[index]
    if (!token || token.kind === 'whitespace') continue
    const capitalised = startsUpper(token.value)
    if (token.kind !== 'word') {
      items.push({word: token.value, isWord: false, capitalised, start: token.start, end: token.end})
      continue
    }
    // The parser keeps a full stop after a number in the word (`June 18.`): give it back.
    // `lower` is the folded word, computed once per token (the stop is its last character too).
    const stop = endsInNumberStop(token.value) ? 1 : 0
    const word = stop === 1 ? token.lower.slice(0, -1) : token.lower
    const end = token.end - stop
    if (mayBeContraction(word)) {
      for (const part of openContraction(word)) items.push({word: part, isWord: true, capitalised, start: token.start, end})
    } else {
      items.push({word, isWord: true, capitalised, start: token.start, end})
    }
    if (stop === 1) items.push({word: '.', isWord: false, capitalised: false, start: token.end - 1, end: token.end})
  }
  return items
}

/**
 * Whether the item is a word starting with a digit (`200`, `1,900`, `4:40`, `20s`).
 *
 * @example
 * ```ts
 * isNumeral(items[0]) // true for `200`
 * ```
 */
export function isNumeral(item: Item | undefined): boolean {
  return item !== undefined && item.isWord && isDigit(item.word[0])
}

/**
 * The word at `index`, or `''` past either end or at a mark.
 *
 * @example
 * ```ts
 * wordAt(items, -1) // ''
 * ```
 */
export function wordAt(items: readonly Item[], index: number): string {
  const item = items[index]
  return item?.isWord ? item.word : ''
}
