/**
 * What one mark character does where it stands: opens a quote, closes
 * one, could do either (the straight `"`), or is an apostrophe. Decided
 * from the mark's shape and the characters right around it only, so each
 * mark costs constant time.
 */
import {isBlankCode, isDigit, isWordAt, isWordChar} from '../engine/chars.js'
import {quoteMarks, type QuoteMark, type QuoteMarkFamily} from '../lexicon/quote-marks.js'

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

/** The {@link quoteMarks} entries, in a list that {@link quoteMarkTable} points into. */
const quoteMarkList: readonly QuoteMark[] = Object.values(quoteMarks) as QuoteMark[]

/**
 * The code units of {@link quoteMarks}, as a table indexed by code unit
 * holding 1 + the mark's place in {@link quoteMarkList} (0: no mark):
 * scanners test every character of a paragraph, and a typed-array read is
 * far cheaper than looking a one-character string up in the lexicon.
 */
const quoteMarkTable: Uint8Array = (() => {
  const chars = Object.keys(quoteMarks)
  const table = new Uint8Array(Math.max(...chars.map((char) => char.charCodeAt(0))) + 1)
  chars.forEach((char, at) => {
    table[char.charCodeAt(0)] = at + 1
  })
  return table
})()

/** Whether a code unit is one of the {@link quoteMarks}. */
export function isQuoteMarkCode(code: number): boolean {
  return code < quoteMarkTable.length && quoteMarkTable[code] !== 0
}

/** The {@link quoteMarks} entry of a code unit (NaN: none), without a one-character string. */
export function quoteMarkOfCode(code: number): QuoteMark | undefined {
  const at = code < quoteMarkTable.length ? (quoteMarkTable[code] as number) : 0
  return at === 0 ? undefined : quoteMarkList[at - 1]
}

/** Any one of the {@link quoteMarks}, each written as a Unicode escape. */
const quoteMarkPattern = new RegExp(
  `[${Object.keys(quoteMarks).map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
)

/**
 * Offsets of every quotation mark of `text` from `start` to `end`, in
 * order. The pairing reads every character of the story for these: a
 * regular expression scans several times faster than a loop over code
 * units, and the few offsets it finds are then read paragraph by paragraph.
 * Only the range is scanned (a section of a long input, not all of it).
 */
export function quoteMarkOffsets(text: string, start = 0, end = text.length): number[] {
  const offsets: number[] = []
  const pattern = quoteMarkPattern
  // A range that is most of the input (an article) is scanned in place, the
  // marks outside it dropped: a slice would cost a copy. A section is sliced.
  const whole = 2 * (end - start) > text.length
  const range = whole ? text : text.slice(start, end)
  const base = whole ? 0 : start
  pattern.lastIndex = whole ? start : 0
  // Every mark is one code unit, so it ends right before `lastIndex`.
  while (pattern.test(range)) {
    const offset = base + pattern.lastIndex - 1
    if (offset >= end) break
    offsets.push(offset)
  }
  return offsets
}

/** Longest elided word looked at after an apostrophe, so the look-ahead stays bounded. */
const maxElision = 8

function isBlankChar(char: string | undefined): boolean {
  return char === undefined || isBlankCode(char.charCodeAt(0))
}

function canOpenAfter(prev: string | undefined): boolean {
  return isBlankChar(prev) || opensAfter.has(prev as string) || isQuoteMarkCode((prev as string).charCodeAt(0))
}

function canCloseBefore(next: string | undefined): boolean {
  return isBlankChar(next) || closesBefore.has(next as string) || isQuoteMarkCode((next as string).charCodeAt(0))
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
  while (end < text.length && end - index <= maxElision && isWordAt(text, end)) end++
  if (end === index + 1 || isWordAt(text, end)) return -1
  const word = text.slice(index + 1, end).toLowerCase()
  if (!elisions.has(word)) return -1
  // `’n’`: the closing apostrophe is part of the elision, not a closing mark.
  const after = text[end]
  return after !== undefined && quoteMarkOfCode(after.charCodeAt(0))?.family === 'single' && isBlankChar(text[end + 1])
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
  const info = quoteMarkOfCode(text.charCodeAt(index))
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
