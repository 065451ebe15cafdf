/**
 * Where a converted tree's words really stand in the file. remark-retext
 * and rehype-retext place each nlcst node by adding up the lengths of the
 * decoded text before it in its markup text node, so after a character
 * reference (`&mdash;` is one `—`), a Markdown escape (`\*`) or the `> `
 * that a blockquote's next line starts with, the rest of that text node is
 * placed too early: the markup's text nodes hold decoded text, and their
 * converters cannot tell where each character came from. Here each leaf is
 * matched against the file: at the tree's place when the file holds it
 * there, else from where the leaf before it ended, past markup only, a
 * character reference matching the one character it stands for.
 */
import {isWordAt} from './chars.js'
import {addPiece, type SourceMap} from './source-map.js'

/** How much markup (tags, marks, white space) may stand between two leaves of one text node. */
const WINDOW = 1024

const reference = /&(?:#x([\da-f]+)|#(\d+)|[a-z][a-z\d]*);?/iy
const tag = /<[^<>]*>/y

/** The end of the character reference at `at`, and how many UTF-16 code units it stands for, if one is there. */
function referenceAt(source: string, at: number): {end: number; units: number} | undefined {
  if (source.charCodeAt(at) !== 0x26) return undefined
  reference.lastIndex = at
  const match = reference.exec(source)
  if (!match) return undefined
  const code = match[1] === undefined ? (match[2] === undefined ? 0 : Number(match[2])) : Number.parseInt(match[1], 16)
  return {end: reference.lastIndex, units: code > 0xffff ? 2 : 1}
}

/**
 * Where `value` (from its code unit `unit` on) ends if the file holds it at
 * `at`: character for character, a reference standing for one character
 * (two code units past U+FFFF), a Markdown escape's backslash skipped; else
 * -1. An `&` is read as a reference first and as itself if that fails
 * (`AT&T` in Markdown is no reference).
 */
function matchAt(source: string, value: string, at: number, unit = 0): number {
  let index = at
  let next = unit
  while (next < value.length) {
    if (index >= source.length) return -1
    const code = source.charCodeAt(index)
    const decoded = referenceAt(source, index)
    if (decoded) {
      const end = matchAt(source, value, decoded.end, next + decoded.units)
      if (end >= 0) return end
    }
    if (code === value.charCodeAt(next)) {
      index++
      next++
    } else if (code === 0x5c && source.charCodeAt(index + 1) === value.charCodeAt(next)) {
      index++
    } else {
      return -1
    }
  }
  return index
}

/** The offset after the markup unit at `at` (a tag, a reference, a mark, white space), or -1 at a letter or digit. */
function skipMarkup(source: string, at: number): number {
  if (source.charCodeAt(at) === 0x3c) {
    tag.lastIndex = at
    if (tag.test(source)) return tag.lastIndex
  }
  const decoded = referenceAt(source, at)
  if (decoded) return decoded.end
  return at < source.length && !isWordAt(source, at) ? at + 1 : -1
}

/** Places the leaves of a converted tree in the file, in order, recording each in a {@link SourceMap}. */
export interface Aligner {
  /**
   * Place a leaf whose text is `value`, which the engine text holds from
   * `from` to `to` and the tree places from `start` to `end` (white space
   * may have no place). White space bounds no span: where it is not found,
   * it takes no room, and it never moves the search on.
   */
  leaf(from: number, to: number, value: string, space: boolean, start: number | undefined, end: number | undefined): void
}

/** An aligner over `source`, writing to `map`. */
export function aligner(source: string, map: SourceMap): Aligner {
  // Where the last word or mark found ended in the file: the next one is after it.
  let after = 0

  /** Where the file holds `value`, from the tree's `start` or from the last leaf's end: its start and end. */
  const find = (value: string, start: number | undefined): [number, number] | undefined => {
    if (start !== undefined && start >= after) {
      const end = matchAt(source, value, start)
      if (end >= 0) return [start, end]
    }
    let at = after
    while (at >= 0 && at - after <= WINDOW) {
      const end = matchAt(source, value, at)
      if (end >= 0) return [at, end]
      at = skipMarkup(source, at)
    }
    return undefined
  }

  return {
    leaf(from, to, value, space, start, end) {
      const found = find(value, start)
      if (found) {
        addPiece(map, from, to, found[0], found[1])
        if (!space) after = found[1]
        return
      }
      // Not in the file as the tree has it: where the tree says, kept in order.
      const at = Math.max(after, start ?? after)
      addPiece(map, from, to, at, space ? at : Math.min(source.length, Math.max(at, end ?? at)))
      if (!space) after = map.sourceEnd[map.sourceEnd.length - 1] as number
    },
  }
}
