/**
 * Bytes to text. Articles come from editors and feeds that do not agree on
 * an encoding: copydesk reads a byte order mark when there is one (UTF-8,
 * UTF-16LE, UTF-16BE), UTF-8 when the bytes are valid UTF-8, and otherwise
 * Windows-1252, the encoding of most old newsroom systems, saying so: text
 * is never garbled without a word.
 */
import {isUtf8} from 'node:buffer'
import type {Decoded} from './records.js'

/** An encoding copydesk reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** What a byte order mark at the start of the bytes says, and how long it is. */
export interface ByteOrderMark {
  encoding: Encoding
  length: number
}

/**
 * The byte order mark that starts `bytes`, if any.
 *
 * @param bytes The first bytes of an input (three are enough).
 */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', length: 3}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', length: 2}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', length: 2}
  return null
}

/**
 * A whole input's bytes as text: by its byte order mark, else as UTF-8,
 * else as Windows-1252 with a warning.
 *
 * @param bytes The input.
 */
export function decodeBytes(bytes: Buffer): Decoded {
  const mark = byteOrderMark(bytes)
  const body = mark ? bytes.subarray(mark.length) : bytes
  return mark?.encoding === 'utf-16le' || mark?.encoding === 'utf-16be' ? decodeUtf16(body, mark.encoding) : decodeUtf8(body)
}

/**
 * Bytes without a byte order mark as UTF-8, or, when they are not valid
 * UTF-8, as Windows-1252 with a warning.
 *
 * @param bytes The bytes.
 */
export function decodeUtf8(bytes: Buffer): Decoded {
  if (isUtf8(bytes)) return {text: bytes.toString('utf8'), warning: null}
  return {text: decodeWindows1252(bytes), warning: 'not valid UTF-8: read as Windows-1252'}
}

/**
 * UTF-16 bytes (after their byte order mark). A lone surrogate or a last
 * odd byte becomes U+FFFD, with a warning.
 *
 * @param bytes The bytes.
 * @param encoding Their byte order.
 */
export function decodeUtf16(bytes: Buffer, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2))
  // Node decodes little-endian only: swap a copy of big-endian bytes first.
  const text = (encoding === 'utf-16be' ? Buffer.from(even).swap16() : even).toString('utf16le')
  return checkUtf16(text, encoding, bytes.length % 2 === 1)
}

/**
 * Text decoded from UTF-16, checked: a lone surrogate, or a last odd byte
 * that made no character, becomes U+FFFD, with a warning.
 *
 * @param text The decoded text.
 * @param encoding The byte order it was decoded in, for the warning.
 * @param oddByte Whether a last byte was left over.
 */
export function checkUtf16(text: string, encoding: 'utf-16le' | 'utf-16be', oddByte: boolean): Decoded {
  if (!oddByte && !loneSurrogate.test(text)) return {text, warning: null}
  const repaired = text.replace(loneSurrogates, '\uFFFD') + (oddByte ? '\uFFFD' : '')
  return {text: repaired, warning: `not valid ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'}: broken characters replaced by U+FFFD`}
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const loneSurrogates = new RegExp(loneSurrogate.source, 'g')

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has curly quotes,
// dashes and a few letters. The five bytes it leaves undefined stay the C1
// controls Latin-1 gives them (as the WHATWG Encoding Standard does).
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]
const windows1252Range = /[\u0080-\u009F]/g

/**
 * Bytes as Windows-1252.
 *
 * @param bytes The bytes.
 */
export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(windows1252Range, (character) => String.fromCharCode(windows1252High[character.charCodeAt(0) - 0x80] ?? 0xfffd))
}
