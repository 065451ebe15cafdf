/**
 * Quote or not: whether a marked span holds words the article reports as
 * someone's, or a name, a title, a word mentioned as a word, scare quotes.
 * Decided from evidence in the text: what introduces the marks, the form
 * of their content, where they stand, and whether a reporting cue stands
 * in the sentence.
 */
import type {Settings} from '../options.js'
import type {ContentForm} from './content.js'
import {endsWith, type Before} from './context.js'
import {definiteOpeners} from '../grammar/closed-class.js'

/** What is known about a marked span where it stands. */
export interface SpanEvidence {
  form: ContentForm
  before: Before
  /** The opening mark begins its sentence. */
  opensSentence: boolean
  /** A reporting cue stands in the span's sentences, outside the span, before or after it. */
  cueOutside: boolean
  /** A reporting cue stands before the span in its sentence. */
  cueBefore: boolean
  /** A reporting cue follows the closing mark within a few words (`,” Ortiz said`). */
  cueFollows: boolean
  /**
   * The span goes on with a direct quote that its attribution split (`“First,”
   * he said, “we rebuild.”`).
   */
  resumesQuote: boolean
  /** How many marked spans enclose this one. */
  depth: number
}

/** Whether the marks stand inside a noun phrase (`the ISIS “caliphate”`), right after a word. */
function insideNounPhrase(before: Before): boolean {
  // Right after a word, or a possessive (`the rebels’ “republic”`).
  if (!/^[\p{L}\p{N}’']$/u.test(before.char)) return false
  const [nearest, next] = before.words
  return (nearest !== undefined && definiteOpeners.has(nearest)) || (next !== undefined && definiteOpeners.has(next))
}

/** Fragments this long or longer are quoted words even without a cue in the sentence. */
const longFragment = 4
/** Words before an inner opening mark searched for the cue that reports it. */
const innerCueReach = 6

/** Whether the words before the mark introduce a name, title or mention (`so-called`, `known as`). */
export function introducesMention(before: readonly string[], settings: Settings): boolean {
  const nearest = before[0]
  if (nearest === undefined) return false
  // Only the phrases ending with the word right before the mark can match.
  const phrases = settings.introducersByLast.get(nearest)
  if (phrases === undefined) return false
  for (const phrase of phrases) if (endsWith(before, phrase)) return true
  return false
}

/** Whether a work noun (`film`, `leaflet`) stands right before the mark, maybe behind a comma. */
export function followsWorkNoun(before: readonly string[], settings: Settings): boolean {
  const nearest = before[0]
  return nearest !== undefined && settings.workNouns.has(nearest)
}

/** Whether a marked span holds a quote. */
export function isQuote(evidence: SpanEvidence, settings: Settings): boolean {
  const {form, before} = evidence
  if (form.words === 0) return false
  if (introducesMention(before.words, settings)) return false
  if (followsWorkNoun(before.words, settings) && (form.titleCase || (!form.terminal && form.words < longFragment))) {
    return false
  }
  if (evidence.depth > 0) return isReportedInside(evidence, settings)
  // A name or title in running text: title case, no clause punctuation.
  if (form.titleCase && !form.sentenceEnd && (!evidence.opensSentence || !evidence.cueOutside)) return false
  if (evidence.opensSentence || before.char === ':') return true
  if (form.words >= longFragment || evidence.resumesQuote) return true
  // `“Real words,” Ortiz said`: an utterance closed on its own punctuation, then attributed.
  if (form.terminal && evidence.cueFollows && !insideNounPhrase(before)) return true
  // A short fragment is quoted words only as the complement of a cue before it
  // (`called it “unacceptable”`); otherwise scare quotes (`the ISIS “caliphate”`).
  return evidence.cueBefore
}

/**
 * A span inside a quote is a quote of its own only when the outer speaker
 * reports it as someone's words: a cue shortly before it (`told us,
 * ‘Stay below’`), and words that make an utterance, not a title or a term.
 */
function isReportedInside(evidence: SpanEvidence, settings: Settings): boolean {
  const {form, before} = evidence
  if (form.titleCase && !form.sentenceEnd) return false
  if (form.words < 2 && !form.terminal) return false
  return before.cueDistance > 0 && before.cueDistance <= innerCueReach
}
