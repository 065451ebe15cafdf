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

/** A non-blank line. Blank lines are not kept: only whether one came before. */
interface Line {
  /** Offset of the line's first code unit. */
  start: number
  /** Offset of the first non-space code unit. */
  contentStart: number
  /** Offset after the last non-space code unit. */
  contentEnd: number
  /** Width of the leading whitespace, a tab counting four. */
  indent: number
  /** Whether a blank line (or a PARAGRAPH SEPARATOR, U+2029) comes between this line and the one before. */
  afterBlank: boolean
}

/**
 * The non-blank lines of the input, recording where their content lies.
 * Blank lines make no object (a megabyte of newlines costs nothing to keep).
 */
function scanLines(text: string): Line[] {
  const lines: Line[] = []
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
      lines.push({start, contentStart, contentEnd, indent, afterBlank: afterBlank && lines.length > 0})
      afterBlank = hardEnd
    }
    if (index >= length) break
    // `\r\n` is one terminator.
    index += text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a ? 2 : 1
  }
  return lines
}

const width = (line: Line) => line.indent + line.contentEnd - line.contentStart

/** Length of the first word of a line (up to the first space). */
function firstWordLength(text: string, line: Line): number {
  let index = line.contentStart
  while (index < line.contentEnd && !isSpaceCode(text.charCodeAt(index))) index++
  return index - line.contentStart
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
function breaksMidSentence(text: string, previous: Line, next: Line): boolean {
  const last = text.charAt(previous.contentEnd - 1)
  const first = text.charAt(next.contentStart)
  const closes = last === '.' || last === '!' || last === '?' || last === ':' || last === '”' || last === '"'
  return !closes && ((first >= 'a' && first <= 'z') || (first >= '0' && first <= '9'))
}

/** Read the layout of the document from its lines. */
function layoutTraits(text: string, lines: readonly Line[]): LayoutTraits {
  const widths: number[] = []
  let baseIndent = Number.POSITIVE_INFINITY
  for (const line of lines) {
    widths.push(width(line))
    if (line.indent < baseIndent) baseIndent = line.indent
  }
  if (widths.length === 0) {
    return {wrapWidth: 0, hardWrapped: false, indented: false, blankSeparated: false, baseIndent: 0}
  }
  // Runs of blank lines between two non-blank lines, against single newlines,
  // and how many single newlines fall inside a sentence.
  let blankRuns = 0
  let singleBreaks = 0
  let midSentenceBreaks = 0
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.afterBlank) {
      blankRuns++
    } else {
      singleBreaks++
      if (breaksMidSentence(text, lines[index - 1] as Line, line)) midSentenceBreaks++
    }
  }
  let indentedLines = 0
  for (const line of lines) if (line.indent > baseIndent) indentedLines++
  const sorted = [...widths].sort((a, b) => a - b)
  const wrapWidth = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))] ?? 0
  let nearFull = 0
  for (const value of widths) if (value >= wrapWidth * 0.7) nearFull++
  // Wire copy and e-mail wrap at 60–80 columns: most lines sit near the
  // width, and many breaks fall mid-sentence, which one-per-line text never does.
  const hardWrapped =
    widths.length >= 3 &&
    wrapWidth <= 120 &&
    nearFull >= widths.length * 0.5 &&
    midSentenceBreaks >= Math.max(1, singleBreaks * 0.25)
  const indented = indentedLines >= 2 && indentedLines >= widths.length * 0.2
  const blankSeparated = blankRuns >= 2 && blankRuns >= singleBreaks
  return {wrapWidth, hardWrapped, indented, blankSeparated, baseIndent}
}

/** Whether the break between two adjacent non-blank lines ends a paragraph. */
function breaksBetween(text: string, previous: Line, next: Line, traits: LayoutTraits): boolean {
  if (traits.indented) {
    if (next.indent > traits.baseIndent) return true
    // An unindented line continues the paragraph above: an attribution line
    // (`— Name, role`) under a quote, a lower-case run-on, or a soft wrap
    // unless the line above is clearly short (a headline over a byline).
    const first = text.charAt(next.contentStart)
    if (first === '—' || first === '–' || (first >= 'a' && first <= 'z')) return false
    return traits.hardWrapped ? isShortLine(text, previous, next, traits.wrapWidth) : true
  }
  if (traits.hardWrapped) return isShortLine(text, previous, next, traits.wrapWidth)
  // With blank lines between paragraphs, a lone newline is soft, except
  // before a byline under the headline.
  if (traits.blankSeparated) return startsByline(text, next)
  return true
}

/** Whether a line opens like a byline: `By` and a capitalised name. */
function startsByline(text: string, line: Line): boolean {
  const head = text.slice(line.contentStart, line.contentStart + 4)
  return (head.startsWith('By ') || head.startsWith('BY ')) && /\p{Lu}/u.test(head.charAt(3))
}

/**
 * Whether a line stops well short of the wrap width, with room left for the
 * next line's first word: hard-wrapped text then ends its paragraph there.
 * Wrapping is not always greedy, so the line must fall short by a margin.
 */
function isShortLine(text: string, previous: Line, next: Line, wrapWidth: number): boolean {
  const margin = Math.max(6, Math.round(wrapWidth * 0.12))
  return width(previous) + 1 + firstWordLength(text, next) <= wrapWidth - margin
}

/**
 * Find the paragraphs of a document: spans from the first to the last
 * non-space character of each, in order.
 */
export function findBlocks(text: string): Block[] {
  const lines = scanLines(text)
  const traits = layoutTraits(text, lines)
  const blocks: Block[] = []
  let current: Block | undefined
  let previous: Line | undefined
  for (const line of lines) {
    if (current && previous && !line.afterBlank && !breaksBetween(text, previous, line, traits)) {
      current.end = line.contentEnd
    } else {
      if (current) blocks.push(current)
      current = {start: line.contentStart, end: line.contentEnd}
    }
    previous = line
  }
  if (current) blocks.push(current)
  return blocks
}
