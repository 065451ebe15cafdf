/**
 * A cheap test before a word-list look-up: for each pair of first and last
 * letters (five bits of each code), a bit per length (under 32) that some
 * listed word has. Rules ask about every word of a document, and most words
 * are in no list: the filter turns nearly all of them away without hashing
 * the word. It never turns away a listed word.
 */

/** The widest length the filter tracks; longer words always pass on to the look-up. */
const FILTER_LENGTHS = 32
/** One slot per pair of five-bit letter codes. */
const FILTER_SLOTS = 1024

/** Lengths of listed words by slot (see the module comment). */
export type WordFilter = Uint32Array

/** A word's slot: its first and last codes, five bits each (a–z apart; other characters may share, which only lets more through). */
function filterSlot(word: string): number {
  return ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31)
}

/** Build the filter of a list of words. */
export function buildWordFilter(words: Iterable<string>): WordFilter {
  const filter = new Uint32Array(FILTER_SLOTS)
  for (const word of words) {
    if (word.length === 0 || word.length >= FILTER_LENGTHS) continue
    const slot = filterSlot(word)
    filter[slot] = (filter[slot] as number) | (1 << word.length)
  }
  return filter
}

/** Whether `word` may be in the list the filter was built from: false only when it is not. */
export function mayBeListed(filter: WordFilter, word: string): boolean {
  const length = word.length
  if (length === 0 || length >= FILTER_LENGTHS) return true
  return (((filter[filterSlot(word)] as number) >>> length) & 1) === 1
}
