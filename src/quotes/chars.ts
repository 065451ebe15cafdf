/**
 * Character tests by code unit for the quote scanners, which read text
 * character by character: ASCII is decided with comparisons, and only other
 * characters fall back to the Unicode-aware tests of the engine (same
 * answers, without a one-character string and a regex per character).
 */
import {isUpper, isWordChar} from '../engine/chars.js'

/** An ASCII letter or digit. */
function isAsciiWordCode(code: number): boolean {
  const folded = code | 0x20
  return (code >= 0x30 && code <= 0x39) || (folded >= 0x61 && folded <= 0x7a)
}

/** Whether the character at `index` is a letter or digit (`false` outside the text), as {@link isWordChar}. */
export function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiWordCode(code)
  // NaN (outside the text) is no character.
  return code === code && isWordChar(text[index])
}

/** Whether the character at `index` is an upper-case letter, as {@link isUpper}. */
export function isUpperAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return code === code && isUpper(text[index])
}
