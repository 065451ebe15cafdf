/**
 * The attribution of a quote in marks: a cue and mention right after it
 * (`“…,” Ortiz said.`, `“…,” said Ortiz, the union's president.`, `“…” —
 * Dr. Aisha Bello`), else before it in its sentence (`Ortiz said: “…”`,
 * `Ortiz called the offer “an insult.”`), else in the sentence before
 * when that one ends in a colon (`He had said after the trip: “…”`).
 */
import {cueAt, type CueMatch} from '../cues/cues.js'
import {mentionAfter, mentionBefore, relayedSource, sentenceSubject, type Mention} from './mentions.js'
import {isSourceLike} from './names.js'
import {isCapitalised, isMark, isQuoteMark, isWordToken, quoteAt, type WordView} from './words.js'

/** A quote's own attribution. */
export interface FoundAttribution {
  cue: CueMatch | null
  mention: Mention
}

/** How far after a quote its cue is looked for, in words (`“…,” a senior official familiar with the talks said`). */
const AFTER_REACH = 30

/** How far before a quote its cue is looked for, in words. */
const BEFORE_REACH = 80

const dashes = new Set(['—', '–', '-', '--', '―'])

/** The words of the frame a quote stands in: the same sentence, outside sibling quotes, inside its parent quote. */
interface Frame {
  /** The quote index whose words count as reporter's text here (-1: the article). */
  owner: number
  lower: number
  upper: number
}

function frameOf(view: WordView, quoteIndex: number): Frame {
  const [first, last] = view.quoteWords[quoteIndex] ?? [0, 0]
  const owner = view.parentQuote[quoteIndex] ?? -1
  const firstWord = view.words[first]
  const lastWord = view.words[Math.max(first, last - 1)]
  let lower = firstWord ? (view.sentenceStart[firstWord.sentence] ?? first) : first
  let upper = lastWord ? (view.sentenceEnd[lastWord.sentence] ?? last) : last
  // A closing mark may end the sentence: the attribution then sits in the next one, same paragraph.
  const next = view.words[last]
  // `“…”` then a line `— Dr. Aisha Bello`: a dash line credits the quote above it.
  const dashLine = next !== undefined && lastWord !== undefined && next.paragraph === lastWord.paragraph + 1 && dashes.has(next.value)
  // Only a short or lower-case continuation (`“…?” Ortiz asked.`) attributes across a sentence end.
  const continues = next !== undefined && (!isCapitalised(view, last) || endsInQuestion(view, last - 1))
  if (next && upper <= last && lastWord && ((next.paragraph === lastWord.paragraph && continues) || dashLine)) {
    upper = view.sentenceEnd[next.sentence] ?? upper
  }
  if (owner >= 0) {
    const [ownerFirst, ownerLast] = view.quoteWords[owner] ?? [0, 0]
    lower = Math.max(lower, ownerFirst + 1)
    upper = Math.min(upper, ownerLast - 1)
  }
  return {owner, lower, upper}
}

/** Whether the quote closing at word `index` ends in `?` or `!`. */
function endsInQuestion(view: WordView, index: number): boolean {
  let probe = index
  while (probe > 0 && isQuoteMark(view, probe)) probe--
  return isMark(view, probe, '?') || isMark(view, probe, '!')
}

/** The end of the reporter's text after a quote: before the next quote in the same frame. */
function stretchEnd(view: WordView, from: number, frame: Frame): number {
  let index = from
  const limit = Math.min(frame.upper, from + AFTER_REACH * 2)
  while (index < limit && quoteAt(view, index) === frame.owner) index++
  return index
}

/** The start of the reporter's text before a quote: after the previous quote in the same frame. */
function stretchStart(view: WordView, before: number, frame: Frame): number {
  let index = before
  const floor = Math.max(frame.lower, before - BEFORE_REACH)
  while (index > floor && quoteAt(view, index - 1) === frame.owner) index--
  return index
}

/** `“…,” Ortiz said` / `“…,” said Ortiz` / `“…” — Dr. Aisha Bello` right after the quote. */
function attributionAfter(view: WordView, from: number, upper: number): FoundAttribution | null {
  let index = from
  let dash = false
  while (index < upper && !isWordToken(view, index)) {
    const value = view.words[index]?.value ?? ''
    if (dashes.has(value)) dash = true
    else if (value !== ',' && !isQuoteMark(view, index)) return null
    index++
  }
  if (index >= upper) return null
  const opening = cueAt(view, index)
  if (opening) {
    const mention = mentionAfter(view, opening.end, upper, true)
    return mention ? {cue: opening, mention} : null
  }
  for (let probe = index + 1; probe < Math.min(upper, index + AFTER_REACH); probe++) {
    if (isQuoteMark(view, probe)) break
    const cue = cueAt(view, probe)
    if (!cue) continue
    const mention = mentionBefore(view, cue.start, index)
    if (mention && mention.start === index) return {cue, mention}
    break
  }
  if (dash) {
    const mention = mentionAfter(view, index, upper, true)
    if (mention) return {cue: null, mention}
  }
  return null
}

/** The nearest cue with a speaker before a quote, in `[lower, before)`. */
function attributionBefore(view: WordView, lower: number, before: number): FoundAttribution | null {
  let pending: CueMatch | null = null
  for (let index = before - 1; index >= lower; index--) {
    const word = view.words[index]
    if (!word || word.kind !== 'word') continue
    const cue = cueAt(view, index)
    if (!cue) continue
    const participle = view.words[cue.start]?.lower.endsWith('ing') ?? false
    // `The Herald quoted two members of the team as saying the government was “tired …”`.
    const relayed = relayedSource(view, cue, before)
    if (relayed) return {cue, mention: relayed.mention}
    const mention =
      mentionBefore(view, cue.start, lower) ??
      (!participle && (isMark(view, cue.start - 1, ',') || cue.phrase || index === lower) ? mentionAfter(view, cue.end, before, false) : null)
    if (mention) return {cue: pending ?? cue, mention}
    // `…, describing the winds as “extreme”`: the participle's subject is the earlier speaker.
    if (pending === null && isMark(view, cue.start - 1, ',')) pending = cue
  }
  const subject = pending ? sentenceSubject(view, lower, pending.start) : null
  return pending && subject && isSourceLike(view, subject) ? {cue: pending, mention: subject} : null
}

/** Whether the sentence before `index` (same paragraph) ends with a colon: it introduces the quote. */
function colonIntroduction(view: WordView, index: number): [number, number] | null {
  const word = view.words[index]
  if (!word) return null
  const sentence = word.sentence
  const startOfSentence = view.sentenceStart[sentence] ?? index
  let probe = index - 1
  while (probe >= startOfSentence && isQuoteMark(view, probe)) probe--
  if (probe >= startOfSentence && isMark(view, probe, ':')) return [startOfSentence, probe]
  if (sentence === 0 || probe >= startOfSentence) return null
  const previousEnd = view.sentenceEnd[sentence - 1] ?? 0
  const previousStart = view.sentenceStart[sentence - 1] ?? 0
  const previous = view.words[previousEnd - 1]
  if (!previous || previous.paragraph !== word.paragraph || !isMark(view, previousEnd - 1, ':')) return null
  return [previousStart, previousEnd - 1]
}

/** Find the attribution of the marked quote at `quoteIndex`, or null when it has none of its own. */
export function attributeMarked(view: WordView, quoteIndex: number): FoundAttribution | null {
  const [first, last] = view.quoteWords[quoteIndex] ?? [0, 0]
  if (first >= last) return null
  const frame = frameOf(view, quoteIndex)
  const afterEnd = stretchEnd(view, last, frame)
  const after = attributionAfter(view, last, afterEnd)
  if (after) return after
  const beforeStart = stretchStart(view, first, frame)
  const before = attributionBefore(view, beforeStart, first)
  if (before) return before
  const introduction = colonIntroduction(view, first)
  if (introduction && frame.owner < 0) return attributionBefore(view, introduction[0], introduction[1])
  return null
}
