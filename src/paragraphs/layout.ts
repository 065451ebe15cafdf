/**
 * Layout detection: where the paragraphs of a document are, whatever its
 * layout (blank lines, one paragraph per line, hard-wrapped, indented first
 * lines, CRLF or CR line endings). One pass over the characters, then
 * decisions per pair of lines.
 */
import {isSpaceCode} from '../engine/chars.js'

/** A stretch of the input, before it is given a kind. */
export interface Block {
  start: number
  end: number
}

/**
 * A growable list of 32-bit integers: the layout of an input of millions of
 * lines keeps a few integers per line and per paragraph, never an object.
 */
class IntList {
  values = new Int32Array(64)
  length = 0
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2)
      grown.set(this.values)
      this.values = grown
    }
    this.values[this.length++] = value
  }
  /** The values, in an array of their own length. */
  done(): Int32Array {
    return this.values.slice(0, this.length)
  }
}

/**
 * The non-blank lines of the input, one slot per line in each array.
 * Blank lines are not kept: only whether one came before.
 */
interface Lines {
  length: number
  /** Offset of the line's first code unit. */
  start: Int32Array
  /** Offset of the first non-space code unit. */
  contentStart: Int32Array
  /** Offset after the last non-space code unit. */
  contentEnd: Int32Array
  /** Width of the leading whitespace, a tab counting four. */
  indent: Int32Array
  /** 1 when a blank line (or a PARAGRAPH SEPARATOR, U+2029) comes between this line and the one before. */
  afterBlank: Uint8Array
}

/**
 * The non-blank lines of the input, recording where their content lies.
 * Blank lines cost nothing to keep (a megabyte of newlines keeps nothing),
 * and a line keeps five numbers.
 */
function scanLines(text: string): Lines {
  const starts = new IntList()
  const contentStarts = new IntList()
  const contentEnds = new IntList()
  const indents = new IntList()
  const afterBlanks = new IntList()
  const length = text.length
  let index = 0
  let afterBlank = false
  while (index <= length) {
    const start = index
    let indent = 0
    let contentStart = -1
    let contentEnd = start
    let hardEnd = false
    for (; index < length; index++) {
      const code = text.charCodeAt(index)
      // Printable ASCII, most of any text: content, no break.
      if (code > 0x20 && code < 0x7f) {
        if (contentStart < 0) contentStart = index
        contentEnd = index + 1
        continue
      }
      if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
        hardEnd = code === 0x2029
        break
      }
      if (isSpaceCode(code)) {
        if (contentStart < 0 && code !== 0xfeff) indent += code === 0x09 ? 4 : 1
      } else {
        if (contentStart < 0) contentStart = index
        contentEnd = index + 1
      }
    }
    if (contentStart < 0) {
      afterBlank = true
    } else {
      afterBlanks.push(afterBlank && starts.length > 0 ? 1 : 0)
      starts.push(start)
      contentStarts.push(contentStart)
      contentEnds.push(contentEnd)
      indents.push(indent)
      afterBlank = hardEnd
    }
    if (index >= length) break
    // `\r\n` is one terminator.
    index += text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a ? 2 : 1
  }
  return {
    length: starts.length,
    start: starts.done(),
    contentStart: contentStarts.done(),
    contentEnd: contentEnds.done(),
    indent: indents.done(),
    afterBlank: Uint8Array.from(afterBlanks.done()),
  }
}

const width = (lines: Lines, line: number) =>
  (lines.indent[line] as number) + (lines.contentEnd[line] as number) - (lines.contentStart[line] as number)

/** Length of the first word of a line (up to the first space). */
function firstWordLength(text: string, lines: Lines, line: number): number {
  const start = lines.contentStart[line] as number
  const end = lines.contentEnd[line] as number
  let index = start
  while (index < end && !isSpaceCode(text.charCodeAt(index))) index++
  return index - start
}

/** How the lines of one document mark their paragraphs. */
interface LayoutTraits {
  /** Wrap width for hard-wrapped text: a high percentile of line widths. */
  wrapWidth: number
  /** Lines are hard-wrapped: single newlines inside paragraphs are soft. */
  hardWrapped: boolean
  /** Paragraphs start with an indented first line. */
  indented: boolean
  /** Blank lines separate the paragraphs: a single newline is soft. */
  blankSeparated: boolean
  /** Indent of an unindented line. */
  baseIndent: number
}

/** A line that stops without closing punctuation before one that opens in lower case. */
function breaksMidSentence(text: string, lines: Lines, previous: number, next: number): boolean {
  const last = text.charAt((lines.contentEnd[previous] as number) - 1)
  const first = text.charAt(lines.contentStart[next] as number)
  const closes = last === '.' || last === '!' || last === '?' || last === ':' || last === '”' || last === '"'
  return !closes && ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))
}

/** Read the layout of the document from its lines. */
function layoutTraits(text: string, lines: Lines): LayoutTraits {
  const count = lines.length
  if (count === 0) {
    return {wrapWidth: 0, hardWrapped: false, indented: false, blankSeparated: false, baseIndent: 0}
  }
  const widths = new Int32Array(count)
  let baseIndent = Number.POSITIVE_INFINITY
  for (let line = 0; line < count; line++) {
    widths[line] = width(lines, line)
    if ((lines.indent[line] as number) < baseIndent) baseIndent = lines.indent[line] as number
  }
  // Runs of blank lines between two non-blank lines, against single newlines,
  // and how many single newlines fall inside a sentence.
  let blankRuns = 0
  let singleBreaks = 0
  let midSentenceBreaks = 0
  for (let line = 1; line < count; line++) {
    if (lines.afterBlank[line] === 1) {
      blankRuns++
    } else {
      singleBreaks++
      if (breaksMidSentence(text, lines, line - 1, line)) midSentenceBreaks++
    }
  }
  let indentedLines = 0
  for (let line = 0; line < count; line++) if ((lines.indent[line] as number) > baseIndent) indentedLines++
  // A typed array sorts by value, as the numbers' own order.
  const sorted = widths.slice().sort()
  const wrapWidth = sorted[Math.min(count - 1, Math.floor(count * 0.9))] ?? 0
  let nearFull = 0
  for (const value of widths) if (value >= wrapWidth * 0.7) nearFull++
  // Wire copy and e-mail wrap at 60–80 columns: most lines sit near the
  // width, and many breaks fall mid-sentence, which one-per-line text never does.
  const hardWrapped =
    count >= 3 &&
    wrapWidth <= 120 &&
    nearFull >= count * 0.5 &&
    midSentenceBreaks >= Math.max(1, singleBreaks * 0.25)
  const indented = indentedLines >= 2 && indentedLines >= count * 0.2
  const blankSeparated = blankRuns >= 2 && blankRuns >= singleBreaks
  return {wrapWidth, hardWrapped, indented, blankSeparated, baseIndent}
}

/** Whether the break between two adjacent non-blank lines ends a paragraph. */
function breaksBetween(text: string, lines: Lines, previous: number, next: number, traits: LayoutTraits): boolean {
  if (traits.indented) {
    if ((lines.indent[next] as number) > traits.baseIndent) return true
    // An unindented line continues the paragraph above: an attribution line
    // (`— Name, role`) under a quote, a lower-case run-on, or a soft wrap
    // unless the line above is clearly short (a headline over a byline).
    const first = text.charAt(lines.contentStart[next] as number)
    if (first === '—' || first === '–' || (first >= 'a' && first <= 'z')) return false
    return traits.hardWrapped ? isShortLine(text, lines, previous, next, traits.wrapWidth) : true
  }
  if (traits.hardWrapped) return isShortLine(text, lines, previous, next, traits.wrapWidth)
  // With blank lines between paragraphs, a lone newline is soft, except
  // before a byline under the headline.
  if (traits.blankSeparated) return startsByline(text, lines.contentStart[next] as number)
  return true
}

/** Whether a line opens like a byline: `By` and a capitalised name. */
function startsByline(text: string, contentStart: number): boolean {
  const head = text.slice(contentStart, contentStart + 4)
  return (head.startsWith('By ') || head.startsWith('BY ')) && /\p{Lu}/u.test(head.charAt(3))
}

/**
 * Whether a line stops well short of the wrap width, with room left for the
 * next line's first word: hard-wrapped text then ends its paragraph there.
 * Wrapping is not always greedy, so the line must fall short by a margin.
 */
function isShortLine(text: string, lines: Lines, previous: number, next: number, wrapWidth: number): boolean {
  const margin = Math.max(6, Math.round(wrapWidth * 0.12))
  return width(lines, previous) + 1 + firstWordLength(text, lines, next) <= wrapWidth - margin
}

/**
 * The paragraphs of a whole input, packed: block `i` runs from `starts[i]`
 * to `ends[i]`. An input of a million tiny paragraphs keeps 8 bytes for
 * each rather than an object; the blocks of one section are made objects
 * when it is analysed ({@link blocksOf}).
 */
export interface BlockList {
  readonly length: number
  readonly starts: Int32Array
  readonly ends: Int32Array
}

/**
 * Find the paragraphs of a document: spans from the first to the last
 * non-space character of each, in order, packed.
 */
export function findBlockList(text: string): BlockList {
  const lines = scanLines(text)
  const traits = layoutTraits(text, lines)
  const starts = new IntList()
  const ends = new IntList()
  for (let line = 0; line < lines.length; line++) {
    if (line > 0 && lines.afterBlank[line] === 0 && !breaksBetween(text, lines, line - 1, line, traits)) {
      ends.values[ends.length - 1] = lines.contentEnd[line] as number
    } else {
      starts.push(lines.contentStart[line] as number)
      ends.push(lines.contentEnd[line] as number)
    }
  }
  return {length: starts.length, starts: starts.done(), ends: ends.done()}
}

/** The blocks `[from, to)` of a list, as objects. */
export function blocksOf(list: BlockList, from = 0, to = list.length): Block[] {
  const blocks: Block[] = []
  for (let index = from; index < to; index++) blocks.push({start: list.starts[index] as number, end: list.ends[index] as number})
  return blocks
}

/**
 * Find the paragraphs of a document: spans from the first to the last
 * non-space character of each, in order.
 */
export function findBlocks(text: string): Block[] {
  return blocksOf(findBlockList(text))
}
