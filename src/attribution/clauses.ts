/**
 * Reported clauses: where the complement of a reporting verb starts (after
 * an object such as `told reporters`, a time such as `on Tuesday`, and an
 * optional `that`), where it ends, and whether it reads as a clause at all.
 */
import {verbForms} from '../grammar/verbs.js'
import {Tag} from '../engine/tagger.js'
import {beWords, complementisers, pronounContractions, speakerPronouns} from '../grammar/closed-class.js'
import {dayWords, determiners, finiteVerbs} from './grammar.js'
import {mentionAfter} from './mentions.js'
import {isMark, isQuoteMark, isWordToken, type WordView} from './words.js'

/** Verbs that put the addressee before the reported clause (`told the council the depot would …`). */
export const addresseeVerbs: ReadonlySet<string> = new Set(
  ['tell', 'inform', 'assure', 'reassure', 'remind', 'notify', 'warn', 'urge', 'ask', 'advise', 'brief', 'promise', 'caution', 'convince', 'persuade', 'encourage', 'show'].flatMap((verb) => verbForms(verb)),
)

/** Verbs whose report can be an infinitive (`urged the district to draw on its reserves`). */
const infinitiveVerbs: ReadonlySet<string> = new Set(
  ['urge', 'warn', 'ask', 'advise', 'vow', 'promise', 'pledge', 'threaten', 'tell', 'agree', 'remind', 'encourage', 'caution', 'plead', 'decline', 'refuse', 'offer', 'demand', 'call on'].flatMap((verb) => verbForms(verb)),
)

/** Verbs whose report may be a bare subjunctive (`suggested the council look at …`). */
const subjunctiveVerbs: ReadonlySet<string> = new Set(
  ['suggest', 'recommend', 'propose', 'demand', 'insist', 'urge', 'ask', 'request'].flatMap((verb) => verbForms(verb)),
)

/** Words that cannot open a reported clause: prepositions and adverbs of setting (`about quitting`, `in the meantime`). */
const nonSubjects: ReadonlySet<string> = new Set([
  'about', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'after', 'before', 'during', 'since', 'until',
  'of', 'into', 'over', 'under', 'as', 'and', 'but', 'or', 'because', 'while', 'when', 'though', 'also',
  'so', 'then', 'again', 'later', 'earlier', 'too', 'instead', 'anyway', 'afterward', 'afterwards',
])

/** Prepositions of a setting between a reporting verb and its clause (`said in a statement it …`). */
const settingPrepositions: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during'])
/** Subject pronouns a clause after such a setting opens with. */
const clauseSubjects: ReadonlySet<string> = new Set([...speakerPronouns, 'we', 'i'])
/** Longest setting read between a verb and a pronoun subject, in words. */
const SETTING_REACH = 6

/** Longest distance, in words, from a verb to the `that` of its clause. */
const THAT_REACH = 10
/** Longest reported clause, in words. */
const MAX_CLAUSE = 400
/** How far into a clause its verb is looked for, in words. */
const VERB_REACH = 16

const lowerAt = (view: WordView, index: number): string => view.words[index]?.lower ?? ''

/**
 * Whether a word is the verb of a clause: by its tag, a verb or auxiliary
 * that is not an infinitive (`to leave`) or a bare gerund (`hiring
 * workers`), or a pronoun fused with its auxiliary (`it's`, `she'd`).
 * Untagged words are judged by form: a known finite form or a past in `-ed`.
 *
 * @example
 * In `Police said the suspect fled the scene`, `fled` is finite; in
 * `urged residents to leave`, `leave` is not.
 */
export function looksFinite(view: WordView, index: number): boolean {
  const word = lowerAt(view, index)
  const tag = view.tags[index]
  if (tag === Tag.none || tag === undefined) {
    if (finiteVerbs.has(word)) return true
    return word.length > 4 && word.endsWith('ed') && !determiners.has(lowerAt(view, index - 1))
  }
  if (pronounContractions.has(word)) return true
  if (tag !== Tag.verb && tag !== Tag.aux) return false
  const previous = lowerAt(view, index - 1)
  if (previous === 'to') return false
  if (word.endsWith('ing') && !beWords.has(previous)) return false
  return true
}

/**
 * Where the reported clause after a cue ending at `from` begins, not
 * reaching `end`, or -1 when the complement is something else (a quote in
 * marks after a colon, nothing at all).
 */
export function complementStart(view: WordView, verb: string, from: number, end: number): number {
  let index = from
  if (index >= end) return -1
  if (isQuoteMark(view, index)) return index
  // `said in a statement: the plant will close`: a colon after the verb or a short setting, then the clause
  // (a quote in marks after the colon is the direct rule's).
  for (let probe = index; probe < Math.min(end - 1, index + THAT_REACH); probe++) {
    if (isWordToken(view, probe)) {
      if (probe > index && looksFinite(view, probe)) break
      continue
    }
    if (isMark(view, probe, ':') && probe + 1 < end && isWordToken(view, probe + 1)) return probe + 1
    break
  }
  if (isMark(view, index, ':')) return -1
  // `said that …` / `told reporters on Tuesday that …`: a `that` close by, with no verb before it;
  // only an addressee, a time or a setting may stand between (`posted files that …` is a relative clause).
  const between = lowerAt(view, index)
  const reach =
    addresseeVerbs.has(verb) || between === 'that' || nonSubjects.has(between) || dayWords.has(between) || between.endsWith('ly')
      ? THAT_REACH
      : 0
  for (let probe = index; probe < Math.min(end, index + reach); probe++) {
    if (!isWordToken(view, probe)) break
    if (lowerAt(view, probe) === 'that') return probe + 1
    if (looksFinite(view, probe)) break
  }
  if (addresseeVerbs.has(verb) && !complementisers.has(lowerAt(view, index)) && lowerAt(view, index) !== 'to') {
    const object = mentionAfter(view, index, end, false)
    if (object) index = object.end
  }
  while (index < end && (dayWords.has(lowerAt(view, index)) || (lowerAt(view, index) === 'on' && dayWords.has(lowerAt(view, index + 1))))) {
    index++
  }
  // `said in September it would close`, `said in a statement they had …`: a short setting, then a pronoun subject.
  if (settingPrepositions.has(lowerAt(view, index))) {
    for (let probe = index + 2; probe < Math.min(end - 1, index + SETTING_REACH); probe++) {
      if (!isWordToken(view, probe) || looksFinite(view, probe)) break
      if (clauseSubjects.has(lowerAt(view, probe)) && looksFinite(view, probe + 1)) return probe
    }
  }
  // `warned, though, that …`: a parenthetical adverb between commas.
  if (isMark(view, index, ',') && isMark(view, index + 2, ',') && lowerAt(view, index + 3) === 'that') return index + 4
  if (isMark(view, index, ',') && lowerAt(view, index + 1) !== 'that') return -1
  return index
}

/** Whether a reporting cue ends right before `index` (the clause follows the verb with nothing between). */
function cueEndsAt(view: WordView, index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) if ((view.cueEnds[back] as number) === index) return true
  return false
}

/** Whether the words `[start, end)` read as a reported clause for `verb`. */
export function isReportedClause(view: WordView, verb: string, start: number, end: number): boolean {
  if (start >= end) return false
  const first = lowerAt(view, start)
  if (complementisers.has(first) && first !== 'that') return end - start >= 2
  // `urged residents to leave`, `vowed to fight`; not `asked not to be named`: verbs that ask or tell need their object first.
  if (first === 'to' || (first === 'not' && lowerAt(view, start + 1) === 'to')) {
    return infinitiveVerbs.has(verb) && !(addresseeVerbs.has(verb) && start > 0 && cueEndsAt(view, start))
  }
  // `said it's late`: a pronoun fused with its verb is a whole clause.
  if (pronounContractions.has(first) && end - start >= 2) return true
  // `at least 60 voters`, `about 200 workers`: an amount, not a preposition.
  const amount = (first === 'at' && (lowerAt(view, start + 1) === 'least' || lowerAt(view, start + 1) === 'most')) || /^[0-9]/.test(lowerAt(view, start + 1))
  // An explicit `that` already marks the clause: `Observers note that the allies hold …`, `said that on a good day he …`.
  if (lowerAt(view, start - 1) === 'that' && end - start >= 3) return true
  if (nonSubjects.has(first) && !amount) return false
  let wordCount = 0
  for (let index = start; index < Math.min(end, start + VERB_REACH); index++) {
    if (!isWordToken(view, index)) {
      if (isMark(view, index, ':') || isMark(view, index, ';')) return false
      continue
    }
    wordCount++
    if (index > start && looksFinite(view, index)) return true
  }
  return subjunctiveVerbs.has(verb) && wordCount >= 3
}

/** Participles of what the speaker does besides speaking, which end the report (`…, citing jury awards`). */
const speakerActs: ReadonlySet<string> = new Set(['citing', 'referring', 'declining', 'pointing', 'describing', 'calling'])

/**
 * Where a reported clause starting at `start` ends: the end of its
 * sentence `limit`, cut before a participle cue (`, adding …`), before
 * `, according to`, and before a quote in marks introduced by a colon.
 */
export function clauseEnd(view: WordView, start: number, sentenceEnd: number, isCue: (index: number) => boolean): number {
  // Bounded, so a run-on "sentence" of noise stays linear.
  const limit = Math.min(sentenceEnd, start + MAX_CLAUSE)
  let end = limit
  for (let index = start; index < limit; index++) {
    if (isMark(view, index, ',') || isMark(view, index, ';')) {
      const next = lowerAt(view, index + 1)
      if ((next.endsWith('ing') && (isCue(index + 1) || speakerActs.has(next))) || next === 'according') {
        end = index
        break
      }
    }
    // `said the shortages were “predictable” and accused the government of delay`: the speaker's next reporting verb ends the report.
    if (lowerAt(view, index) === 'and' && index > start + 2 && isCue(index + 1) && lowerAt(view, index + 2) !== 'that') {
      end = index
      break
    }
    if (isMark(view, index, ':') && isQuoteMark(view, index + 1)) {
      end = index
      break
    }
  }
  // Trailing punctuation stays out of the clause.
  while (end > start && !isWordToken(view, end - 1) && !isQuoteMark(view, end - 1)) end--
  return end
}
