/**
 * Matching the hedge lexicon over a sentence's words: every entry that
 * starts at a word, with inflections and a couple of adverbs allowed between
 * the words of a phrase (`is widely believed to`).
 *
 * @module
 */
import type {CueEntry, HedgeIndex} from './lexicon-index.js'
import {isWordAt, wordAt, type Items} from './words.js'

/** An entry found in the text: items `first` to `last`, inclusive. */
export interface CueMatch {
  entry: CueEntry
  first: number
  last: number
}

const skippableWords: ReadonlySet<string> = new Set([
  'yet', 'still', 'also', 'now', 'long', 'even', 'already', 'not', 'always', 'ever', 'so',
])
const maxSkipped = 2

/** Whether item `at` is an adverb that may stand inside a phrase cue (`widely`, `not`, `yet`). */
function isSkippable(items: Items, at: number): boolean {
  const word = wordAt(items, at)
  return word !== '' && (skippableWords.has(word) || (word.length >= 5 && word.endsWith('ly')))
}

/** Whether item `at` is a form of the canonical word `word`. */
function isFormOf(items: Items, at: number, word: string, index: HedgeIndex): boolean {
  const found = wordAt(items, at)
  if (found === '') return false
  if (found === word) return true
  return index.forms.get(found)?.includes(word) ?? false
}

/** The last item of `entry` matched from `start`, or -1. */
function matchEntry(items: Items, start: number, entry: CueEntry, index: HedgeIndex): number {
  let at = start
  let skipped = 0
  for (let w = 1; w < entry.words.length; w++) {
    const word = entry.words[w] as string
    at++
    while (!isFormOf(items, at, word, index) && skipped < maxSkipped && isSkippable(items, at)) {
      at++
      skipped++
    }
    if (!isFormOf(items, at, word, index)) return -1
  }
  return at
}

/** {@link isFormOf} for an item whose word (`''` at a mark) and forms are already looked up. */
function isNextForm(next: string, forms: readonly string[] | undefined, word: string): boolean {
  return next !== '' && (next === word || (forms !== undefined && forms.includes(word)))
}

/** The answer when nothing matches, shared. */
const noMatches: readonly CueMatch[] = Object.freeze([])

/**
 * Every entry that matches from item `start`, longest first.
 *
 * @example
 * ```ts
 * matchesAt(items, 0, settings.hedges)[0]?.entry.key // 'is believed to'
 * ```
 */
export function matchesAt(items: Items, start: number, index: HedgeIndex): readonly CueMatch[] {
  if (!isWordAt(items, start)) return noMatches
  const entries = index.entriesByForm.get(items.words[start] as string)
  if (entries === undefined) return noMatches
  // The next item is read once for all entries: an entry whose second word
  // it is not (and that no adverb may delay) is rejected without matching.
  const next = wordAt(items, start + 1)
  const nextFree = !isSkippable(items, start + 1)
  const nextForms = next !== '' ? index.forms.get(next) : undefined
  // Allocated only once an entry matches: most candidate words start none.
  let out: CueMatch[] | undefined
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at] as CueEntry
    if (nextFree && entry.words.length > 1 && !isNextForm(next, nextForms, entry.words[1] as string)) continue
    const last = matchEntry(items, start, entry, index)
    if (last >= 0) (out ??= []).push({entry, first: start, last})
  }
  if (out === undefined) return noMatches
  return out.length > 1 ? out.sort((a, b) => b.last - a.last) : out
}
