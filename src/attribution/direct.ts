/**
 * The attribution of a quote in marks, as named patterns run in order: the
 * first that finds a cue and a mention (or a mention alone) wins, and its
 * id is kept on the quote (`Quote.attribution`).
 *
 * Every pattern reads the quote's frame: its sentence (or, inside another
 * quote, the outer quote's words), outside sibling quotes.
 */
import {cueAt, type CueMatch} from '../cues/cues.js'
import {Tag} from '../engine/tagger.js'
import {determiners} from '../grammar/closed-class.js'
import {addresseeVerbs} from './clauses.js'
import {invertible} from './cue-order.js'
import {coordinatedSubject, mentionAfter, mentionBefore, passiveRelay, relayedSource, sentenceSubject, type Mention} from './mentions.js'
import {isSourceLike} from './names.js'
import type {AttributionPattern} from '../types.js'
import {isCapitalised, isMark, isQuoteMark, isWordToken, quoteAt, type WordView} from './words.js'

/** A quote's own attribution, and the pattern that found it. */
export interface FoundAttribution {
  cue: CueMatch | null
  mention: Mention
  pattern: AttributionPattern
}

/** How far after a quote its cue is looked for, in words (`“…,” a senior official familiar with the talks said`). */
const AFTER_REACH = 30

/** How far before a quote its cue is looked for, in words. */
const BEFORE_REACH = 80

const dashes = new Set(['—', '–', '-', '--', '―'])

/** The words of the frame a quote stands in, and where the reporter's text around it lies. */
export interface Frame {
  /** The quote index whose words count as reporter's text here (-1: the article). */
  owner: number
  lower: number
  upper: number
  /** The quote's first and one-past-last word. */
  first: number
  last: number
  /** Where the reporter's text after the quote ends (before the next quote in the frame). */
  afterEnd: number
  /** Where the reporter's text before the quote starts (after the previous quote in the frame). */
  beforeStart: number
}

/** Whether the quote closing at word `index` ends in `?` or `!`. */
function endsInQuestion(view: WordView, index: number): boolean {
  let probe = index
  while (probe > 0 && isQuoteMark(view, probe)) probe--
  return isMark(view, probe, '?') || isMark(view, probe, '!')
}

/** The frame of the marked quote at `quoteIndex`. */
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
  // The reporter's text runs from the quote to the next quote in the frame, and back to the previous one.
  let afterEnd = last
  const afterLimit = Math.min(upper, last + AFTER_REACH * 2)
  while (afterEnd < afterLimit && quoteAt(view, afterEnd) === owner) afterEnd++
  let beforeStart = first
  const beforeFloor = Math.max(lower, first - BEFORE_REACH)
  while (beforeStart > beforeFloor && quoteAt(view, beforeStart - 1) === owner) beforeStart--
  return {owner, lower, upper, first, last, afterEnd, beforeStart}
}

/** Past the commas, quote marks and dashes after a closing mark: the first word, and whether a dash was crossed; null when other punctuation stands first. */
function firstWordAfter(view: WordView, frame: Frame): {index: number; dash: boolean} | null {
  let index = frame.last
  let dash = false
  while (index < frame.afterEnd && !isWordToken(view, index)) {
    const value = view.words[index]?.value ?? ''
    if (dashes.has(value)) dash = true
    else if (value !== ',' && !isQuoteMark(view, index)) return null
    index++
  }
  return index < frame.afterEnd ? {index, dash} : null
}

/** `“…,” Ortiz said` / `“…,” said Ortiz` / `“…,” Ortiz, the union's president, said`: a cue and its speaker right after the quote. */
function saidAfter(view: WordView, frame: Frame): FoundAttribution | null {
  const start = firstWordAfter(view, frame)
  if (!start) return null
  const {index} = start
  const opening = cueAt(view, index)
  if (opening) {
    const mention = invertible(view, opening) ? mentionAfter(view, opening.end, frame.afterEnd, true) : null
    return mention && !introducesNext(view, mention.end) ? {cue: opening, mention, pattern: 'said-after'} : null
  }
  for (let probe = index + 1; probe < Math.min(frame.afterEnd, index + AFTER_REACH); probe++) {
    if (isQuoteMark(view, probe)) break
    const cue = cueAt(view, probe)
    if (!cue) continue
    // `“…,” he was quoted as saying.`
    const passive = passiveRelay(view, cue, index)
    if (passive && passive.mention.start === index) return {...passive, pattern: 'said-after'}
    const mention = mentionBefore(view, cue.start, index)
    if (mention && mention.start === index && !introducesNext(view, cue.end)) return {cue, mention, pattern: 'said-after'}
    break
  }
  return null
}

/** Whether an attribution ending at `end` closes on a colon: it introduces the quote after it (`Mr Otway replied: ‘…’`), not the one before. */
function introducesNext(view: WordView, end: number): boolean {
  let index = end
  while (index < end + 4 && isWordToken(view, index) && view.tags[index] === Tag.adv) index++
  return isMark(view, index, ':')
}

/** `“Every bridge in the county is older than I am.”` then a line `— Dr. Aisha Bello, county engineer`. */
function dashLine(view: WordView, frame: Frame): FoundAttribution | null {
  const start = firstWordAfter(view, frame)
  if (!start || !start.dash) return null
  const mention = mentionAfter(view, start.index, frame.afterEnd, true)
  return mention ? {cue: null, mention, pattern: 'dash-line'} : null
}

/** Each cue before the quote in its frame, nearest first, with its words before the quote. */
function* cuesBefore(view: WordView, lower: number, before: number): Generator<CueMatch> {
  for (let index = before - 1; index >= lower; index--) {
    const word = view.words[index]
    if (!word || word.kind !== 'word') continue
    const cue = cueAt(view, index)
    if (cue) yield cue
  }
}

/** `The Herald quoted two officials as saying the talks were “dead.”`: the outlet relays; the source it quotes speaks. */
function quotedAsSaying(view: WordView, frame: Frame): FoundAttribution | null {
  for (const cue of cuesBefore(view, frame.beforeStart, frame.first)) {
    const relayed = relayedSource(view, cue, frame.first)
    if (relayed) return {cue, mention: relayed.mention, pattern: 'quoted-as-saying'}
  }
  return null
}


/**
 * `Ortiz told reporters: “…”`, `Ortiz said, “…”`, `Ortiz called the offer
 * “an insult.”`, `said Ortiz, “…”`: the nearest cue before the quote with a
 * speaker before it (or after it, when inverted).
 */
function saidBefore(view: WordView, frame: Frame): FoundAttribution | null {
  const lower = frame.beforeStart
  // `Ortiz said Tuesday, calling the offer “an insult”`: the participle nearer the quote is its cue.
  let nearerParticiple: CueMatch | null = null
  for (const cue of cuesBefore(view, lower, frame.first)) {
    if (relayedSource(view, cue, frame.first)) continue
    const passive = passiveRelay(view, cue, lower)
    if (passive) return {...passive, pattern: 'said-before'}
    const participle = !cue.phrase && (view.words[cue.start]?.lower.endsWith('ing') ?? false)
    const inverted = !participle && (isMark(view, cue.start - 1, ',') || cue.phrase || cue.start === lower)
    // `…, according to Lennie, ‘…’`: a phrase cue's source stands after it, never before.
    const after = inverted && invertible(view, cue) ? () => mentionAfter(view, cue.end, frame.first, false) : () => null
    const mention = cue.phrase ? after() : (mentionBefore(view, cue.start, lower) ?? coordinatedSubject(view, cue, lower) ?? after())
    if (mention) {
      // `Kamphuis told the broadcaster that his client denied any involvement and would “answer …”`:
      // the subject of a reported clause is reported on; the quoted words are the reporter of the clause's.
      const outer = outerReport(view, mention, lower)
      if (outer) return {...outer, pattern: 'said-before'}
      return {cue: nearerParticiple ?? cue, mention, pattern: 'said-before'}
    }
    if (!isMark(view, cue.start - 1, ',')) continue
    if (participle) {
      nearerParticiple ??= cue
      continue
    }
    // `Sarah Reid, who chairs the campaign group Northern Commuters’ Voice, said: ‘…’`: an apposition too
    // long or odd to read back through; the verb after the comma is the sentence subject's.
    const subject = sentenceSubject(view, frame.lower, cue.start)
    if (subject && isSourceLike(view, subject)) return {cue: nearerParticiple ?? cue, mention: subject, pattern: 'said-before'}
  }
  return null
}

/**
 * The cue and speaker of the report whose clause a mention opens (`said her
 * client …`, `told reporters that the mayor …`), or null: a cue right
 * before the mention, past `that` and, for verbs that take one, an
 * addressee.
 */
function outerReport(view: WordView, mention: Mention, lower: number): {cue: CueMatch; mention: Mention} | null {
  let at = mention.start - 1
  // `says the two of them argued “…”`: a determiner the mention left out.
  if (determiners.has(view.words[at]?.lower ?? '')) at--
  if (view.words[at]?.lower === 'that') at--
  for (let back = at; back >= Math.max(lower, at - 6); back--) {
    const cue = cueAt(view, back)
    if (cue && !cue.phrase && !cue.objectOnly && cue.end === at + 1) {
      const speaker = mentionBefore(view, cue.start, lower)
      return speaker ? {cue, mention: speaker} : null
    }
    if (cue && addresseeVerbs.has(view.words[back]?.lower ?? '') && view.words[mention.start - 1]?.lower === 'that') {
      const speaker = mentionBefore(view, cue.start, lower)
      return speaker ? {cue, mention: speaker} : null
    }
    // Past an addressee (`told regional broadcaster RTV Maasstad that`): words only, no punctuation, no verb.
    if (!isWordToken(view, back) || view.tags[back] === Tag.verb || view.tags[back] === Tag.aux) return null
  }
  return null
}

/** Words before a participle cue that leave its subject to the sentence (`by urging`, `while insisting`, `, describing`). */
const participleOpeners: ReadonlySet<string> = new Set(['by', 'while', 'when', 'after', 'before', 'in', 'without', 'since'])

/**
 * `Ortiz drew criticism by publicly urging the board to “get those forces
 * under control.”`, `…, describing the winds as “extreme”`: a participle
 * cue with no subject of its own speaks for the sentence's subject.
 */
function participle(view: WordView, frame: Frame): FoundAttribution | null {
  for (const cue of cuesBefore(view, frame.beforeStart, frame.first)) {
    // `according to` ends in -ing but is a phrase: its source follows it.
    if (cue.phrase || !(view.words[cue.start]?.lower.endsWith('ing') ?? false)) continue
    let before = cue.start - 1
    while (before > frame.beforeStart && view.tags[before] === Tag.adv) before--
    if (!isMark(view, before, ',') && !participleOpeners.has(view.words[before]?.lower ?? '')) continue
    const subject = sentenceSubject(view, frame.lower, cue.start)
    return subject && isSourceLike(view, subject) ? {cue, mention: subject, pattern: 'participle'} : null
  }
  return null
}

/** The sentence before the quote, in its paragraph, when it ends in a colon (`He had said after the trip:`). */
function colonIntroduction(view: WordView, frame: Frame): [number, number] | null {
  const word = view.words[frame.first]
  if (!word) return null
  const sentence = word.sentence
  const startOfSentence = view.sentenceStart[sentence] ?? frame.first
  let probe = frame.first - 1
  while (probe >= startOfSentence && isQuoteMark(view, probe)) probe--
  if (probe >= startOfSentence && isMark(view, probe, ':')) return [startOfSentence, probe]
  if (sentence === 0 || probe >= startOfSentence) return null
  const previousEnd = view.sentenceEnd[sentence - 1] ?? 0
  const previousStart = view.sentenceStart[sentence - 1] ?? 0
  const previous = view.words[previousEnd - 1]
  if (!previous || previous.paragraph !== word.paragraph || !isMark(view, previousEnd - 1, ':')) return null
  return [previousStart, previousEnd - 1]
}

/** `He had said after the trip: “We expect every partner to keep its word.”`: the introducing sentence attributes the quote. */
function colonIntro(view: WordView, frame: Frame): FoundAttribution | null {
  if (frame.owner >= 0) return null
  const introduction = colonIntroduction(view, frame)
  if (!introduction) return null
  const found = saidBefore(view, {...frame, beforeStart: introduction[0], first: introduction[1]})
  return found ? {...found, pattern: 'colon-intro'} : null
}

/** A named pattern for quotes in marks. */
export interface MarkedPattern {
  id: AttributionPattern
  /** A sentence it attributes. */
  example: string
  find: (view: WordView, frame: Frame) => FoundAttribution | null
}

/**
 * The patterns for quotes in marks, in the order they are tried. A quote
 * none of them attributes may still continue the speaker before it (see
 * `attribute-quotes.ts`: `continuation`, `introduced-speaker`).
 */
export const markedPatterns: readonly MarkedPattern[] = [
  {id: 'said-after', example: '“We will not back down,” Ortiz said.', find: saidAfter},
  {id: 'dash-line', example: '“Every bridge is older than I am.”\n— Dr. Aisha Bello, county engineer', find: dashLine},
  {id: 'quoted-as-saying', example: 'The Herald quoted two officials as saying the talks were “dead.”', find: quotedAsSaying},
  {id: 'said-before', example: 'Ortiz told reporters: “We will not back down.”', find: saidBefore},
  {id: 'participle', example: 'Ortiz drew criticism by urging the board to “get those forces under control.”', find: participle},
  {id: 'colon-intro', example: 'He had said after the trip: “We expect every partner to keep its word.”', find: colonIntro},
]

/** Find the attribution of the marked quote at `quoteIndex`, or null when it has none of its own. */
export function attributeMarked(view: WordView, quoteIndex: number): FoundAttribution | null {
  const [first, last] = view.quoteWords[quoteIndex] ?? [0, 0]
  if (first >= last) return null
  const frame = frameOf(view, quoteIndex)
  for (const pattern of markedPatterns) {
    const found = pattern.find(view, frame)
    if (found) return found
  }
  return null
}
