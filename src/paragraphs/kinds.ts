/**
 * Paragraph kinds: headline, byline and dateline at the top, boilerplate
 * anywhere, body for the story.
 */
import type {ParagraphKind, Span} from '../types.js'
import {foldWord, isBlankCode, isLower, isUpper} from '../engine/chars.js'
import type {Settings} from '../options.js'
import {datelineLength} from './dateline.js'
import type {BlockList} from './layout.js'

/** Furniture is short: longer paragraphs are story whatever they start with. */
const MAX_BOILERPLATE = 240
/** Credits and notices found anywhere in a paragraph are shorter still. */
const MAX_BOILERPLATE_PHRASE = 180
const MAX_HEADLINE = 220
const MAX_BYLINE = 150
/** Headline, bylines and a dateline come within the first few paragraphs. */
const TOP_ZONE = 6
/** How long, and how many, the unknown short lines between a byline and a dateline may be. */
const MAX_FURNITURE_LINE = 160
const MAX_FURNITURE_LINES = 2
/** Contributor lines and funding notes come within the last few. */
const CLOSING_ZONE = 3
const MAX_CLOSING = 200

const creditConnectors = new Set(['and', 'of', 'the', 'de', 'del', 'la', 'van', 'von', '&', 'for', 'in'])

/** Whether text needs more than lower-casing to compare: runs of space, line breaks, NBSP, curly apostrophes. */
function needsFolding(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20) {
      if (text.charCodeAt(index + 1) === 0x20) return true
    } else if (code < 0x20 || code === 0xa0 || code === 0x2018 || code === 0x2019) {
      return true
    }
  }
  return false
}

/** Normalised paragraph text for lexicon matching. */
function normal(text: string): string {
  return needsFolding(text) ? foldWord(text).replace(/[\s\u00a0]+/g, ' ') : text.toLowerCase()
}

/** The first word of a text, up to the first whitespace: at most `limit` characters are read. */
export function firstWord(text: string, limit = HEAD): string {
  let end = 0
  while (end < text.length && end < limit && !isBlankCode(text.charCodeAt(end))) end++
  return text.slice(0, end)
}

/** Longest opening or whole-paragraph entry worth comparing: the head of a paragraph. */
const HEAD = 64
/** Mid-story, only a paragraph this short is checked for furniture phrases (`Sign up for our newsletter`). */
const MAX_SHORT_FURNITURE = 80

/**
 * Whether a paragraph is page furniture or a credit rather than story.
 * `closing` says the paragraph is among the last few, where credits stand.
 */
export function isBoilerplate(text: string, settings: Settings, closing = false): boolean {
  if (text.length > MAX_BOILERPLATE) return false
  // `(Reporting by Ana Ruiz; Editing by Tom Hale)`, `($1 = 0.9048 euros)`: wire copy sets its furniture in parentheses.
  if (text.length > 2 && text.charCodeAt(0) === 0x28 && text.charCodeAt(text.length - 1) === 0x29 && isBoilerplate(text.slice(1, -1), settings, closing)) return true
  // The normalised text, made once and only for a short paragraph.
  const whole = text.length <= MAX_SHORT_FURNITURE || (closing && text.length <= MAX_BOILERPLATE_PHRASE) ? normal(text) : undefined
  if (whole !== undefined && text.length <= HEAD && settings.boilerplateParagraphs.has(whole.replace(/[.!:|>»›]+$/, '').trim())) {
    return true
  }
  // Only the openings that share the paragraph's first word can match (or
  // its first character, for a sign written against what follows: `©2025`),
  // and most paragraphs share none: normalise the head only when one might.
  const byWord = settings.boilerplateByFirstWord
  const word = foldWord(firstWord(text))
  const initial = word.charAt(0)
  const byFirst = byWord.get(word)
  const byInitial = word.length > 1 ? byWord.get(initial) : undefined
  if (byFirst || byInitial) {
    const head = whole !== undefined && text.length <= HEAD ? whole : normal(text.slice(0, HEAD))
    for (const group of [byFirst, byInitial]) if (group) for (const opening of group) if (head.startsWith(opening)) return true
  }
  if (whole === undefined) return false
  for (const phrase of settings.boilerplatePhrases) if (whole.includes(phrase)) return true
  return false
}

function endsLikeSentence(text: string): boolean {
  const last = text.charAt(text.length - 1)
  return last === '.' || last === ';' || last === ','
}

/** A title line: short, unpunctuated at its end, not a sentence. */
function looksLikeHeadline(text: string): boolean {
  if (text.length > MAX_HEADLINE || endsLikeSentence(text)) return false
  const words = text.split(/\s+/)
  return words.length <= 30 && !isLower(text.charAt(0))
}

/** An author or agency credit. */
function looksLikeByline(text: string, settings: Settings): boolean {
  if (text.length > MAX_BYLINE || text.endsWith('.')) return false
  for (const opening of settings.bylineOpenings) {
    if (text.startsWith(opening + ' ') && isUpper(text.charAt(opening.length + 1))) return true
  }
  const bare = text.replace(/^[—–-]\s*/, '')
  if (settings.agencyCredits.has(bare)) return true
  const words = bare.split(/[\s,|/]+/).filter(Boolean)
  if (words.length < 2 || words.length > 8) return false
  const last = words[words.length - 1] ?? ''
  if (!settings.creditEndings.has(last)) return false
  return words.every((word) => isUpper(word.charAt(0)) || creditConnectors.has(word.toLowerCase()))
}

/**
 * The kinds of paragraphs by code, as {@link Classification.kinds} stores
 * them: one byte a paragraph.
 */
export const kindNames: readonly ParagraphKind[] = ['body', 'headline', 'byline', 'dateline', 'boilerplate']

const HEADLINE = 1
const BYLINE = 2
const DATELINE = 3
const BOILERPLATE = 4

/** The kinds of a document's paragraphs (codes of {@link kindNames}) and its dateline. */
export interface Classification {
  kinds: Uint8Array
  dateline: Span | null
}

/** Whether one of the last paragraphs is a contributor line or a note on the story. */
function isClosingCredit(text: string, settings: Settings): boolean {
  if (text.length > MAX_CLOSING) return false
  const value = normal(text)
  return settings.boilerplateClosings.some((phrase) => value.includes(phrase))
}

/** Give each block its kind, and find the dateline the story opens with. */
export function classifyBlocks(text: string, blocks: BlockList, settings: Settings): Classification {
  const count = blocks.length
  const closingFrom = count - CLOSING_ZONE
  // Zero is body: only the paragraphs that are something else are written.
  const kinds = new Uint8Array(count)
  for (let index = 0; index < count; index++) {
    const start = blocks.starts[index] as number
    const end = blocks.ends[index] as number
    // Furniture is short: a long paragraph is story, without a look at its text.
    if (end - start > MAX_BOILERPLATE) continue
    const value = text.slice(start, end)
    const closing = index >= closingFrom && index > 0
    if (isBoilerplate(value, settings, closing) || (closing && isClosingCredit(value, settings))) kinds[index] = BOILERPLATE
  }
  let dateline: Span | null = null
  let seenTitle = false
  // Short lines after the byline that are neither title nor byline (`Published 6:14 a.m. | Updated …`,
  // `4 minute read`, a photo caption): furniture when the dateline comes after them, story otherwise.
  let furniture = 0
  for (let index = 0; index < count && index < TOP_ZONE; index++) {
    if (kinds[index] === BOILERPLATE) continue
    const start = blocks.starts[index] as number
    const blockEnd = blocks.ends[index] as number
    const value = text.slice(start, blockEnd)
    const length = datelineLength(text, start, blockEnd)
    if (length > 0) {
      const end = start + length
      dateline = {start, end, text: text.slice(start, end)}
      for (let skipped = index - furniture; skipped < index; skipped++) kinds[skipped] = BOILERPLATE
      if (end === blockEnd) {
        kinds[index] = DATELINE
        continue
      }
      break
    }
    if (!seenTitle && looksLikeHeadline(value) && index + 1 < count) {
      kinds[index] = HEADLINE
      seenTitle = true
      continue
    }
    seenTitle = true
    if (furniture === 0 && looksLikeByline(value, settings)) {
      kinds[index] = BYLINE
      continue
    }
    if (index > 0 && value.length <= MAX_FURNITURE_LINE && !endsLikeSentence(value) && furniture < MAX_FURNITURE_LINES) {
      furniture++
      continue
    }
    break
  }
  return {kinds, dateline}
}
