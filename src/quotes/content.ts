/**
 * The form of what stands between two marks: how many words, whether they
 * are in title case, whether they end like a clause. Reads at most a
 * bounded prefix, so a long quote costs no more than a short one.
 */
import {isUpper, isWordChar} from '../engine/chars.js'

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
    while (index < limit && !isWordChar(text[index])) index++
    if (index >= limit) break
    const wordStart = index
    while (index < limit && (isWordChar(text[index]) || isInnerMark(text, index))) index++
    const first = text[wordStart]
    const upper = isUpper(first) || (first !== undefined && first >= '0' && first <= '9')
    if (words === 0) capitalised = isUpper(first)
    if (upper) capitalWords++
    else if (!smallWords.has(text.slice(wordStart, index).toLowerCase())) titleCase = false
    words++
  }
  // `the Barn`, `the Larks`: a name may open with a lower-case article.
  if (capitalWords === 0) titleCase = false
  let last = end - 1
  while (last >= start && /\s/.test(text[last] as string)) last--
  const final = last >= start ? (text[last] as string) : ''
  return {words, capitalised, titleCase, terminal: terminalChars.has(final), sentenceEnd: sentenceEndChars.has(final)}
}

/** An apostrophe or hyphen inside a word (`don’t`, `well-known`). */
function isInnerMark(text: string, index: number): boolean {
  const char = text[index]
  return (char === '’' || char === "'" || char === '-') && isWordChar(text[index - 1]) && isWordChar(text[index + 1])
}
