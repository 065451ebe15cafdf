/**
 * Scope: the stretch of text a cue governs. That is its sentence, or, in a
 * long sentence of several clauses, its clause: a long sentence is cut at
 * semicolons, dashes and a comma before a contrasting conjunction (`, but`,
 * `, while`), so a hedge in one clause does not make the other uncertain.
 *
 * @module
 */
import type {Range} from '../engine/tokens.js'
import {endOf, isWordAt, startOf, textAt, type Items} from './words.js'

/** Sentences up to this many words are one scope. */
const longSentence = 40
/** A clause needs this many words to stand as a scope of its own. */
const minClause = 6

const contrastive: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet'])
const breaks: ReadonlySet<string> = new Set([';', '—', '–'])

/** Item indices where a new clause starts in a long sentence (the break itself is dropped). */
function clauseStarts(items: Items): Array<{resume: number; end: number}> {
  const out: Array<{resume: number; end: number}> = []
  for (let at = 0; at < items.length; at++) {
    if (isWordAt(items, at)) continue
    const mark = textAt(items, at)
    if (breaks.has(mark) || mark === '--') out.push({resume: at + 1, end: at})
    else if (mark === ',' && contrastive.has(textAt(items, at + 1))) out.push({resume: at + 1, end: at})
  }
  return out
}

/**
 * How many words stand before each item: entry `at` counts items `0` to
 * `at - 1`, entry `length` the whole sentence. Counting once keeps the cut
 * tests linear however many clauses a sentence has.
 */
function wordCounts(items: Items): number[] {
  const counts: number[] = [0]
  for (let at = 0; at < items.length; at++) counts.push((counts[at] as number) + (isWordAt(items, at) ? 1 : 0))
  return counts
}

/** Words among items `from` to `to - 1` (none when `to <= from`). */
function wordsIn(counts: readonly number[], from: number, to: number): number {
  return to <= from ? 0 : (counts[to] as number) - (counts[from] as number)
}

/** How many of a sentence's items are words. */
function wordTotal(items: Items): number {
  let total = 0
  for (let at = 0; at < items.length; at++) if (isWordAt(items, at)) total++
  return total
}

/**
 * The scopes of a sentence, as item index ranges `[from, to)`: the whole
 * sentence, or its clauses when it is long.
 *
 * @example
 * ```ts
 * clauseScopes(items) // [{from: 0, to: items.length}] for a short sentence
 * ```
 */
export function clauseScopes(items: Items): Array<{from: number; to: number}> {
  const whole = [{from: 0, to: items.length}]
  if (wordTotal(items) <= longSentence) return whole
  const counts = wordCounts(items)
  const scopes: Array<{from: number; to: number}> = []
  let from = 0
  for (const cut of clauseStarts(items)) {
    if (wordsIn(counts, from, cut.end) < minClause || wordsIn(counts, cut.resume, items.length) < minClause) continue
    scopes.push({from, to: cut.end})
    from = cut.resume
  }
  scopes.push({from, to: items.length})
  return scopes
}

/**
 * The offsets of a scope: the sentence's own when it is whole, else its items'.
 *
 * @example
 * ```ts
 * scopeRange(items, {from: 0, to: items.length}, sentence) // the sentence's start and end
 * ```
 */
export function scopeRange(items: Items, scope: {from: number; to: number}, sentence: Range): Range {
  if (scope.from === 0 && scope.to === items.length) return {start: sentence.start, end: sentence.end}
  const last = scope.to - 1
  return {
    start: scope.from === 0 || scope.from >= items.length ? sentence.start : startOf(items, scope.from),
    end: scope.to === items.length || last < 0 || last >= items.length ? sentence.end : endOf(items, last),
  }
}
