/**
 * A sentence as the hedge rules read it: its words and marks without the
 * whitespace, folded to lower case, with contractions opened up
 * (`couldn’t` → `could` `not`, `it’s` → `it` `is`) so the rules see the
 * negation and the verb.
 *
 * @module
 */
import type {Doc, DocToken, SentenceInfo} from '../engine/document.js'
import {isDigit, isUpperAt} from '../engine/chars.js'

/**
 * The words and marks of one sentence as parallel arrays, slot `at` for
 * item `at`: no object per item, and the arrays are reused from sentence to
 * sentence ({@link readSentence} refills them), so reading a sentence
 * allocates nothing but the halves of a contraction. Offsets and capitals
 * are read from the item's token when asked: few items are asked. Slots
 * from `length` on are stale: read items through the accessors below, which
 * check bounds.
 */
export interface Items {
  /** How many items the sentence has. */
  length: number
  /** The folded word (`could`, `not`, `it`), or the mark itself. */
  words: string[]
  /** The item's token (its index in `doc.tokens`) times 4, plus its {@link ItemKind}. */
  codes: number[]
  /** The document's tokens and input, which the codes point into. */
  tokens: readonly DocToken[]
  text: string
}

/**
 * What an item is of its token, in the low two bits of {@link Items.codes}:
 * a mark, a word (the token, or half of a contraction: both halves share
 * the token's offsets), a number without the full stop the parser kept in
 * it (`18` of `18.`), or that stop.
 */
type ItemKind = typeof markKind | typeof wordKind | typeof numberKind | typeof stopKind
const markKind = 0
const wordKind = 1
const numberKind = 2
const stopKind = 3
const kindBits = 3
const tokenShift = 4

/**
 * Empty item arrays for a document, for {@link readSentence} to fill.
 *
 * @example
 * ```ts
 * const items = newItems(doc)
 * ```
 */
export function newItems(doc: Doc): Items {
  return {length: 0, words: [], codes: [], tokens: doc.tokens, text: doc.text}
}

/** Append one item. */
function push(items: Items, word: string, token: number, kind: ItemKind): void {
  const at = items.length
  items.words[at] = word
  items.codes[at] = token * tokenShift + kind
  items.length = at + 1
}

/** The kind of item `at` (in bounds). */
const kindOf = (items: Items, at: number): number => (items.codes[at] as number) & kindBits

/** The token of item `at` (in bounds). */
const tokenOf = (items: Items, at: number): DocToken =>
  items.tokens[Math.floor((items.codes[at] as number) / tokenShift)] as DocToken

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

/** Whether the code unit at `at` (not before `start`) is an apostrophe that `foldWord` makes `'`. */
function isApostropheAt(text: string, at: number, start: number): boolean {
  if (at < start) return false
  const code = text.charCodeAt(at)
  return code === 0x27 || code === 0x2019 || code === 0x2018
}

/*
 * The tests below read the input (`doc.text`), not the token's strings:
 * `value` and `lower` are slices the parser made, and reading their
 * characters costs several times a read of the flat input. A token's
 * `value` is `text.slice(start, end)`.
 */

const lowerT = 0x74
const lowerS = 0x73
const lowerE = 0x65

/**
 * Whether the word in `text` from `start` to `last` (inclusive) may be a
 * contraction {@link openContraction} opens: most words are not, and need
 * no array. Its endings are `n't`, `'s`, `'re` (an apostrophe second or
 * third from the end; lower-casing maps each of those characters to one)
 * and `cannot`; the last letter, read first, rules out most words.
 */
function mayBeContraction(text: string, start: number, last: number): boolean {
  // `| 0x20` lower-cases an ASCII letter; only `T`, `S`, `E` map to these.
  const code = text.charCodeAt(last) | 0x20
  if (code === lowerT) return isApostropheAt(text, last - 1, start) || last - start === 5
  if (code === lowerS) return isApostropheAt(text, last - 1, start)
  return code === lowerE && isApostropheAt(text, last - 2, start)
}

/** Whether the word from `start` to `end` ends in a full stop after a digit (`18.`): the parser keeps the stop in the word. */
function endsInNumberStop(text: string, start: number, end: number): boolean {
  return end - start > 1 && text.charCodeAt(end - 1) === 0x2e && isDigit(text[end - 2])
}

/**
 * Fill `items` (made for this document) with the items of one sentence, in order.
 *
 * @example
 * ```ts
 * readSentence(doc.sentences[0], newItems(doc)).words // ['she', 'could', 'not', 'swim', '.', …]
 * ```
 */
export function readSentence(sentence: SentenceInfo, items: Items): Items {
  items.length = 0
  const {tokens, text} = items
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const token = tokens[index]
    if (!token || token.kind === 'whitespace') continue
    if (token.kind !== 'word') {
      push(items, token.value, index, markKind)
      continue
    }
    // The parser keeps a full stop after a number in the word (`June 18.`): give it back.
    // `lower` is the folded word, computed once per token (the stop is its last character too).
    const stop = endsInNumberStop(text, token.start, token.end)
    const word = stop ? token.lower.slice(0, -1) : token.lower
    const kind = stop ? numberKind : wordKind
    if (mayBeContraction(text, token.start, token.end - (stop ? 2 : 1))) {
      for (const part of openContraction(word)) push(items, part, index, kind)
    } else {
      push(items, word, index, kind)
    }
    if (stop) push(items, '.', index, stopKind)
  }
  return items
}

/**
 * Whether item `at` is a word (not a mark, not past either end).
 *
 * @example
 * ```ts
 * isWordAt(items, -1) // false
 * ```
 */
export function isWordAt(items: Items, at: number): boolean {
  if (at < 0 || at >= items.length) return false
  const kind = kindOf(items, at)
  return kind === wordKind || kind === numberKind
}

/**
 * Whether item `at` starts with a capital letter as written.
 *
 * @example
 * ```ts
 * isCapitalisedAt(items, 0) // true for `Critics say …`
 * ```
 */
export function isCapitalisedAt(items: Items, at: number): boolean {
  if (at < 0 || at >= items.length || kindOf(items, at) === stopKind) return false
  return isUpperAt(items.text, tokenOf(items, at).start)
}

/**
 * Where item `at` (in bounds) starts in the input.
 *
 * @example
 * ```ts
 * startOf(items, 0) // 0 for the first word of the input
 * ```
 */
export function startOf(items: Items, at: number): number {
  const token = tokenOf(items, at)
  return kindOf(items, at) === stopKind ? token.end - 1 : token.start
}

/**
 * Where item `at` (in bounds) ends in the input.
 *
 * @example
 * ```ts
 * endOf(items, 0) // 3 for `The …`
 * ```
 */
export function endOf(items: Items, at: number): number {
  const token = tokenOf(items, at)
  return kindOf(items, at) === numberKind ? token.end - 1 : token.end
}

/**
 * Whether item `at` is a word starting with a digit (`200`, `1,900`, `4:40`, `20s`).
 *
 * @example
 * ```ts
 * isNumeral(items, 0) // true for `200`
 * ```
 */
export function isNumeral(items: Items, at: number): boolean {
  return isWordAt(items, at) && isDigit((items.words[at] as string)[0])
}

/**
 * The word at `at`, or `''` past either end or at a mark.
 *
 * @example
 * ```ts
 * wordAt(items, -1) // ''
 * ```
 */
export function wordAt(items: Items, at: number): string {
  return isWordAt(items, at) ? (items.words[at] as string) : ''
}

/**
 * The word or mark at `at`, or `''` past either end.
 *
 * @example
 * ```ts
 * textAt(items, 4) // '.' for `she could not swim.`
 * ```
 */
export function textAt(items: Items, at: number): string {
  return at >= 0 && at < items.length ? (items.words[at] as string) : ''
}
