/**
 * The quote stage's word lists indexed for lookup, built once per settings
 * object: mention introducers by their last word. A word then costs one
 * map lookup instead of a scan of every phrase. (Reporting cues are the
 * word layer's, `cues/cues.ts`.)
 */
import type {Settings} from '../options.js'

type Phrases = ReadonlyArray<readonly string[]>

/** The indexed lists. */
export interface QuoteIndex {
  /** {@link Settings.mentionIntroducers} by last word (the word right before the mark). */
  introducersByLast: ReadonlyMap<string, Phrases>
}

const cache = new WeakMap<Settings, QuoteIndex>()

function groupBy(phrases: Phrases, keyOf: (phrase: readonly string[]) => string): Map<string, Array<readonly string[]>> {
  const out = new Map<string, Array<readonly string[]>>()
  for (const phrase of phrases) {
    const key = keyOf(phrase)
    const list = out.get(key)
    if (list) list.push(phrase)
    else out.set(key, [phrase])
  }
  return out
}

/** The quote index of `settings`, built on first use. */
export function quoteIndex(settings: Settings): QuoteIndex {
  let index = cache.get(settings)
  if (!index) {
    index = {
      introducersByLast: groupBy(settings.mentionIntroducers, (phrase) => phrase[phrase.length - 1] ?? ''),
    }
    cache.set(settings, index)
  }
  return index
}
