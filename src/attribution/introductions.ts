/**
 * Introductions: names the reporter's text brings in without a quote
 * (`Margaret Hollins, 68, has been waiting …`, `… at Ashworth NHS
 * Foundation Trust`), so that a later `she said` or `the trust said` can
 * point back to them.
 */
import {Tag} from '../engine/tagger.js'
import {isClosedClass} from '../grammar/noun-phrases.js'
import {determiners, phrasePrepositions} from './grammar.js'
import {opensApposition, segmentEnd, type Mention} from './mentions.js'
import {isCapitalised, isMark, isPossessiveMark, isQuoteMark, isWordToken, nextCapital, opensSentence, quoteAt, type WordView} from './words.js'

/** Words that join the parts of a name inside a run (`Department of Health`). */
const joiners: ReadonlySet<string> = new Set(['of', 'and', 'for', 'de', 'la', 'del', 'van', 'von', 'al', 'bin', '&'])

const stripStop = (value: string): string => (value.endsWith('.') ? value.slice(0, -1) : value)

/** Whether a capitalised word can be part of a name here (not just capitalised as a sentence opener). */
function isNameWord(view: WordView, index: number): boolean {
  if (!isCapitalised(view, index)) return false
  const word = view.words[index]
  if (!word || quoteAt(view, index) >= 0 || isClosedClass(view, index)) return false
  if (!opensSentence(view, index)) return true
  return !determiners.has(word.lower) && !view.doc.settings.sourceRoles.has(word.lower)
}

/** A run of name words from `start`: its end. */
function runEnd(view: WordView, start: number): number {
  let end = start
  while (end < view.words.length) {
    if (isNameWord(view, end)) end++
    else if (joiners.has(view.words[end]?.lower ?? '') && isNameWord(view, end + 1)) end += 2
    else if (isPossessiveMark(view, end) && isNameWord(view, end + 1)) end += 2
    else break
  }
  return end
}

/** `Kivuli Telecom, the country's second-largest operator,`: the apposition after a name tells what it names. */
function appositionEnd(view: WordView, end: number): number {
  if (!isMark(view, end, ',') || !opensApposition(view, end + 1)) return end
  const close = segmentEnd(view, end + 1, view.words.length)
  const bound = view.words[close]?.value ?? ''
  if (bound === ',') return close
  // Closed by the sentence's end, the segment is an apposition only when it is a noun phrase, not the verb (`…, confirmed the layoffs.`).
  const opener = view.tags[end + 1]
  return bound === '.' && opener !== Tag.verb && opener !== Tag.aux ? close : end
}

/** Every introduced name in the body: people (not after a determiner or a preposition) and organisations. */
export function findIntroductions(view: WordView): Mention[] {
  const found: Mention[] = []
  const {doc, words} = view
  const settings = doc.settings
  // A name starts at a capital: skip from one to the next on the flags alone.
  for (let index = nextCapital(view, 0, words.length); index < words.length; ) {
    const word = words[index] as (typeof words)[number]
    if (doc.paragraphs[word.paragraph]?.kind !== 'body' || !isNameWord(view, index) || !isWordToken(view, index)) {
      index = nextCapital(view, index + 1, words.length)
      continue
    }
    const end = runEnd(view, index)
    const last = stripStop(words[end - 1]?.lower ?? '')
    const previous = index > 0 && isWordToken(view, index - 1) && !isMark(view, index - 1, ',') ? (words[index - 1]?.lower ?? '') : ''
    const organisation = settings.organizationMarkers.has(last) && end - index >= 2
    const titled = settings.personTitles.has(stripStop(word.lower)) && end - index >= 2
    const single = end - index === 1 && !opensSentence(view, index)
    const person =
      single ||
      titled ||
      ((titled || end - index >= 2) &&
      !determiners.has(previous) &&
      !phrasePrepositions.has(previous) &&
      !previous.endsWith("'s") &&
      end - index <= 5)
    // `“The Lantern Keeper,” a children's book`: a title in marks or after `The` names no person.
    const titleOfWork = word.lower === 'the' || isQuoteMark(view, index - 1)
    if (organisation || (person && !titleOfWork)) {
      // `the` before an organisation belongs to its name (`the Port Authority`).
      const start = organisation && previous === 'the' ? index - 1 : index
      found.push({start, end: appositionEnd(view, end), headStart: start, headEnd: end})
    }
    index = nextCapital(view, end, words.length)
  }
  return found
}

/**
 * The subject pronouns of the reporter's text (`she` in `On reviews, she
 * is blunt. She stopped reading them …`): `he`, `she`, `they` opening a
 * clause, before its verb, outside quotes. Resolved like any mention, they
 * keep the article's subject salient between its quotes.
 */
export function findSubjectPronouns(view: WordView): Mention[] {
  const found: Mention[] = []
  const {doc, words} = view
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as (typeof words)[number]
    if (word.kind !== 'word' || !subjectPronounWords.has(word.lower) || quoteAt(view, index) >= 0) continue
    if (doc.paragraphs[word.paragraph]?.kind !== 'body') continue
    // A clause opens here: the sentence's start, or a comma, conjunction or subordinator before it.
    const before = index - 1
    const opens = opensSentence(view, index) || isMark(view, before, ',') || isMark(view, before, ';') || clauseJoiners.has(words[before]?.lower ?? '')
    if (!opens) continue
    let next = index + 1
    while (view.tags[next] === Tag.adv) next++
    const tag = view.tags[next]
    if (tag !== Tag.verb && tag !== Tag.aux) continue
    // The pronoun of a quote's own attribution is read with that quote.
    if (view.cueEnds[next] !== 0 && view.cueEnds[next] !== undefined) continue
    found.push({start: index, end: index + 1, headStart: index, headEnd: index + 1})
  }
  return found
}

const subjectPronounWords: ReadonlySet<string> = new Set(['he', 'she', 'they'])
const clauseJoiners: ReadonlySet<string> = new Set(['and', 'but', 'so', 'because', 'when', 'while', 'after', 'before', 'as', 'since', 'although', 'though', 'if', 'until', 'that'])
