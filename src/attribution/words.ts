/**
 * The view the attribution rules read: the document's word layer, with its
 * quotes placed, and the caches of the rules (cues, mentions and subjects
 * read once per document).
 */
import type {DocToken} from '../engine/document.js'
import {buildWordFilter, mayBeListed} from '../engine/word-filter.js'
import {flagsAt, placeQuotes, WordFlag, type WordLayer} from '../engine/words.js'
import type {Quote} from '../types.js'
import {startsCue} from '../cues/cues.js'
import type {Mention} from './mentions.js'
import type {MentionInfo} from './names.js'

/** The words of a document as attribution reads them: the word layer, and the caches of the rules. */
export interface WordView extends WordLayer {
  /** What each mention read so far says, by its first word (mentions sharing it are chained). */
  mentionInfos: Map<number, CachedInfo>
  /**
   * The subject last read before the cue at each word (absent: not read
   * yet), with the lower bound it was read for in {@link subjectFloors}:
   * rules ask about one cue again with the same bound.
   */
  subjects: Map<number, Mention | null>
  subjectFloors: Int32Array
  /**
   * How each capitalised sentence opener is written where its place does
   * not decide the case: bit 1 lower-case, bit 2 capitalised inside a
   * sentence. Built on first ask, null before.
   */
  caseUse: Map<string, number> | null
}

/** A cached mention read, with the bounds it is for; the next read of a mention with the same first word, or null. */
export interface CachedInfo {
  end: number
  headStart: number
  headEnd: number
  info: MentionInfo
  next: CachedInfo | null
}

/** Build the view once per analysis: the layer with its quotes placed, and empty caches. */
export function buildWordView(layer: WordLayer, quotes: readonly Quote[]): WordView {
  placeQuotes(layer, quotes)
  return {...layer, mentionInfos: new Map(), subjects: new Map(), subjectFloors: new Int32Array(layer.words.length), caseUse: null}
}

/** Index of the innermost marked quote holding the word at an index, or -1 (also outside the view). */
export function quoteAt(view: WordView, index: number): number {
  return index >= 0 && index < view.words.length ? (view.quoteOf[index] as number) : -1
}

/** Whether the word at an index is a word token (not punctuation). */
export function isWordToken(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & WordFlag.word) !== 0
}

/** Whether the word at an index is the punctuation mark `mark`. */
export function isMark(view: WordView, index: number, mark: string): boolean {
  const word = view.words[index]
  return word !== undefined && word.kind !== 'word' && word.value === mark
}

/** Whether the word at an index may start a cue: a cheap test before the cue is read. */
export function isCueCandidate(view: WordView, index: number): boolean {
  return startsCue(view, index)
}

/**
 * The next word at or after `from`, before `end`, that starts with a
 * capital, or `end`: a scan over the flags alone, for rules that only
 * start at capitals.
 */
export function nextCapital(view: WordView, from: number, end: number): number {
  const flags = view.flags
  const limit = Math.min(end, view.words.length)
  let index = Math.max(from, 0)
  while (index < limit && ((flags[index] as number) & WordFlag.capital) === 0) index++
  return index < limit ? index : end
}

/**
 * The next cue candidate at or after `from`, before `end`, outside marked
 * quotes, or `end`: the words a rule looking for cues needs to visit.
 */
export function nextCueCandidate(view: WordView, from: number, end: number): number {
  const {cueEnds, quoteOf} = view
  const limit = Math.min(end, view.words.length)
  let index = Math.max(from, 0)
  while (index < limit && (cueEnds[index] === 0 || (quoteOf[index] as number) >= 0)) index++
  return index < limit ? index : end
}

/** Whether the word at an index starts with a capital letter. */
export function isCapitalised(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & WordFlag.capital) !== 0
}

/** Whether the word at an index opens its sentence (ignoring opening marks). */
export function opensSentence(view: WordView, index: number): boolean {
  return (flagsAt(view, index) & WordFlag.opener) !== 0
}

/** Characters that open or close quotations. */
const quoteMarks = new Set(['“', '”', '"', '‘', '’', "'", '„', '«', '»', '‹', '›', '‚', '‛'])

/** Whether the word at an index is a quotation mark. */
export function isQuoteMark(view: WordView, index: number): boolean {
  const word = view.words[index]
  return word !== undefined && word.kind !== 'word' && quoteMarks.has(word.value)
}

/** Whether the token at an index is an apostrophe closing a plural possessive (`Patients’ Voice`). */
export function isPossessiveMark(view: WordView, index: number): boolean {
  const word = view.words[index]
  const before = view.words[index - 1]
  if (!word || !before || word.kind === 'word' || before.kind !== 'word') return false
  const value = word.value
  return (value === '’' || value === "'") && before.end === word.start && before.lower.endsWith('s')
}

/** The case bits of one word where its place does not decide its case (see {@link WordView.caseUse}). */
function caseBits(view: WordView, index: number): number {
  const bits = view.flags[index] as number
  if ((bits & WordFlag.word) === 0 || (bits & WordFlag.opener) !== 0) return 0
  return (bits & WordFlag.capital) !== 0 ? 2 : 1
}

/**
 * How the capitalised sentence openers of a view are written elsewhere,
 * built on first ask: the openers are few (one a sentence), so one pass
 * over the other words, through a word filter of the openers, looks
 * up only the words that may be one of them.
 */
function caseUseOf(view: WordView): Map<string, number> {
  if (view.caseUse) return view.caseUse
  const {words, flags} = view
  const use = new Map<string, number>()
  const opener = WordFlag.word | WordFlag.capital | WordFlag.opener
  for (let index = 0; index < words.length; index++) {
    if (((flags[index] as number) & opener) === opener) use.set((words[index] as DocToken).lower, 0)
  }
  const filter = buildWordFilter(use.keys())
  for (let index = 0; index < words.length; index++) {
    const bits = caseBits(view, index)
    if (bits === 0) continue
    const lower = (words[index] as DocToken).lower
    if (!mayBeListed(filter, lower)) continue
    const known = use.get(lower)
    if (known !== undefined) use.set(lower, known | bits)
  }
  view.caseUse = use
  return use
}

/**
 * Whether a capitalised sentence opener is a common noun by the document's
 * own use: the same word is written lower-case elsewhere and never
 * capitalised inside a sentence (`Regulars said ...` after `the regulars`).
 */
export function writtenLowerElsewhere(view: WordView, lower: string): boolean {
  return caseUseOf(view).get(lower) === 1
}
