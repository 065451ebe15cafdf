/**
 * Hedged claims: sentences or clauses whose assertion is presented as less
 * than certain, with their cues and who hedges.
 *
 * @module
 */
import type {Doc, SentenceInfo} from '../engine/document.js'
import {mayBeListed} from '../engine/word-filter.js'
import type {Range} from '../engine/tokens.js'
import type {HedgeCue, HedgedClaim, ParagraphKind, Quote} from '../types.js'
import {matchesAt, type CueMatch} from './cues.js'
import {isHedge} from './disambiguate.js'
import {hedgerOf, quoteLookup, type QuoteLookup} from './hedged-by.js'
import {entryStart, weaselStart, type HedgeIndex} from './lexicon-index.js'
import {clauseScopes, scopeRange} from './scope.js'
import {findWeasels} from './weasels.js'
import {endOf, isWordAt, newItems, readSentence, startOf, type Items} from './words.js'

/** Paragraph kinds whose sentences can hold a claim: not bylines, datelines or page furniture. */
const claimKinds: ReadonlySet<ParagraphKind> = new Set(['headline', 'body'])

/** A cue found in a sentence: its item range and category. */
interface FoundCue {
  first: number
  last: number
  category: HedgeCue['category']
}

/**
 * Lexicon cues of a sentence: at each of `starts` (ascending item indices
 * whose words start entries), the longest entry the context rules keep.
 */
function lexiconCues(items: Items, starts: readonly number[], index: HedgeIndex, headline: boolean): FoundCue[] {
  const out: FoundCue[] = []
  // Items up to the end of a cue found are not tried again.
  let after = -1
  for (const at of starts) {
    if (at <= after) continue
    const matches = matchesAt(items, at, index)
    for (let found = 0; found < matches.length; found++) {
      const match = matches[found] as CueMatch
      if (!isHedge({items, match, index, headline})) continue
      out.push({first: match.first, last: match.last, category: match.entry.category})
      after = match.last
      break
    }
  }
  return out
}

/** Item indices where a lexicon entry or a weasel subject may start. */
interface CueStarts {
  entries: number[]
  weasels: number[]
}

/** Where cues may start in a sentence: one lookup per word, so the matchers try only those items. */
function cueStarts(items: Items, index: HedgeIndex): CueStarts {
  const starts: CueStarts = {entries: [], weasels: []}
  for (let at = 0; at < items.length; at++) {
    if (!isWordAt(items, at)) continue
    const word = items.words[at] as string
    // The document's words are fresh strings: a look-up would hash each one. Most start nothing.
    if (!mayBeListed(index.startFilter, word)) continue
    const roles = index.startRoles.get(word)
    if (roles === undefined) continue
    if ((roles & entryStart) !== 0) starts.entries.push(at)
    if ((roles & weaselStart) !== 0) starts.weasels.push(at)
  }
  return starts
}

/** Lexicon cues and weasel subjects, in order; a weasel overlapping a lexicon cue gives way. */
function sentenceCues(items: Items, doc: Doc, headline: boolean): FoundCue[] {
  const index = doc.settings.hedges
  const starts = cueStarts(items, index)
  const found = starts.entries.length > 0 ? lexiconCues(items, starts.entries, index, headline) : []
  if (starts.weasels.length === 0) return found
  for (const weasel of findWeasels(items, index, doc.settings.cueWords, starts.weasels)) {
    if (!overlapsAny(found, weasel.first, weasel.last)) found.push({first: weasel.first, last: weasel.last, category: 'weasel'})
  }
  return found.sort((a, b) => a.first - b.first)
}

/** Whether a cue overlaps items `first` to `last`. */
function overlapsAny(cues: readonly FoundCue[], first: number, last: number): boolean {
  for (const cue of cues) if (cue.first <= last && first <= cue.last) return true
  return false
}

/** The claim's cues grouped by scope and hedger. */
interface ClaimGroup {
  range: Range
  quote: Quote | undefined
  cues: HedgeCue[]
}

/** Index of the scope holding item `at`, or -1. */
function scopeIndexOf(scopes: ReadonlyArray<{from: number; to: number}>, at: number): number {
  for (let scope = 0; scope < scopes.length; scope++) {
    const candidate = scopes[scope] as {from: number; to: number}
    if (at >= candidate.from && at < candidate.to) return scope
  }
  return -1
}

/** Whether two groups share a range start: a scope split between the reporter and a speaker. */
function hasSharedStart(groups: Iterable<ClaimGroup>, size: number): boolean {
  const starts = new Set<number>()
  for (const group of groups) starts.add(group.range.start)
  return starts.size < size
}

/**
 * Add the claims of one sentence to `claims`: one per scope and hedger,
 * with all their cues. Objects are written field by field (no spread of a
 * span), in the order of the public types.
 */
function sentenceClaims(doc: Doc, sentence: SentenceInfo, lookup: QuoteLookup, items: Items, claims: HedgedClaim[]): void {
  const kind = doc.paragraphs[sentence.paragraph]?.kind ?? 'body'
  if (!claimKinds.has(kind)) return
  readSentence(sentence, items)
  const cues = sentenceCues(items, doc, kind === 'headline')
  if (cues.length === 0) return
  const {text} = doc
  const scopes = clauseScopes(items)
  const groups = new Map<string, ClaimGroup>()
  for (const cue of cues) {
    const scope = scopeIndexOf(scopes, cue.first)
    const range = scopeRange(items, scopes[scope] ?? {from: 0, to: items.length}, sentence)
    const start = startOf(items, cue.first)
    const end = endOf(items, cue.last)
    const quote = lookup({start, end})
    const key = `${scope}:${quote?.id ?? ''}`
    const group = groups.get(key) ?? {range, quote, cues: []}
    group.cues.push({start, end, text: text.slice(start, end), category: cue.category})
    groups.set(key, group)
  }
  const mixed = hasSharedStart(groups.values(), groups.size)
  for (const group of groups.values()) {
    // A claim split between hedgers keeps the quote's part, unless the cue is the quote's own verb, outside its content.
    const content = group.quote?.content
    const inContent = content !== undefined && group.cues.every((cue) => cue.start >= content.start && cue.end <= content.end)
    const range = mixed && content && inContent ? intersect(group.range, content) : group.range
    claims.push({
      start: range.start,
      end: range.end,
      text: text.slice(range.start, range.end),
      cues: group.cues,
      paragraph: sentence.paragraph,
      hedgedBy: hedgerOf(group.quote),
    })
  }
}

/** The overlap of two ranges (they overlap: the cue lies in both). */
function intersect(a: Range, b: Range): Range {
  return {start: Math.max(a.start, b.start), end: Math.min(a.end, b.end)}
}

/**
 * Find the hedged claims of a document, in order of appearance.
 *
 * @param doc The document model.
 * @param quotes The document's quotes, to tell a speaker's hedge from the reporter's.
 * @returns One claim per sentence or clause (and hedger) with all its cues.
 *
 * @example
 * ```ts
 * const claims = findHedges(doc, quotes)
 * claims[0]?.cues[0]?.category // 'evidential'
 * ```
 */
export function findHedges(doc: Doc, quotes: readonly Quote[]): HedgedClaim[] {
  const lookup = quoteLookup(quotes)
  const claims: HedgedClaim[] = []
  // One set of item arrays, refilled for each sentence.
  const items = newItems(doc)
  for (const sentence of doc.sentences) sentenceClaims(doc, sentence, lookup, items, claims)
  // Claims come in sentence order, so nearly always sorted already: check before paying for a sort.
  for (let index = 1; index < claims.length; index++) {
    if (byPosition(claims[index - 1] as HedgedClaim, claims[index] as HedgedClaim) > 0) return claims.sort(byPosition)
  }
  return claims
}

/** Claims in the order of the text, then of their first cue (`a` before `b` when negative). */
function byPosition(a: HedgedClaim, b: HedgedClaim): number {
  return a.start - b.start || (a.cues[0]?.start ?? 0) - (b.cues[0]?.start ?? 0)
}
