/**
 * What one mark character does where it stands: opens a quote, closes
 * one, could do either (the straight `"`), or is an apostrophe. Decided
 * from the mark's shape and the characters right around it only, so each
 * mark costs constant time.
 */
import {isBlankCode, isDigit, isWordChar} from '../engine/chars.js'
import {quoteMarks, type QuoteMarkFamily} from '../lexicon/quote-marks.js'

/**
 * The role of a mark character.
 *
 * - `open` / `close`: opens or closes a quote of its family.
 * - `toggle`: closes an open quote of its family if there is one, else opens one.
 * - `none`: not a quotation mark here (an apostrophe, a stray mark between spaces).
 */
export type MarkRole = 'open' | 'close' | 'toggle' | 'none'

/** A mark character classified where it stands. */
export interface Mark {
  /** Offset of the character. */
  index: number
  family: QuoteMarkFamily
  role: MarkRole
  /**
   * A closing mark that may as well be an apostrophe (`workers’ union`):
   * used only when no surer closing mark follows in the paragraph.
   */
  weak: boolean
}

/** Characters after which a mark may open a quote. */
const opensAfter = new Set(['(', '[', '{', '—', '–', '-', '/', '…'])
/** Characters before which a mark may close a quote. */
const closesBefore = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/', '…'])

/**
 * The code units of {@link quoteMarks}, as a table indexed by code unit:
 * scanners test every character of a paragraph, and a typed-array read is
 * far cheaper than looking a one-character string up in the lexicon.
 */
const quoteMarkTable: Uint8Array = (() => {
  const codes = Object.keys(quoteMarks).map((char) => char.charCodeAt(0))
  const table = new Uint8Array(Math.max(...codes) + 1)
  for (const code of codes) table[code] = 1
  return table
})()

/** Whether a code unit is one of the {@link quoteMarks}. */
export function isQuoteMarkCode(code: number): boolean {
  return code < quoteMarkTable.length && quoteMarkTable[code] === 1
}

/**
 * Offset of the first quotation mark in `[from, to)`, or `to`. The pairing
 * scan reads every character of the story: a tight loop over code units
 * with nothing but locals keeps it cheap.
 */
export function nextQuoteMark(text: string, from: number, to: number): number {
  const table = quoteMarkTable
  const size = table.length
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code < size && table[code] === 1) return index
  }
  return to
}

/** Longest elided word looked at after an apostrophe, so the look-ahead stays bounded. */
const maxElision = 8

function isBlankChar(char: string | undefined): boolean {
  return char === undefined || isBlankCode(char.charCodeAt(0))
}

function canOpenAfter(prev: string | undefined): boolean {
  return isBlankChar(prev) || opensAfter.has(prev as string) || quoteMarks[prev as string] !== undefined
}

function canCloseBefore(next: string | undefined): boolean {
  return isBlankChar(next) || closesBefore.has(next as string) || quoteMarks[next as string] !== undefined
}

/**
 * Whether an apostrophe at `index` elides the start of the word after it
 * (`’em`, `’til`, `’90s`). Returns how many characters after `index` the
 * elision covers when its second apostrophe belongs to it too (`’n’`),
 * `0` for a plain elision, `-1` when it is no elision.
 */
export function elisionAt(text: string, index: number, elisions: ReadonlySet<string>): number {
  if (isDigit(text[index + 1]) && isDigit(text[index + 2])) return 0
  let end = index + 1
  while (end < text.length && end - index <= maxElision && isWordChar(text[end])) end++
  if (end === index + 1 || isWordChar(text[end])) return -1
  const word = text.slice(index + 1, end).toLowerCase()
  if (!elisions.has(word)) return -1
  // `’n’`: the closing apostrophe is part of the elision, not a closing mark.
  const after = text[end]
  return after !== undefined && quoteMarks[after]?.family === 'single' && isBlankChar(text[end + 1])
    ? end - index
    : 0
}

/**
 * Classify the mark at `index`. `skip` is set when the mark swallows a
 * later apostrophe of the same elision (`’n’`).
 */
export function classifyMark(
  text: string,
  index: number,
  elisions: ReadonlySet<string>,
): {mark: Mark; skip: number} | undefined {
  const char = text[index] as string
  const info = quoteMarks[char]
  if (!info) return undefined
  const prev = index > 0 ? text[index - 1] : undefined
  const next = text[index + 1]
  const leftFlanking = !isBlankChar(next) && canOpenAfter(prev)
  const rightFlanking = !isBlankChar(prev) && canCloseBefore(next)
  const inWord = isWordChar(prev) && isWordChar(next)
  const single = info.family === 'single'
  const make = (role: MarkRole, weak = false) => ({mark: {index, family: info.family, role, weak}, skip: 0})

  if (single && inWord) return make('none')
  if (single && leftFlanking && !rightFlanking) {
    const elision = elisionAt(text, index, elisions)
    if (elision >= 0) return {mark: {index, family: info.family, role: 'none', weak: false}, skip: elision}
  }
  if (leftFlanking && rightFlanking) return make(info.shape === 'neutral' ? 'toggle' : info.shape === 'opening' ? 'open' : 'close')
  if (leftFlanking) return make('open')
  if (rightFlanking) return make('close', single && mayBeApostrophe(text, index))
  // Between spaces a mark is stray; inside a word only a curly double mark still trusts its shape.
  if (info.shape === 'neutral' || single || !inWord) return make('none')
  return make(info.shape === 'opening' ? 'open' : 'close')
}

/**
 * A closing single mark after a word that may end in an apostrophe
 * (plural possessive `workers’`, dropped g `goin’`) with more words after
 * it in the same clause.
 */
function mayBeApostrophe(text: string, index: number): boolean {
  const prev = text[index - 1]
  const next = text[index + 1]
  if (next === undefined || !isBlankCode(next.charCodeAt(0))) return false
  if (prev === 's' || prev === 'S' || prev === 'z') return true
  return prev === 'n' && text[index - 2] === 'i'
}
