/**
 * Direct or partial: a whole utterance, or a fragment inside the
 * reporter's own sentence.
 */
import type {Settings} from '../options.js'
import type {SpanEvidence} from './evidence.js'

/** Words before the mark searched for a cue that introduces a whole utterance (`said, “We …”`). */
const cueReach = 3

/**
 * `direct` when the quote opens its sentence, follows a colon or a dash,
 * or follows a comma after a cue or with a capital (`he said, “we
 * rebuild”`, `she said Tuesday, “We …”`), or starts with a capital right
 * after a cue and ends like a sentence; `partial` otherwise.
 */
export function quoteKind(evidence: SpanEvidence, settings: Settings): 'direct' | 'partial' {
  const {before, form} = evidence
  if (evidence.opensSentence || evidence.resumesQuote) return 'direct'
  if (before.char === ':' || before.char === '—' || before.char === '–') return 'direct'
  const cueNear = before.cueDistance > 0 && before.cueDistance <= cueReach
  // `He said, “we rebuild.”` is whole; `Oversight, he said, “would add cost.”` finishes the reporter's clause.
  if (before.char === ',' && (form.capitalised || (cueNear && before.commas === 1 && before.reachesStart))) {
    return 'direct'
  }
  if (form.capitalised && cueNear && form.terminal && form.words >= 3) return 'direct'
  return 'partial'
}
