/**
 * Sentences: the parser's sentences, kept inside copydesk's paragraphs and
 * repaired where news style trips the parser: a quotation closed by its
 * mark is never cut from its attribution (`“Stop!” Ortiz said.`), and
 * titles, numbered abbreviations and initials do not end sentences
 * (`Gov. Ruth A. Diaz`, `No. 10`).
 */
import {isBlankCode, isDigit, isLower, isUpper, isWordAt, skipBlank, trimBlankEnd} from '../engine/chars.js'
import type {Range} from '../engine/tokens.js'
import {isCueWord} from '../cues/cues.js'
import {definiteOpeners, speakerPronouns} from '../grammar/closed-class.js'
import type {Settings} from '../options.js'
import type {Block} from './layout.js'

const closingMarks = new Set(['”', '’', '"', "'", '»', '›', '“'])
const pronouns: ReadonlySet<string> = new Set([...speakerPronouns, 'we', 'i', 'you'])
/** How far into the next sentence an attribution's cue may stand. */
const ATTRIBUTION_WORDS = 6

/** The word before a final full stop (`Gov` in `… Gov.`), or ''. */
function wordBeforeStop(text: string, range: Range): string {
  const stop = range.end - 1
  if (text.charAt(stop) !== '.') return ''
  let index = stop
  while (index > range.start && (isWordAt(text, index - 1) || text.charAt(index - 1) === '.')) index--
  return text.slice(index, stop)
}

/** The capitalised word before `offset` (an initial's forename), if any. */
function capitalisedBefore(text: string, offset: number, floor: number): boolean {
  let index = offset
  if (index <= floor || !isBlankCode(text.charCodeAt(index - 1))) return false
  while (index > floor && isBlankCode(text.charCodeAt(index - 1))) index--
  let start = index
  while (start > floor && (isWordAt(text, start - 1) || text.charAt(start - 1) === '.')) start--
  return start < index && isUpper(text.charAt(start))
}

/** The first few words of a sentence, lower-cased, without punctuation. */
function openingWords(text: string, range: Range): string[] {
  const head = text.slice(range.start, Math.min(range.end, range.start + 120))
  const words: string[] = []
  for (const raw of head.split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    if (word) words.push(word)
    if (words.length >= ATTRIBUTION_WORDS || /[.!?;:]$/.test(raw)) break
  }
  return words
}

/** Whether a sentence opens with an attribution (`Ortiz said`, `said the mayor`). */
function opensWithAttribution(text: string, range: Range, settings: Settings, bare = false): boolean {
  const first = text.charAt(range.start)
  if (first === '—' || first === '–' || isLower(first)) return true
  const words = openingWords(text, range)
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    const lower = word.toLowerCase()
    // After a quote closed on its own full stop, only a bare attribution belongs to it (`She said.`, not `She said she …`).
    if (isCueWord(settings, lower)) return !bare || !reportOpeners.has((words[index + 1] ?? '').toLowerCase())
    if (!(isUpper(word.charAt(0)) || pronouns.has(lower) || lower === 'the')) return false
  }
  return false
}

/** Words that open a reported clause of its own after a cue (`She said she believed …`, `He said the board …`): a subject's first word. */
const reportOpeners: ReadonlySet<string> = new Set([...definiteOpeners, ...pronouns, 'there'])

/** Whether the parser's break between two sentences of one paragraph is wrong. */
function joins(text: string, previous: Range, next: Range, settings: Settings): boolean {
  const last = text.charAt(previous.end - 1)
  const nextFirst = text.charAt(next.start)
  if (closingMarks.has(last)) {
    const before = text.charAt(previous.end - 2)
    if ((before === '.' || before === '!' || before === '?' || before === ',') && nextFirst !== '“') {
      return opensWithAttribution(text, next, settings, before === '.')
    }
    return false
  }
  const word = wordBeforeStop(text, previous)
  if (!word) return false
  if (settings.titleAbbreviations.has(word)) return isUpper(nextFirst)
  if (settings.numberAbbreviations.has(word)) return isDigit(nextFirst)
  // An initial between a forename and a surname: `Ruth A. Diaz`.
  return (
    word.length === 1 &&
    isUpper(word) &&
    isUpper(nextFirst) &&
    capitalisedBefore(text, previous.end - 2, previous.start)
  )
}

/**
 * The sentences of each block: parser sentences clipped to the block,
 * trimmed, and re-joined where the parser broke them wrongly.
 */
export function splitSentences(
  text: string,
  blocks: readonly Block[],
  parsed: readonly Range[],
  settings: Settings,
): Range[][] {
  const out: Range[][] = []
  let cursor = 0
  for (const block of blocks) {
    while (cursor < parsed.length && (parsed[cursor] as Range).end <= block.start) cursor++
    const pieces: Range[] = []
    let index = cursor
    for (; index < parsed.length; index++) {
      const sentence = parsed[index] as Range
      if (sentence.start >= block.end) break
      const start = skipBlank(text, Math.max(sentence.start, block.start), block.end)
      const end = trimBlankEnd(text, start, Math.min(sentence.end, block.end))
      if (end <= start) continue
      const previous = pieces[pieces.length - 1]
      if (previous && joins(text, previous, {start, end}, settings)) previous.end = end
      else pieces.push({start, end})
    }
    // A sentence may run on into the next block (a tree parsed whole).
    cursor = Math.max(cursor, index - 1)
    if (pieces.length === 0) pieces.push({start: block.start, end: block.end})
    out.push(pieces)
  }
  return out
}
