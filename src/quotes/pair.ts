/**
 * Pair opening and closing marks into marked spans: one pass over the
 * mark characters of the story's paragraphs, with a small stack for
 * nesting. A quote left open at the end of a paragraph goes on into the
 * next one only when that paragraph opens with a mark of the same family
 * (the news convention for multi-paragraph quotes); otherwise it is
 * settled there, so a stray mark never swallows the rest of the article.
 */
import {isBlankCode, isWordAt, skipBlank} from '../engine/chars.js'
import {startsCue} from '../cues/cues.js'
import type {Doc} from '../engine/document.js'
import type {WordLayer} from '../engine/words.js'
import type {QuoteMarkFamily} from '../lexicon/quote-marks.js'
import type {Paragraph} from '../types.js'
import {wordFrom} from './context.js'
import {classifyMark, quoteMarkOffsets, type Mark} from './marks.js'

/** A pair of marks: the opening one, the closing one, and what lies between. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark. */
  close: number
  family: QuoteMarkFamily
  /** Indices of the paragraphs the span runs through. */
  paragraphs: number[]
  /** How many marked spans enclose this one (0 for an outermost span). */
  depth: number
}

/** A mark waiting for its closing partner. */
interface OpenMark {
  index: number
  family: QuoteMarkFamily
  paragraphs: number[]
  /** The first closing mark that may also be an apostrophe, or -1. */
  weakClose: number
}

/** Deeper nesting than this is noise; capping it keeps every step bounded. */
const maxDepth = 8

/** Paragraph kinds whose marks are never quotes: credits and page furniture. */
const skippedKinds = new Set<Paragraph['kind']>(['byline', 'boilerplate'])

/** Pair the quotation marks of a document, in order of their opening marks. */
export function pairMarks(layer: WordLayer): MarkedSpan[] {
  const {doc} = layer
  const {text, paragraphs} = doc
  const elisions = doc.settings.quoteElisions
  const spans: MarkedSpan[] = []
  let stack: OpenMark[] = []
  let skipThrough = -1

  const settle = (open: OpenMark, depth: number): void => {
    if (open.weakClose >= 0) spans.push(toSpan(open, open.weakClose, depth))
  }
  const close = (mark: Mark): void => {
    let at = stack.length - 1
    while (at >= 0 && (stack[at] as OpenMark).family !== mark.family) at--
    if (at < 0) return
    const open = stack[at] as OpenMark
    if (mark.weak) {
      if (open.weakClose < 0) open.weakClose = mark.index
      return
    }
    for (let inner = stack.length - 1; inner > at; inner--) settle(stack[inner] as OpenMark, inner)
    spans.push(toSpan(open, mark.index, at))
    stack.length = at
  }
  const open = (mark: Mark, paragraph: number): void => {
    if (stack.length < maxDepth) stack.push({index: mark.index, family: mark.family, paragraphs: [paragraph], weakClose: -1})
  }

  const offsets = quoteMarkOffsets(text, paragraphs[0]?.start ?? 0, paragraphs[paragraphs.length - 1]?.end ?? 0)
  for (const paragraph of paragraphs) {
    if (skippedKinds.has(paragraph.kind)) {
      stack.forEach(settle)
      stack = []
      continue
    }
    const end = paragraph.end
    for (let at = firstAtOrAfter(offsets, paragraph.start); at < offsets.length; at++) {
      const index = offsets[at] as number
      if (index >= end) break
      if (index <= skipThrough) continue
      const classified = classifyMark(text, index, elisions)
      if (!classified) continue
      if (classified.skip > 0) skipThrough = index + classified.skip
      const {mark} = classified
      if (mark.role === 'open') open(mark, paragraph.index)
      else if (mark.role === 'close') close(mark)
      else if (mark.role === 'toggle') {
        if (stack.some((entry) => entry.family === mark.family)) close(mark)
        else open(mark, paragraph.index)
      }
    }
    if (stack.length === 0) continue
    const outer = stack[0] as OpenMark
    const reopen = closesInOneSentence(text, outer) || !opensUtterance(layer, outer.index)
      ? -1
      : reopeningMark(doc, paragraphs[paragraph.index + 1], outer.family)
    for (let inner = stack.length - 1; inner > 0; inner--) settle(stack[inner] as OpenMark, inner)
    if (reopen >= 0) {
      // The quote goes on: the reopening mark is part of its content.
      outer.paragraphs.push(paragraph.index + 1)
      outer.weakClose = -1
      stack = [outer]
      skipThrough = reopen
    } else {
      settle(outer, 0)
      stack = []
    }
  }
  stack.forEach(settle)
  return spans.sort((a, b) => a.open - b.open)
}

/** Index of the first of the sorted `offsets` at or after `offset` (binary search), or `offsets.length`. */
function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((offsets[middle] as number) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** How far back the word before an opening mark is read. */
const wordReach = 24

/**
 * Whether an opening mark stands where an utterance can begin: at a
 * paragraph's start, after punctuation (`said:`, `said,`, `.`), or right
 * after a reporting verb (`said “We …`). A mark inside a noun phrase (`the
 * “town hall`) left open is a stray, not a quote running on.
 */
function opensUtterance(layer: WordLayer, open: number): boolean {
  const {text} = layer.doc
  const floor = Math.max(0, open - wordReach)
  let end = open
  while (end > floor && isBlankCode(text.charCodeAt(end - 1))) end--
  if (end === 0 || !isWordAt(text, end - 1)) return true
  // The word right before the mark: a reporting cue in use opens an utterance (`said “We …`).
  const before = wordFrom(layer, end) - 1
  return before >= 0 && (layer.words[before]?.end ?? -1) === end && startsCue(layer, before)
}

/**
 * Whether an open mark has a possible closing mark in the same sentence
 * (`the word ‘crisis’ once.`): a short quoted phrase, closed there, rather
 * than a quote running on into the next paragraph.
 */
function closesInOneSentence(text: string, open: OpenMark): boolean {
  if (open.weakClose < 0) return false
  for (let index = open.index + 1; index < open.weakClose; index++) {
    const char = text[index]
    if (char === '.' || char === '!' || char === '?') return false
  }
  return true
}

function toSpan(open: OpenMark, close: number, depth: number): MarkedSpan {
  return {open: open.index, close, family: open.family, paragraphs: open.paragraphs, depth}
}

/**
 * Offset of the mark that reopens a quote of `family` at the start of
 * `next`, or -1 when the paragraph does not open with one.
 */
function reopeningMark(doc: Doc, next: Paragraph | undefined, family: QuoteMarkFamily): number {
  if (!next || skippedKinds.has(next.kind)) return -1
  const at = skipBlank(doc.text, next.start, next.end)
  const classified = classifyMark(doc.text, at, doc.settings.quoteElisions)
  if (!classified || classified.mark.family !== family) return -1
  return classified.mark.role === 'open' || classified.mark.role === 'toggle' ? at : -1
}
