/**
 * Mentions: the whole noun phrase that names a speaker next to a cue —
 * `Ortiz`, `Gov. Ruth A. Diaz`, `a senior official familiar with the
 * talks`, `Ortiz, the union's president` — read backwards from a cue (the
 * subject) or forwards after it (`said Ortiz`, `according to the report`).
 * Without a part-of-speech tagger, the phrase is bounded by punctuation,
 * conjunctions, finite verbs and the rule that a determiner can only be
 * reached across a preposition (`people familiar with the talks`).
 */
import {cueAt, type CueMatch} from '../cues/cues.js'
import {
  appositionOpeners,
  clauseBreaks,
  dayWords,
  determiners,
  finiteVerbs,
  notSpeakers,
  nameEndingTimeWords,
  phraseAdjectives,
  relativePronouns,
  settingNouns,
  verbPreModifiers,
} from './grammar.js'
import {startsCue} from '../cues/cues.js'
import {Tag} from '../engine/tagger.js'
import {isUpper} from '../engine/chars.js'
import {isSourceLike} from './names.js'
import {breaksNounPhrase, isModifierCoordination, opensAdverbial} from '../grammar/noun-phrases.js'
import {beWords, catenativeVerbs, haveDoForms, phrasePrepositions, prepositions, pronounOf, speakerPronouns, subordinators} from '../grammar/closed-class.js'
import {irregularLemma, verbForms} from '../grammar/verbs.js'
import {isCapitalised, isMark, isPossessiveMark, isQuoteMark, isWordToken, quoteAt, type WordView} from './words.js'

/** A mention: its words `[start, end)`, and its core noun phrase `[headStart, headEnd)` without apposition or relative clause. */
export interface Mention {
  start: number
  end: number
  headStart: number
  headEnd: number
}

/** Longest stretch read for one apposition or relative clause, in words. */
const MAX_SEGMENT = 30
/** Most appositions chained before a cue (`Beaumont, 71, who has lived …, said`). */
const MAX_APPOSITIONS = 3

const lowerAt = (view: WordView, index: number): string => view.words[index]?.lower ?? ''

const isNumberWord = (value: string): boolean => value.length > 0 && value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57

/**
 * Whether the word at `index` is one of the finite forms that end a phrase
 * (`is`, `had`, `plans`): by the list where the word is untagged, and only
 * as a verb where it is tagged (`the plans` is a noun).
 */
function finiteAt(view: WordView, index: number): boolean {
  if (!finiteVerbs.has(lowerAt(view, index))) return false
  const tag = view.tags[index]
  return tag === Tag.none || tag === undefined || tag === Tag.verb || tag === Tag.aux
}

/** Whether a word at `index` is a reporting verb in use (phrases such as `according to` excluded). */
function isCueVerb(view: WordView, index: number): boolean {
  const cue = cueAt(view, index)
  return cue !== null && !cue.phrase
}

/**
 * Whether the word at `index` is a participle or adjective that takes a
 * preposition inside a noun phrase (`briefed on`, `familiar with`): then it
 * modifies the noun before it, even when it is also a reporting verb
 * (`two people briefed on the matter`).
 */
export function isPhraseModifier(view: WordView, index: number): boolean {
  return phraseAdjectives.has(lowerAt(view, index)) && phrasePrepositions.has(lowerAt(view, index + 1)) && isWordToken(view, index + 1)
}

/** A reporting verb that ends a noun phrase read backwards: not one that modifies the noun (`briefed on`). */
function breaksPhrase(view: WordView, index: number): boolean {
  return isCueVerb(view, index) && !isPhraseModifier(view, index)
}

/** Whether the segment starting at `index` reads as an apposition (`the union's president`, `71`, `who …`). */
export function opensApposition(view: WordView, index: number): boolean {
  if (!isWordToken(view, index)) return false
  const value = lowerAt(view, index)
  if (appositionOpeners.has(value) || isNumberWord(value)) return true
  if (value === 'and' && relativePronouns.has(lowerAt(view, index + 1))) return true
  // `Nina Castellanos, D-Portland,`: a lawmaker's party and home, as US papers write them.
  if (isPartyTag(view.words[index]?.value ?? '')) return true
  const settings = view.doc.settings
  return (
    !isCapitalised(view, index) &&
    (settings.personTitles.has(value) || settings.sourceRoles.has(value) || value.endsWith('ing') || value.endsWith('ed'))
  )
}

/** `D-Portland`, `R-Texas`, `I-Vt.`: a party letter, a hyphen and a capitalised place. */
function isPartyTag(value: string): boolean {
  const party = value.charCodeAt(0)
  return (party === 0x44 || party === 0x52 || party === 0x49) && value.charCodeAt(1) === 0x2d && isUpper(value.charAt(2))
}

/**
 * Read a core noun phrase backwards from its last word `last`, not before
 * `lower`. Returns its first word, or -1.
 */
function coreBefore(view: WordView, last: number, lower: number): number {
  if (last < lower || !isWordToken(view, last)) return -1
  const value = lowerAt(view, last)
  if (speakerPronouns.has(pronounOf(value))) return last
  if (notSpeakers.has(value) || determiners.has(value) || phrasePrepositions.has(value) || clauseBreaks.has(value)) {
    return -1
  }
  if (breaksNounPhrase(view, last)) return -1
  const paragraph = view.words[last]?.paragraph
  let start = -1
  let needPreposition = false
  let prepositions = 0
  let participle = false
  for (let index = last; index >= Math.max(lower, last - MAX_SEGMENT); index--) {
    // A mention never reaches across a paragraph break.
    if (view.words[index]?.paragraph !== paragraph) break
    if (!isWordToken(view, index)) {
      // `AT&T`-like symbols between capitalised words stay inside a name.
      if (view.words[index]?.value === '&' && isCapitalised(view, index - 1)) continue
      if (isPossessiveMark(view, index)) continue
      break
    }
    const word = lowerAt(view, index)
    if (needPreposition) {
      // `people involved in planning the festival`: a gerund and its object inside the phrase's preposition.
      if (word.endsWith('ing') && phrasePrepositions.has(lowerAt(view, index - 1)) && !isCapitalised(view, index)) continue
      if (phrasePrepositions.has(word) && isWordToken(view, index - 1) && index - 1 >= lower && prepositions < 2) {
        needPreposition = false
        prepositions++
        continue
      }
      break
    }
    const capital = isCapitalised(view, index) && index !== last
    // `a consultant hired by the board`, `a spokesman reached by phone`, `a banker not involved in the deal`:
    // one participle phrase after the head belongs to the phrase.
    if (start >= 0 && !participle && isPostModifyingParticiple(view, index)) {
      participle = true
      if (lowerAt(view, index - 1) === 'not') index--
      continue
    }
    if ((clauseBreaks.has(word) && !isModifierCoordination(view, index)) || dayWords.has(word) || (finiteAt(view, index) && !capital)) break
    if (index !== last && !capital && (speakerPronouns.has(word) || breaksPhrase(view, index))) break
    // The tags rule out verbs, adverbs, conjunctions and particles (`Speaking`, `But`, `Although`); prepositions are read below.
    if (!phrasePrepositions.has(word) && !determiners.has(word) && breaksNounPhrase(view, index)) break
    if (determiners.has(word) || isNumberWord(word)) {
      start = index
      needPreposition = true
      continue
    }
    if (phrasePrepositions.has(word)) {
      if (start < 0 || index - 1 < lower || !isWordToken(view, index - 1) || prepositions >= 2) break
      prepositions++
      continue
    }
    start = index
  }
  return start
}

/**
 * Whether the word at `index` is a participle that follows the head of a
 * noun phrase and opens a phrase modifying it (`hired by the board`,
 * `familiar with the talks`, `not involved in the deal`): a past or
 * present participle right after a noun (or after `not` after one), with a
 * preposition or an object after it.
 */
function isPostModifyingParticiple(view: WordView, index: number): boolean {
  const word = lowerAt(view, index)
  const tag = view.tags[index]
  if (tag !== Tag.verb && tag !== Tag.adj && tag !== Tag.none) return false
  const participleForm = word.endsWith('ed') || word.endsWith('ing') || phraseAdjectives.has(word) || irregularLemma(word) !== undefined
  if (!participleForm || isCapitalised(view, index)) return false
  // A reporting verb in use is finite (`Condor Andino said in a statement`), unless it takes a preposition in a phrase (`briefed on`).
  if (startsCue(view, index) && !phraseAdjectives.has(word)) return false
  const before = lowerAt(view, index - 1) === 'not' ? index - 2 : index - 1
  const beforeTag = view.tags[before]
  // A common noun takes a participle phrase (`a consultant hired by the board`); a name seldom does.
  if (!isWordToken(view, before) || (beforeTag !== Tag.noun && beforeTag !== Tag.num && !(beforeTag === Tag.propn && !isCapitalised(view, before)))) return false
  const afterTag = view.tags[index + 1]
  return afterTag === Tag.adp || afterTag === Tag.det || afterTag === Tag.part || phrasePrepositions.has(lowerAt(view, index + 1))
}

/**
 * Widen a phrase back to the start of its stretch (the sentence start or
 * the last comma) when that stretch is one noun phrase: it opens with a
 * determiner, number or capital and holds no verb or conjunction
 * (`Two people involved in planning the festival`).
 */
function widenToStretch(view: WordView, start: number, lower: number): number {
  let index = start - 1
  const floor = Math.max(lower, start - MAX_SEGMENT)
  const paragraph = view.words[start]?.paragraph
  while (index >= floor && isWordToken(view, index) && view.words[index]?.paragraph === paragraph) {
    const word = lowerAt(view, index)
    if (clauseBreaks.has(word) || finiteAt(view, index) || speakerPronouns.has(word) || breaksPhrase(view, index)) return start
    if (!phrasePrepositions.has(word) && !determiners.has(word) && breaksNounPhrase(view, index)) return start
    index--
  }
  const first = index + 1
  if (first === start || (index >= floor && !isMark(view, index, ',') && index >= lower)) return start
  const opener = lowerAt(view, first)
  if (phrasePrepositions.has(opener) || dayWords.has(opener) || opensAdverbial(view, first)) return start
  return determiners.has(opener) || isNumberWord(opener) || isCapitalised(view, first) ? first : start
}

/** Read the subject before a clause-internal position: a relative clause back to its head, else a core phrase. */
function subjectBefore(view: WordView, last: number, lower: number): Mention | null {
  // `support, which she called “…”`: a pronoun is a whole subject, whatever relative clause it stands in.
  if (speakerPronouns.has(pronounOf(lowerAt(view, last))) && isWordToken(view, last)) return {start: last, end: last + 1, headStart: last, headEnd: last + 1}
  const floor = Math.max(lower, last - MAX_SEGMENT)
  for (let index = last; index > floor; index--) {
    if (!isWordToken(view, index)) break
    if (relativePronouns.has(lowerAt(view, index)) && index - 1 >= lower) {
      const core = coreBefore(view, index - 1, lower)
      if (core < 0) return null
      const head = widenToStretch(view, core, lower)
      const end = index === last ? index : last + 1
      // `Gloria Pettway, 77, a retired ferry captain who says …`: the clause is on an apposition of a name.
      const named = nameBeforeAppositions(view, head, lower)
      if (named) return {start: named[0], end, headStart: named[0], headEnd: named[1]}
      // `sources who revealed …`: a bare relative pronoun before the cue is not part of the mention.
      return {start: head, end, headStart: head, headEnd: index}
    }
  }
  const core = coreBefore(view, last, lower)
  if (core < 0) return null
  const head = speakerPronouns.has(lowerAt(view, core)) ? core : widenToStretch(view, core, lower)
  return {start: head, end: last + 1, headStart: head, headEnd: last + 1}
}

/**
 * The name an apposition starting at `start` belongs to: back over a comma
 * and at most one more apposition (`, 77,`), a name segment (`Gloria
 * Pettway`). Its bounds, or null.
 */
function nameBeforeAppositions(view: WordView, start: number, lower: number): [number, number] | null {
  let comma = start - 1
  for (let hops = 0; hops < 2 && comma > lower && isMark(view, comma, ','); hops++) {
    let segmentStart = comma
    while (segmentStart > lower && !isSegmentBound(view, segmentStart - 1)) segmentStart--
    if (segmentStart >= comma) return null
    if (isNameSegment(view, segmentStart, comma)) return [segmentStart, comma]
    if (!opensApposition(view, segmentStart)) return null
    comma = segmentStart - 1
  }
  return null
}

/** Punctuation that bounds an apposition segment. */
function isSegmentBound(view: WordView, index: number): boolean {
  const word = view.words[index]
  if (!word || word.kind === 'word') return false
  return segmentBounds.has(word.value) || (isQuoteMark(view, index) && !possessiveInside(view, index))
}

/** `who runs the local musicians’ union`: an apostrophe of a plural possessive that closes no quote. */
function possessiveInside(view: WordView, index: number): boolean {
  if (!isPossessiveMark(view, index)) return false
  const quote = view.quoteOf[index] ?? -1
  return quote < 0 || view.quoteWords[quote]?.[1] !== index + 1
}

/** Punctuation that ends an apposition or clause segment; `%`, `$`, `&`, `/` and hyphens do not. */
const segmentBounds: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '―', '--', '.', '!', '?', '…'])

/**
 * Whether `[start, end)` is a name: capitalised words, possibly joined by
 * `de`, `van` …, and where it is from (`Russell Tennant of Lubbock`, `Jo Ann
 * Whitcombe of the state public defender’s office`).
 */
function isNameSegment(view: WordView, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 14) return false
  let name = end
  for (let index = start + 2; index < end - 1; index++) {
    if (lowerAt(view, index) === 'of' || lowerAt(view, index) === 'from') {
      name = index
      break
    }
  }
  if (name - start > 6 || end - name > 8) return false
  for (let index = start; index < name; index++) {
    if (!isWordToken(view, index)) return false
    if (!isCapitalised(view, index) && !nameJoiners.has(lowerAt(view, index))) return false
  }
  // Where the name is from is a noun phrase: words and possessive marks, no verb.
  for (let index = name + 1; index < end; index++) {
    if (!isWordToken(view, index) && !isPossessiveMark(view, index)) return false
    if (view.tags[index] === Tag.verb || view.tags[index] === Tag.aux) return false
  }
  return isCapitalised(view, name - 1)
}

const nameJoiners: ReadonlySet<string> = new Set(['de', 'la', 'del', 'van', 'von', 'der', 'al', 'bin', 'da', 'du', 'le', 'di'])

/** `Its chair, Grace Okonjo, said`: a role, then the name in apposition; the name is the head. */
function nameAfterRole(view: WordView, nameStart: number, nameEnd: number, comma: number, lower: number): Mention | null {
  if (comma < lower || !isMark(view, comma, ',') || !isNameSegment(view, nameStart, nameEnd)) return null
  const role = coreBefore(view, comma - 1, lower)
  if (role < 0) return null
  const opener = lowerAt(view, role)
  const settings = view.doc.settings
  const roleWord = settings.personTitles.has(opener) || settings.sourceRoles.has(opener)
  if (!determiners.has(opener) && !opener.endsWith("'s") && !isCapitalised(view, role) && !roleWord) return null
  // The role must name a role, not be another name: `The mayor of Kalyros`, `Its chair`.
  let common = false
  for (let index = role; index < comma && !common; index++) {
    common = isWordToken(view, index) && !isCapitalised(view, index) && !determiners.has(lowerAt(view, index)) && !phrasePrepositions.has(lowerAt(view, index))
  }
  if (!common) return null
  return {start: role, end: nameEnd, headStart: nameStart, headEnd: nameEnd}
}

/** `Ortiz, the union's president, said`: appositions before a cue whose comma stands at `comma`. */
/** Prepositions that open a parenthetical setting after a subject (`, in a statement,`, `, during the meeting,`). */
const settingOpeners: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'speaking'])

function appositionBefore(view: WordView, comma: number, lower: number): Mention | null {
  let position = comma
  // The segment read last, nearer the cue: the head when the one before it is a fronted adverbial.
  let later: [number, number] | null = null
  for (let count = 0; count < MAX_APPOSITIONS; count++) {
    let bound = position - 1
    const floor = Math.max(lower, position - MAX_SEGMENT)
    while (bound >= floor && !isSegmentBound(view, bound)) bound--
    const segmentStart = bound + 1
    if (segmentStart >= position) return null
    // `Sandvik, in her ninth season, told …`: a setting between commas is passed over like an apposition.
    // `Ravi Doshi, of the campaign group Save Haddow Fields, said`: where a source is from is an apposition too.
    const fromWhere = (lowerAt(view, segmentStart) === 'of' || lowerAt(view, segmentStart) === 'from') && isWordToken(view, segmentStart + 1)
    const opens = opensApposition(view, segmentStart) || fromWhere || (!isCapitalised(view, segmentStart) && settingOpeners.has(lowerAt(view, segmentStart)))
    if (!opens || bound < lower || !isMark(view, bound, ',')) {
      if (count === 0) return nameAfterRole(view, segmentStart, position, bound, lower)
      // `In Salem, a spokesperson for the attorney general’s office, which …, said`: a fronted adverbial is no head.
      if (later && (view.tags[segmentStart] === Tag.adp || view.tags[segmentStart] === Tag.sconj)) {
        const head = subjectBefore(view, later[1] - 1, later[0])
        if (head) return {start: head.start, end: comma, headStart: head.headStart, headEnd: head.headEnd}
      }
      // The segment before the first apposition holds the head (`A consultant who has worked on it, and who …`).
      const head = subjectBefore(view, position - 1, segmentStart)
      if (!head) return null
      return {start: head.start, end: comma, headStart: head.headStart, headEnd: head.headEnd}
    }
    later = [segmentStart, position]
    position = bound
  }
  return null
}

/**
 * The subject of a cue whose first word is `cue`: the mention that ends
 * right before it (skipping `also`, `had`, `later` …), not before `lower`.
 *
 * @example
 * For `Harold Beaumont, 71, who has lived here for decades, told the
 * council …` the mention is everything before `told`, its head `Harold
 * Beaumont`.
 */
export function mentionBefore(view: WordView, cue: number, lower: number): Mention | null {
  // Several rules read the subject of one cue with the same bound: read it once.
  const cached = cue >= 0 && cue < view.words.length
  if (cached && view.subjectFloors[cue] === lower) {
    const known = view.subjects.get(cue)
    if (known !== undefined) return known
  }
  const found = readMentionBefore(view, cue, lower)
  if (cached) {
    view.subjects.set(cue, found)
    view.subjectFloors[cue] = lower
  }
  return found
}

/**
 * Whether the word at `index` is a verb that only carries the cue (`kept
 * saying`, `used to tell`, `began telling`): its subject is the cue's.
 */
function isCatenativeBefore(view: WordView, index: number, cue: number): boolean {
  const word = lowerAt(view, index)
  if (!catenativeVerbs.has(word)) return false
  const between = lowerAt(view, index + 1)
  return index + 1 === cue || (between === 'to' && index + 2 === cue) || (between === 'on' && index + 2 === cue)
}

/** {@link mentionBefore} without the cache. */
function readMentionBefore(view: WordView, cue: number, lower: number): Mention | null {
  let index = cue - 1
  while (index >= lower && isWordToken(view, index) && (verbPreModifiers.has(lowerAt(view, index)) || isCatenativeBefore(view, index, cue))) index--
  // `the Dutch Public Prosecution Service (OM) said`: an acronym in parentheses is part of the name before it.
  if (isMark(view, index, ')') && isMark(view, index - 2, '(') && isWordToken(view, index - 1) && index - 3 >= lower) index -= 3
  if (index < lower) return null
  if (isMark(view, index, ',')) return appositionBefore(view, index, lower)
  if (isDash(view, index)) return dashedBefore(view, index, lower)
  if (!isWordToken(view, index)) return null
  const subject = subjectBefore(view, index, lower)
  // `at one point asking …`: a preposition's object is no verb's subject (`after officials said` opens a clause).
  const before = lowerAt(view, (subject?.start ?? 0) - 1)
  if (subject && subject.start > lower && view.tags[subject.start - 1] === Tag.adp && prepositions.has(before) && !subordinators.has(before)) return null
  return subject ? withClauseAdverbs(view, subject, cue) : null
}

/**
 * A relative clause keeps the adverbs that end it (`an investigator who
 * was not authorized to speak publicly said`): skipped as words before the
 * cue, they belong to the clause's verb, not to the cue.
 */
function withClauseAdverbs(view: WordView, subject: Mention, cue: number): Mention {
  if (subject.headEnd >= subject.end || !relativePronouns.has(lowerAt(view, subject.headEnd))) return subject
  let end = subject.end
  while (end < cue && lowerAt(view, end).endsWith('ly')) end++
  return end === subject.end ? subject : {...subject, end}
}

const dashMarks: ReadonlySet<string> = new Set(['—', '–', '--', '―'])

function isDash(view: WordView, index: number): boolean {
  const word = view.words[index]
  return word !== undefined && word.kind !== 'word' && dashMarks.has(word.value)
}

/** `Benedikt Sorensen — known around the docks as “Big Ben” — said`: the aside between dashes belongs to the mention. */
function dashedBefore(view: WordView, dash: number, lower: number): Mention | null {
  const floor = Math.max(lower, dash - MAX_SEGMENT)
  for (let index = dash - 1; index > floor; index--) {
    if (!isDash(view, index)) continue
    const head = mentionBefore(view, index, lower)
    if (!head) return null
    // `The port's director, Anneli Voss — …`: a role before the name belongs to the mention too.
    const withRole = head.start > lower ? nameAfterRole(view, head.start, index, head.start - 1, lower) : null
    return {...(withRole ?? head), end: dash}
  }
  return null
}

/** The end of a relative clause or apposition segment starting at `from`: the next bound, or `upper`. */
export function segmentEnd(view: WordView, from: number, upper: number): number {
  let index = from
  const limit = Math.min(upper, from + MAX_SEGMENT)
  while (index < limit && !isSegmentBound(view, index)) index++
  return index
}

/** Whether a preposition at `index` introduces the setting or time of the statement, not part of the name. */
function opensSetting(view: WordView, index: number): boolean {
  const word = lowerAt(view, index)
  if (word !== 'on' && word !== 'in' && word !== 'at' && word !== 'to' && word !== 'during' && word !== 'by') {
    return false
  }
  let next = index + 1
  while (determiners.has(lowerAt(view, next))) next++
  const following = lowerAt(view, next)
  return dayWords.has(following) || settingNouns.has(following) || isNumberWord(following) || word === 'to'
}

/**
 * The mention that starts at `from` (after a cue: `said Ortiz, the union's
 * president`, `according to two people familiar with the talks`), not
 * reaching `upper`. An apposition after a comma is part of it when it ends
 * at a comma, or at `upper` when `trailing`.
 */
export function mentionAfter(view: WordView, from: number, upper: number, trailing: boolean): Mention | null {
  if (from >= upper || !isWordToken(view, from)) return null
  const first = lowerAt(view, from)
  if (speakerPronouns.has(pronounOf(first))) return {start: from, end: from + 1, headStart: from, headEnd: from + 1}
  // `said one of the officials`: a quantity never speaks alone, but a partitive does.
  const partitive = determiners.has(first) && lowerAt(view, from + 1) === 'of'
  if ((notSpeakers.has(first) && !partitive) || clauseBreaks.has(first) || nameEndingTimeWords.has(first)) return null
  if (!determiners.has(first) && breaksNounPhrase(view, from)) return null
  const paragraph = view.words[from]?.paragraph
  let last = -1
  let end = -1
  let index = from
  // A speaker's phrase is short: the bound keeps every read constant-time.
  const reach = Math.min(upper, from + MAX_SEGMENT)
  while (index < reach) {
    if (!isWordToken(view, index)) {
      if ((view.words[index]?.value === '&' && isCapitalised(view, index + 1)) || isPossessiveMark(view, index)) {
        index++
        continue
      }
      break
    }
    const word = lowerAt(view, index)
    if (view.words[index]?.paragraph !== paragraph) break
    if (index > from) {
      if (relativePronouns.has(word)) {
        end = segmentEnd(view, index, upper)
        break
      }
      // `said oil and gas worker Dana Birch`: a conjunction between two modifiers stays inside.
      if (isModifierCoordination(view, index)) {
        index++
        continue
      }
      // A subject pronoun opens the next clause (`told reporters she would stay`).
      if (clauseBreaks.has(word) || speakerPronouns.has(word) || (!isCapitalised(view, index) && (finiteAt(view, index) || isCueVerb(view, index)))) break
      if (!phrasePrepositions.has(word) && !determiners.has(word) && !phraseAdjectives.has(word) && breaksNounPhrase(view, index)) break
      if (phrasePrepositions.has(word)) {
        const properHead = last >= 0 && isCapitalised(view, last) && !phraseAdjectives.has(lowerAt(view, last))
        if (!isWordToken(view, index + 1) || opensSetting(view, index)) break
        if (properHead && word !== 'of') break
        index++
        continue
      }
      if (nameEndingTimeWords.has(word) && !determiners.has(word)) break
      if (determiners.has(word) && !phrasePrepositions.has(lowerAt(view, index - 1))) break
    }
    if (!determiners.has(word)) last = index
    index++
  }
  if (last < 0) return null
  const headEnd = last + 1
  if (end < 0) end = headEnd
  if (isMark(view, end, ',') && end === headEnd && !isCapitalised(view, last)) {
    // `said the company's spokeswoman, Erin Walsh`: the name is the head.
    const close = segmentEnd(view, end + 1, upper)
    if (isNameSegment(view, end + 1, close) && (isMark(view, close, ',') || trailing)) {
      return {start: from, end: close, headStart: end + 1, headEnd: close}
    }
  }
  if (isMark(view, end, ',') && opensApposition(view, end + 1) && !relativePronouns.has(lowerAt(view, headEnd))) {
    const close = segmentEnd(view, end + 1, upper)
    const reads = isMark(view, close, ',') || (trailing && close >= upper) || (trailing && isSentenceFinal(view, close))
    if (reads && !holdsVerb(view, end + 1, close)) end = close
  } else if (isMark(view, end, ',') && relativePronouns.has(lowerAt(view, end + 1))) {
    const close = segmentEnd(view, end + 1, upper)
    if (isMark(view, close, ',') || trailing) end = close
  }
  return {start: from, end, headStart: from, headEnd}
}

/**
 * The subject that opens a sentence (`Judge Evelyn Marchetti, who presided
 * over …, stepped down …`), for a participle cue later in it (`…, telling
 * the court …`). Only a pronoun or a phrase with a capitalised head counts.
 */
export function sentenceSubject(view: WordView, start: number, upper: number): Mention | null {
  let first = start
  const dateline = view.doc.dateline
  while (first < upper && (!isWordToken(view, first) || (dateline && (view.words[first]?.start ?? 0) < dateline.end))) first++
  // `Asked whether …, Halloran laughed and said …`, `After the vote, the mayor …`: past fronted adverbials to the subject.
  for (let hops = 0; hops < 2 && first < upper && opensAdverbial(view, first) && !isCapitalNameStart(view, first); hops++) {
    let comma = first
    while (comma < Math.min(upper, first + MAX_SEGMENT) && !isMark(view, comma, ',')) comma++
    if (!isMark(view, comma, ',')) break
    first = comma + 1
  }
  if (quoteAt(view, first) >= 0) return null
  return mentionAfter(view, first, upper, false)
}

/** Whether a capitalised word starts a name (`Gus Amato runs …`), which an adverbial never does. */
function isCapitalNameStart(view: WordView, index: number): boolean {
  return view.tags[index] === Tag.propn && isCapitalised(view, index + 1)
}

/** Whether `[start, end)` holds a finite verb: then it is a clause, not an apposition. */
function holdsVerb(view: WordView, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (finiteAt(view, index) && !isCapitalised(view, index)) return true
  }
  return false
}

/** Whether the word at `index` is a full stop, question or exclamation mark. */
function isSentenceFinal(view: WordView, index: number): boolean {
  return isMark(view, index, '.') || isMark(view, index, '?') || isMark(view, index, '!')
}

/** The forms of `quote`: the outlet that quotes a source relays it (`Reuters quoted two sources as saying …`). */
const relayVerbs: ReadonlySet<string> = new Set(['quote', 'quotes', 'quoted', 'quoting'])

/**
 * The source an outlet relays: for `quoted` at `cue`, the object before
 * `as saying` (`The Herald quoted two members of the team as saying …`),
 * with the end of that participle cue; else null. The outlet is not the
 * speaker: the source it quotes is.
 *
 * @example
 * For `Reuters quoted two officials as saying the talks had stalled`, the
 * source is `two officials` and the clause starts after `saying`.
 */
export function relayedSource(view: WordView, cue: CueMatch, upper: number): {mention: Mention; said: CueMatch} | null {
  if (!relayVerbs.has(lowerAt(view, cue.start))) return null
  const mention = mentionAfter(view, cue.end, upper, false)
  if (!mention || lowerAt(view, mention.end) !== 'as') return null
  const said = cueAt(view, mention.end + 1)
  if (!said || said.phrase || !lowerAt(view, said.start).endsWith('ing')) return null
  return {mention, said}
}

/**
 * The passive of a relay: `Aya Mensah was quoted as saying …`. For a
 * participle cue (`saying`) after `quoted as` and a form of *be*, the cue
 * is the whole phrase and its speaker the subject before it.
 */
export function passiveRelay(view: WordView, cue: CueMatch, lower: number): {cue: CueMatch; mention: Mention} | null {
  if (cue.phrase || !lowerAt(view, cue.start).endsWith('ing') || lowerAt(view, cue.start - 1) !== 'as') return null
  const verb = cue.start - 2
  if (lowerAt(view, verb) !== 'quoted') return null
  // `was quoted`, or `has been quoted`.
  const perfect = lowerAt(view, verb - 1) === 'been'
  const be = perfect ? verb - 2 : verb - 1
  if (be < lower || !(perfect ? haveDoForms : beWords).has(lowerAt(view, be))) return null
  const mention = mentionBefore(view, be, lower)
  return mention ? {cue: {start: be, end: cue.end, phrase: false, objectOnly: false}, mention} : null
}

/** The verbs whose subject always speaks, in every form: `say`, `tell` and `write`. */
const speechVerbs: ReadonlySet<string> = new Set(['say', 'tell', 'write'].flatMap((verb) => verbForms(verb)))

/** Whether a cue is `say`, `tell` or `write`, whose subject always speaks. */
export function isSpeechVerb(view: WordView, cue: CueMatch): boolean {
  return !cue.phrase && speechVerbs.has(lowerAt(view, cue.start))
}

/**
 * Whether a mention is a noun phrase headed by a noun, as the subject of
 * `say`, `tell` or `write`: whoever says is a source by the verb's meaning
 * (`Several attendees said …`, `A Northwind man stood up and said, “…”`).
 */
export function speechSubject(view: WordView, cue: CueMatch, mention: Mention): boolean {
  if (!isSpeechVerb(view, cue)) return false
  let head = mention.headEnd - 1
  while (head > mention.headStart && !isWordToken(view, head)) head--
  const tag = view.tags[head]
  return tag === Tag.noun || tag === Tag.propn
}

/**
 * The subject of a verb coordinated with the cue (`My aunt phoned and said,
 * ‘Come home now’`): the mention before the nearest finite verb before the
 * `and`, within the frame.
 */
export function coordinatedSubject(view: WordView, cue: CueMatch, lower: number): Mention | null {
  const joiner = view.words[cue.start - 1]?.lower
  if (joiner !== 'and' && joiner !== 'but') return null
  const frame = quoteAt(view, cue.start)
  const floor = Math.max(lower, cue.start - 24)
  // `told board members the cuts were “…” and said none were final`: the earlier reporting verb is the one coordinated,
  // past its reported clause and the words of a quote in it.
  for (let index = cue.start - 2; index >= floor; index--) {
    if (quoteAt(view, index) !== frame || !startsCue(view, index)) continue
    const subject = mentionBefore(view, index, lower)
    if (subject && isSourceLike(view, subject)) return subject
  }
  // `My aunt phoned and said, ‘Come home now’`: else the verb just before, in the same clause.
  for (let index = cue.start - 2; index >= Math.max(lower, cue.start - 12); index--) {
    if (!isWordToken(view, index)) return null
    const tag = view.tags[index]
    if (tag === Tag.verb || tag === Tag.aux) {
      const subject = mentionBefore(view, index, lower)
      return subject && (isSourceLike(view, subject) || speechSubject(view, cue, subject)) ? subject : null
    }
  }
  return null
}
