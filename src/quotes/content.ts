/**
 * The form of what stands between two marks: how many words, whether they
 * are in title case, whether they end like a clause. Reads at most a
 * bounded prefix, so a long quote costs no more than a short one.
 */
import {isUpperAt, isWordAt} from '../engine/chars.js'

/** The form of a marked span's content. */
export interface ContentForm {
  /** Number of words, counted up to {@link maxWords}. */
  words: number
  /** The first word starts with a capital letter. */
  capitalised: boolean
  /** Every word but the small ones (`of`, `the`) is capitalised, and one is: a title or a name. */
  titleCase: boolean
  /** Ends with punctuation that closes a clause or sentence (`.`, `,`, `?`, `!`, `;`, `:`, `…`, a dash). */
  terminal: boolean
  /** Ends with punctuation that closes a sentence (`.`, `?`, `!`, `…`); a title may end in a comma inside its marks. */
  sentenceEnd: boolean
}

/** Words counted at most: enough to tell a fragment from a clause. */
export const maxWords = 12
/** Code units read from the content's start. */
const prefixRead = 240

const smallWords = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or',
  'the', 'to', 'vs', 'via', 'with', 'de', 'la', 'le', 'du', 'van', 'von', 'der',
])

/** The longest small word: a longer word is never one, so it needs no slice to tell. */
const smallWordLength = Math.max(...[...smallWords].map((word) => word.length))

const terminalChars = new Set(['.', ',', '?', '!', ';', ':', '…', '—', '–'])
const sentenceEndChars = new Set(['.', '?', '!', '…'])

/** Describe the content `[start, end)` of a marked span. */
export function contentForm(text: string, start: number, end: number): ContentForm {
  const limit = Math.min(end, start + prefixRead)
  let words = 0
  let capitalised = false
  let titleCase = true
  let capitalWords = 0
  let index = start
  while (index < limit && words < maxWords) {
    while (index < limit && !isWordAt(text, index)) index++
    if (index >= limit) break
    const wordStart = index
    while (index < limit && (isWordAt(text, index) || isInnerMark(text, index))) index++
    const firstUpper = isUpperAt(text, wordStart)
    const firstCode = text.charCodeAt(wordStart)
    const upper = firstUpper || (firstCode >= 0x30 && firstCode <= 0x39)
    if (words === 0) capitalised = firstUpper
    if (upper) capitalWords++
    else if (titleCase && !isSmallWord(text, wordStart, index)) titleCase = false
    words++
  }
  // `the Barn`, `the Larks`: a name may open with a lower-case article.
  if (capitalWords === 0) titleCase = false
  let last = end - 1
  while (last >= start && isRegExpSpace(text, last)) last--
  const final = last >= start ? (text[last] as string) : ''
  return {words, capitalised, titleCase, terminal: terminalChars.has(final), sentenceEnd: sentenceEndChars.has(final)}
}

/** Whether `text[start, end)` is one of the {@link smallWords}. */
function isSmallWord(text: string, start: number, end: number): boolean {
  return end - start <= smallWordLength && smallWords.has(text.slice(start, end).toLowerCase())
}

const regExpSpace = /\s/

/** Whether the character at `index` is whitespace as a regex's `\s` reads it (ASCII decided without the regex). */
function isRegExpSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  return regExpSpace.test(text[index] as string)
}

/** An apostrophe or hyphen inside a word (`don’t`, `well-known`). */
function isInnerMark(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return (code === 0x2019 || code === 0x27 || code === 0x2d) && isWordAt(text, index - 1) && isWordAt(text, index + 1)
}
