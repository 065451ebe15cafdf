/**
 * Scope: the stretch of text a cue governs. That is its sentence, or, in a
 * long sentence of several clauses, its clause: a long sentence is cut at
 * semicolons, dashes and a comma before a contrasting conjunction (`, but`,
 * `, while`), so a hedge in one clause does not make the other uncertain.
 *
 * @module
 */
import type {Range} from '../engine/tokens.js'
import type {Item} from './words.js'

/** Sentences up to this many words are one scope. */
const longSentence = 40
/** A clause needs this many words to stand as a scope of its own. */
const minClause = 6

const contrastive: ReadonlySet<string> = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet'])
const breaks: ReadonlySet<string> = new Set([';', '—', '–'])

/** Item indices where a new clause starts in a long sentence (the break itself is dropped). */
function clauseStarts(items: readonly Item[]): Array<{resume: number; end: number}> {
  const out: Array<{resume: number; end: number}> = []
  items.forEach((item, at) => {
    if (item.isWord) return
    if (breaks.has(item.word) || item.word === '--') out.push({resume: at + 1, end: at})
    else if (item.word === ',' && contrastive.has(items[at + 1]?.word ?? '')) out.push({resume: at + 1, end: at})
  })
  return out
}

const wordsIn = (items: readonly Item[], from: number, to: number) =>
  items.slice(from, to).filter((item) => item.isWord).length

/**
 * The scopes of a sentence, as item index ranges `[from, to)`: the whole
 * sentence, or its clauses when it is long.
 *
 * @example
 * ```ts
 * clauseScopes(items) // [{from: 0, to: items.length}] for a short sentence
 * ```
 */
export function clauseScopes(items: readonly Item[]): Array<{from: number; to: number}> {
  const whole = [{from: 0, to: items.length}]
  if (wordsIn(items, 0, items.length) <= longSentence) return whole
  const scopes: Array<{from: number; to: number}> = []
  let from = 0
  for (const cut of clauseStarts(items)) {
    if (wordsIn(items, from, cut.end) < minClause || wordsIn(items, cut.resume, items.length) < minClause) continue
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
export function scopeRange(items: readonly Item[], scope: {from: number; to: number}, sentence: Range): Range {
  if (scope.from === 0 && scope.to === items.length) return {start: sentence.start, end: sentence.end}
  const first = items[scope.from]
  const last = items[scope.to - 1]
  return {
    start: scope.from === 0 || !first ? sentence.start : first.start,
    end: scope.to === items.length || !last ? sentence.end : last.end,
  }
}
