/**
 * Sections: very long inputs are analysed a few hundred kilobytes of
 * paragraphs at a time, so the parse tree of the whole input never sits in
 * memory at once. An article is one section; only inputs far longer than any
 * story (a corpus pasted whole) are cut, and never where the next paragraph
 * opens with a quotation mark (a quote may run on into it).
 */
import type {BlockList} from '../paragraphs/layout.js'
import type {Article, Paragraph, Speaker} from '../types.js'

/** Target size of a section, in UTF-16 code units. */
export const SECTION_SIZE = 200_000

const openingMarks = new Set(['“', '"', '‘', "'", '«', '‹', '„', '‚', '»', '›'])

/** Index ranges `[from, to)` of the blocks of each section. */
export function planSections(text: string, blocks: BlockList): Array<[number, number]> {
  const sections: Array<[number, number]> = []
  let from = 0
  for (let index = 1; index < blocks.length; index++) {
    const start = blocks.starts[index] as number
    if (start - (blocks.starts[from] as number) >= SECTION_SIZE && !openingMarks.has(text.charAt(start))) {
      sections.push([from, index])
      from = index
    }
  }
  sections.push([from, blocks.length])
  return sections
}

/** Speakers of different sections are one when their names agree. */
const speakerKey = (speaker: Speaker) => speaker.name

/**
 * Join the articles of consecutive sections into one: paragraph indices
 * follow on, quote and speaker ids are renumbered, speakers with the same
 * name are merged. The sections' results are fresh objects of this call, so
 * they are renumbered in place rather than copied.
 */
export function mergeSections(text: string, parts: readonly Article[]): Article {
  const merged: Article = {text, paragraphs: [], dateline: parts[0]?.dateline ?? null, quotes: [], speakers: [], hedges: []}
  const speakersByKey = new Map<string, Speaker>()
  let base = 0
  for (const part of parts) {
    const offset = base
    const quoteIds = new Map<string, string>()
    const speakerIds = new Map<string, Speaker>()
    for (const paragraph of part.paragraphs) paragraph.index += offset
    base += part.paragraphs.length
    for (const speaker of part.speakers) {
      const key = speakerKey(speaker)
      const target = speakersByKey.get(key)
      speakerIds.set(speaker.id, target ?? speaker)
      if (target) {
        for (const mention of speaker.mentions) target.mentions.push(mention)
        continue
      }
      speaker.id = `s${speakersByKey.size + 1}`
      speaker.quoteIds = []
      speakersByKey.set(key, speaker)
      merged.speakers.push(speaker)
    }
    for (const quote of part.quotes) {
      const id = `q${merged.quotes.length + 1}`
      quoteIds.set(quote.id, id)
      const speaker = quote.speakerId === null ? undefined : speakerIds.get(quote.speakerId)
      quote.id = id
      for (let index = 0; index < quote.paragraphs.length; index++) quote.paragraphs[index] = (quote.paragraphs[index] as number) + offset
      quote.speakerId = speaker ? speaker.id : null
      if (speaker) speaker.quoteIds.push(id)
      merged.quotes.push(quote)
    }
    for (const claim of part.hedges) {
      claim.paragraph += offset
      if (claim.hedgedBy !== 'author') claim.hedgedBy = {quoteId: quoteIds.get(claim.hedgedBy.quoteId) ?? claim.hedgedBy.quoteId}
      merged.hedges.push(claim)
    }
  }
  // One array of the paragraphs, made at its length: pushing a million
  // paragraphs one by one would copy the array as it grows.
  merged.paragraphs = ([] as Paragraph[]).concat(...parts.map((part) => part.paragraphs))
  return merged
}
