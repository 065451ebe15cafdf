/**
 * Introductions: names the reporter's text brings in without a quote
 * (`Margaret Hollins, 68, has been waiting …`, `… at Ashworth NHS
 * Foundation Trust`), so that a later `she said` or `the trust said` can
 * point back to them.
 */
import {startsCue} from '../cues/cues.js'
import {Tag} from '../engine/tagger.js'
import {isClosedClass} from '../grammar/noun-phrases.js'
import {determiners} from './grammar.js'
import {phrasePrepositions} from '../grammar/closed-class.js'
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
  // `PORT ADELINE, Ore. —`, `MILLBRIDGE`: long words in capitals are a dateline or a shout, not a name.
  if (isShouted(word.value)) return false
  if (!opensSentence(view, index)) return true
  return !determiners.has(word.lower) && !view.doc.settings.sourceRoles.has(word.lower)
}

/** Whether a word is written in capitals and too long for an acronym (`ADELINE`, not `NASA`). */
function isShouted(value: string): boolean {
  if (value.length < 6) return false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0x61 && code <= 0x7a) return false
  }
  return /[A-Z]/.test(value)
}

/** Whether a nickname in marks stands at `index` between name words (`Augustine “Gus” Maravel`). */
function nicknameAt(view: WordView, index: number): boolean {
  return isQuoteMark(view, index) && isCapitalised(view, index + 1) && isQuoteMark(view, index + 2) && isNameWord(view, index + 3)
}

/** A run of name words from `start`: its end. */
function runEnd(view: WordView, start: number): number {
  let end = start
  while (end < view.words.length) {
    if (isNameWord(view, end)) end++
    else if (end > start && nicknameAt(view, end)) end += 3
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
  // `led by Larchmont, the company said.`: an attribution after the name is no apposition of it.
  for (let index = end + 1; index < close; index++) if (startsCue(view, index)) return end
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
    const inDateline = doc.dateline !== null && word.start < doc.dateline.end
    if (doc.paragraphs[word.paragraph]?.kind !== 'body' || inDateline || !isNameWord(view, index) || !isWordToken(view, index)) {
      index = nextCapital(view, index + 1, words.length)
      continue
    }
    let end = runEnd(view, index)
    let next = end
    // `Jane Doe and Tom Hill spoke Monday`: two people, unless the whole run names a body (`Department of Health and Human Services`).
    if (!settings.organizationMarkers.has(stripStop(words[end - 1]?.lower ?? ''))) {
      for (let probe = index + 1; probe < end - 1; probe++) {
        if (words[probe]?.lower !== 'and') continue
        end = probe
        next = probe + 1
        break
      }
    }
    const last = stripStop(words[end - 1]?.lower ?? '')
    const previous = index > 0 && isWordToken(view, index - 1) && !isMark(view, index - 1, ',') ? (words[index - 1]?.lower ?? '') : ''
    const organisation = settings.organizationMarkers.has(last) && end - index >= 2
    // `Kestrel County Superior Court Judge Alan Whitcomb`: a title anywhere in the run, then one to three name words.
    let lastTitle = -1
    for (let probe = index; probe < end - 1; probe++) if (settings.personTitles.has(stripStop(words[probe]?.lower ?? ''))) lastTitle = probe
    const titled = lastTitle >= 0 && end - lastTitle - 1 >= 1 && end - lastTitle - 1 <= 3
    // A single name word inside a sentence, or opening one when the tags call it a name (`Fieldnote, a startup, said`).
    const single = end - index === 1 && (!opensSentence(view, index) || view.tags[index] === Tag.propn)
    const person =
      single ||
      titled ||
      ((titled || end - index >= 2) &&
      !determiners.has(previous) &&
      // `built by Perihelion Space`, `talks with Ana Ruiz`: agents and partners, not places.
      (!phrasePrepositions.has(previous) || previous === 'by' || previous === 'with') &&
      !previous.endsWith("'s") &&
      end - index <= 5)
    // `“The Lantern Keeper,” a children's book`: a title in marks or after `The` names no person.
    // The mark must open the title itself (touching it), not close the paragraph before.
    const titleOfWork = word.lower === 'the' || (isQuoteMark(view, index - 1) && words[index - 1]?.end === word.start)
    if (organisation || (person && !titleOfWork)) {
      // `the` before an organisation belongs to its name (`the Port Authority`).
      const start = organisation && previous === 'the' ? index - 1 : index
      found.push({start, end: appositionEnd(view, end), headStart: start, headEnd: end})
    }
    index = next > end ? next : nextCapital(view, end, words.length)
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
