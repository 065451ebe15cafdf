/**
 * Character classes used by the scanners. Plain code-unit checks instead of
 * regexes, so every scan over the input stays linear.
 */

/** Whitespace that may pad or separate text: spaces, tabs, NBSP, BOM, the Unicode spaces. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** A line terminator: `\n`, `\r`, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

/** Whitespace or a line terminator. */
export function isBlankCode(code: number): boolean {
  return isSpaceCode(code) || isLineBreakCode(code)
}

const letterOrDigit = /[\p{L}\p{N}]/u
const upperLetter = /\p{Lu}/u
const lowerLetter = /\p{Ll}/u

/** A letter or digit (one character, so the regex cannot backtrack). */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && char !== '' && letterOrDigit.test(char)
}

/** An upper-case letter. */
export function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== '' && upperLetter.test(char)
}

/** A lower-case letter. */
export function isLower(char: string | undefined): boolean {
  return char !== undefined && char !== '' && lowerLetter.test(char)
}

/*
 * Tests by code unit, for scanners that read the input character by
 * character: ASCII is decided with comparisons, and only other characters
 * fall back to the Unicode-aware tests above (same answers, without a
 * one-character string and a regex per character).
 */

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

/** An ASCII digit. */
export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

/** Offset of the first non-blank code unit at or after `from`, before `to`. */
export function skipBlank(text: string, from: number, to: number): number {
  let index = from
  while (index < to && isBlankCode(text.charCodeAt(index))) index++
  return index
}

/** Offset after the last non-blank code unit before `to`, at or after `from`. */
export function trimBlankEnd(text: string, from: number, to: number): number {
  let index = to
  while (index > from && isBlankCode(text.charCodeAt(index - 1))) index--
  return index
}

const curlyApostrophes = /[’‘]/g

/** Apostrophes and quote-like characters folded to their plain forms, lower-cased. */
export function foldWord(value: string): string {
  // Most words are already lower-case ASCII: return them as they are, unallocated.
  let plain = true
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if ((code >= 0x41 && code <= 0x5a) || code > 0x7f) {
      plain = false
      break
    }
  }
  if (plain) return value
  const out = value.toLowerCase()
  return out.includes('’') || out.includes('‘') ? out.replace(curlyApostrophes, "'") : out
}
