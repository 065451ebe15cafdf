/**
 * What a mention says about its speaker: the proper name in it (titles
 * dropped), its head noun, whether it is a pronoun, plural, an unnamed
 * source, and what sort of speaker it names.
 */
import {isUpper} from '../engine/chars.js'
import {Tag} from '../engine/tagger.js'
import {numberWords, phrasePrepositions, pronounOf, speakerPronouns} from '../grammar/closed-class.js'
import {isClosedClass} from '../grammar/noun-phrases.js'
import {femaleFirstNames} from '../lexicon/data/female-names.js'
import {maleFirstNames} from '../lexicon/data/male-names.js'
import {nonPersonNames} from '../lexicon/data/non-person-names.js'
import {placeNames} from '../lexicon/data/places.js'
import type {Settings} from '../options.js'
import type {SpeakerKind} from '../types.js'
import {determiners, phraseAdjectives} from './grammar.js'
import type {Mention} from './mentions.js'
import {isCapitalised, isPossessiveMark, isQuoteMark as isQuoteMarkAt, isWordToken, opensSentence, type WordView, writtenLowerElsewhere} from './words.js'

/** What a mention's name says: all that resolving a proper name reads. */
export interface MentionName {
  /** `he`, `she`, `they`, `it`, or null. */
  pronoun: string | null
  /** The proper name without titles (`Ruth A. Diaz`), or null. */
  properName: string | null
  /** The proper name's words, lower case. */
  nameWords: string[]
  /** Lower-case words of the core phrase. */
  words: string[]
  /** Title words of the mention, in full form (`governor` for `Gov.`). */
  titles: string[]
}

/** A mention's name and where its head stands: the part of the read that {@link describeMention} goes on from. */
export interface NameRead extends MentionName {
  /** Index of the head word in the view. */
  headIndex: number
  /** The head word, lower case, without a final stop (`gov`, before {@link fullTitle}). */
  headWord: string
  /** A partitive that picks one (`one of the officials`): one person, though its head is plural. */
  one: boolean
}

/** What one mention tells about its speaker. */
export interface MentionInfo extends NameRead {
  /** The head noun, lower case (`official`, `mayor`, `diaz`). */
  head: string
  /** What `the …` can match it by: its head, name words, titles and the roles in its apposition. */
  keys: string[]
  /** Whether the phrase opens with `the` (or a possessive) and names no one: `the mayor`. */
  definite: boolean
  /** Whether it names more than one (`officials`, `two people`). */
  plural: boolean
  /** Whether its head is an organisation noun (`the club`). */
  organisationHead: boolean
  /** Whether its head is a person's role or title, or a document (`the captain`, `the report`): never an organisation's stand-in. */
  personOrDocument: boolean
  /** Whether a capitalised modifier makes the description specific (`the Whitford campaign`). */
  namesItself: boolean
  /** Whether it shows a person: a title, a gendered word, a person's role. */
  personal: boolean
  /** `he` → 'm', `she` → 'f', from the pronoun or a gendered title, else null. */
  gender: 'm' | 'f' | null
  /** Whether its head can stand for a source: a role, title, organisation, document, name or pronoun. */
  sourceLike: boolean
  /** A source given by role only. */
  anonymous: boolean
  kind: SpeakerKind
  /** The text to name an unnamed speaker by: the whole mention. */
  description: string
  /**
   * A family tie to someone named before (`his wife`, `Hadley's son`): the
   * possessor, as a subject pronoun (`he`) or a lower-case surname, and the
   * gender of the tie's holder; else null.
   */
  kin: {possessor: string; byPronoun: boolean; gender: 'm' | 'f' | null} | null
  /** The nouns before the head, lower case: `civil`, `defense` in `the civil defense institute`. */
  modifiers: string[]
}

/** Words that join the parts of a proper name (`Department of Health`, `Teresa de la Cruz`). */
const nameConnectors: ReadonlySet<string> = new Set([
  'of', 'and', 'for', 'the', 'de', 'la', 'del', 'van', 'von', 'der', 'al', 'bin', 'da', 'du', 'le', 'di', '&',
])

/** Determiners that mark a new, different source (`another official`, `the second source`). */
const newSourceMarkers: ReadonlySet<string> = new Set([
  'another', 'second', 'third', 'fourth', 'other', 'new', 'different', 'one', 'two', 'three', 'a', 'an',
])

const stripStop = (value: string): string => (value.charCodeAt(value.length - 1) === 0x2e ? value.slice(0, -1) : value)

const stripPossessive = (value: string): string => (value.endsWith("'s") ? value.slice(0, -2) : value)

/** Nouns of time that never speak (`the next day said` is no attribution). */
const timeNouns: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'time', 'morning', 'night', 'evening', 'afternoon', 'hour', 'decade', 'season', 'weekend'])

/** Abbreviated titles and the word they stand for, so `Gov. Diaz` is `the governor`. */
const titleWords: Readonly<Record<string, string>> = {
  gov: 'governor', sen: 'senator', rep: 'representative', dr: 'doctor', gen: 'general', lt: 'lieutenant',
  capt: 'captain', sgt: 'sergeant', det: 'detective', supt: 'superintendent', prof: 'professor',
  rev: 'reverend', cmdr: 'commander', col: 'colonel', maj: 'major', adm: 'admiral', atty: 'attorney',
  pres: 'president', amb: 'ambassador', insp: 'inspector', cpl: 'corporal', councilwoman: 'councilwoman',
}

/** Titles and pronouns that tell a speaker's gender. */
const genders: Readonly<Record<string, 'm' | 'f'>> = {
  he: 'm', she: 'f', mr: 'm', mrs: 'f', ms: 'f', miss: 'f', councilman: 'm', councilwoman: 'f',
  congressman: 'm', congresswoman: 'f', chairman: 'm', chairwoman: 'f', spokesman: 'm', spokeswoman: 'f',
  assemblyman: 'm', assemblywoman: 'f', alderman: 'm', alderwoman: 'f', sir: 'm', dame: 'f', lord: 'm',
  lady: 'f', king: 'm', queen: 'f', prince: 'm', princess: 'f', father: 'm', sister: 'f', brother: 'm',
  wife: 'f', husband: 'm', mother: 'f', widow: 'f', son: 'm', daughter: 'f', man: 'm', woman: 'f', boy: 'm', girl: 'f',
  widower: 'm', grandmother: 'f', grandfather: 'm', aunt: 'f', uncle: 'm',
}

/** The gender table as a map: a plain object lookup would also find `constructor`. */
const genderMap: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries(genders))

/** Nouns of a family tie, whose holder usually shares the surname of whoever the possessive names (`his wife`, `Hadley's son`). */
const kinNouns: ReadonlySet<string> = new Set(['wife', 'husband', 'son', 'daughter', 'widow', 'widower', 'brother', 'sister', 'father', 'mother'])

/** Possessive determiners, as the subject pronoun their owner would be resolved by. */
const possessorPronouns: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
])

function genderOf(pronoun: string | null, words: readonly string[], nameWords: readonly string[]): 'm' | 'f' | null {
  if (pronoun) return genderMap.get(pronoun) ?? null
  for (const word of words) {
    const gender = genderMap.get(word)
    if (gender) return gender
  }
  // `Janet Beecham-Ruiz`: a given name tells, when the name has a surname after it.
  const given = nameWords.length >= 2 ? nameWords[0] : undefined
  if (given !== undefined) {
    if (femaleNames.has(given)) return 'f'
    if (maleNames.has(given)) return 'm'
  }
  return null
}

/** Given names by gender, from the data lists. */
const femaleNames: ReadonlySet<string> = new Set(femaleFirstNames)
const maleNames: ReadonlySet<string> = new Set(maleFirstNames)
/** Places and names that never speak, as lower-case names. */
const places: ReadonlySet<string> = new Set(placeNames)
const nonPersons: ReadonlySet<string> = new Set(nonPersonNames)

/**
 * Whether a proper name (its lower-case words) names a place (`Peru`,
 * `North Carolina`, `the Middle East`).
 */
export function isPlaceName(nameWords: readonly string[]): boolean {
  return nameWords.length > 0 && places.has(nameWords.join(' '))
}

/** Whether a proper name names something that never speaks (`Christmas`, `FTSE 100`). */
export function isNonPersonName(nameWords: readonly string[]): boolean {
  return nameWords.length > 0 && nonPersons.has(nameWords.join(' '))
}

/** The gender a given name tells (`maria` → `f`), or null when no list holds it or both do. */
export function givenNameGender(lower: string): 'm' | 'f' | null {
  const female = femaleNames.has(lower)
  const male = maleNames.has(lower)
  return female === male ? null : female ? 'f' : 'm'
}

/** Whether a word is a given name of either list (`Maria`, `Harold`). */
export function isGivenName(lower: string): boolean {
  return femaleNames.has(lower) || maleNames.has(lower)
}

/** `A juror who declined to give her name`: a possessive in the relative clause tells the gender. */
function asideGender(view: WordView, mention: Mention): 'm' | 'f' | null {
  for (let index = mention.headEnd; index < mention.end; index++) {
    const word = view.words[index]?.lower
    if (word === 'her' || word === 'herself') return 'f'
    if (word === 'his' || word === 'himself') return 'm'
  }
  return null
}

/** A title in its full form (`gov` → `governor`). */
export const fullTitle = (value: string): string => titleMap.get(value) ?? value

/** The abbreviation table as a map: a plain object lookup would also find `constructor`. */
const titleMap: ReadonlyMap<string, string> = new Map(Object.entries(titleWords))
const isPluralNoun = (value: string): boolean =>
  value === 'people' || value === 'police' || value === 'staff' || (value.endsWith('s') && !value.endsWith('ss') && !value.endsWith("'s") && value.length > 3)

/**
 * The end of the nominal part of the core phrase: before its first
 * lower-case preposition, and before the participle or adjective that takes
 * it (`people` heads `two people briefed on the matter`, `official` heads
 * `a senior official familiar with the talks`).
 */
function nominalEnd(view: WordView, mention: Mention): number {
  for (let index = mention.headStart + 1; index < mention.headEnd; index++) {
    const word = view.words[index]
    if (word && phrasePrepositions.has(word.lower) && !isCapitalised(view, index)) {
      const before = view.words[index - 1]
      let end = before && index - 1 > mention.headStart && phraseAdjectives.has(before.lower) ? index - 1 : index
      // `a banker not involved in the deal`: the negation goes with the participle, not the head.
      if (end > mention.headStart + 1 && view.words[end - 1]?.lower === 'not') end--
      return end
    }
  }
  return mention.headEnd
}

/** Whether a capitalised word is a name part, not a common noun capitalised by its place. */
function isNamePart(view: WordView, index: number): boolean {
  if (!isCapitalised(view, index)) return false
  const lower = view.words[index]?.lower ?? ''
  // `But Ortiz`, `After Tuesday`: a closed-class word is no name part, capital or not.
  if (isClosedClass(view, index)) return false
  if (!opensSentence(view, index)) return true
  const settings = view.doc.settings
  return !(determiners.has(lower) || settings.sourceRoles.has(lower) || speakerPronouns.has(lower) || lower === 'officials' || writtenLowerElsewhere(view, lower))
}

/**
 * The text of a proper name's words `[start, end)`, without a nickname in
 * marks: a speaker is named by given name and surname (`Augustine Maravel`
 * for `Augustine “Gus” Maravel`), as lists of people quoted name them.
 */
function nameText(view: WordView, text: string, start: number, end: number): string {
  for (let index = start + 1; index < end - 2; index++) {
    if (!isNickname(view, index)) continue
    const before = text.slice(view.words[start]?.start ?? 0, view.words[index - 1]?.end ?? 0)
    const after = text.slice(view.words[index + 3]?.start ?? 0, view.words[end - 1]?.end ?? 0)
    return `${before} ${after}`
  }
  return text.slice(view.words[start]?.start ?? 0, view.words[end - 1]?.end ?? 0)
}

/** Whether a nickname in marks starts at `index`: an opening mark, one capitalised word, a closing mark. */
function isNickname(view: WordView, index: number): boolean {
  return isQuoteMarkAt(view, index) && isCapitalised(view, index + 1) && isQuoteMarkAt(view, index + 2)
}

/** The proper name in the core phrase: the capitalised run holding its head, titles and `The` dropped. */
function properNameOf(view: WordView, mention: Mention, headIndex: number): [number, number] | null {
  if (!isNamePart(view, headIndex)) return null
  let start = headIndex
  while (start - 1 >= mention.headStart) {
    const before = start - 1
    if (isNamePart(view, before)) start = before
    // `Augustine “Gus” Maravel`: a nickname in marks stays inside the name.
    else if (isNickname(view, before - 2) && isNamePart(view, before - 3) && before - 3 >= mention.headStart) start = before - 3
    else if (isPossessiveMark(view, before) && isNamePart(view, before - 1) && before - 1 >= mention.headStart) start = before - 1
    else if (nameConnectors.has(view.words[before]?.lower ?? '') && isNamePart(view, before - 1) && before - 1 >= mention.headStart) start = before - 1
    else break
  }
  let end = headIndex + 1
  while (end < mention.headEnd) {
    if (isNamePart(view, end)) end++
    else if (isNickname(view, end) && isNamePart(view, end + 3) && end + 3 < mention.headEnd) end += 4
    else if (isPossessiveMark(view, end) && isNamePart(view, end + 1) && end + 1 < mention.headEnd) end += 2
    else if (nameConnectors.has(view.words[end]?.lower ?? '') && isNamePart(view, end + 1) && end + 1 < mention.headEnd) end += 2
    else break
  }
  const titles = view.doc.settings.personTitles
  // `Fire Chief Owen Marsh`, `Assistant District Attorney Dana Li`: the name starts after the last title.
  for (let index = end - 2; index > start; index--) {
    if (titles.has(stripStop(view.words[index]?.lower ?? ''))) {
      start = index
      break
    }
  }
  let titled = false
  while (start < end - 1) {
    const lower = stripStop(view.words[start]?.lower ?? '')
    if (titles.has(lower) || lower === 'the') {
      titled = titled || lower !== 'the'
      start++
    } else if (titled && nameConnectors.has(lower) && start + 2 < end) {
      // `Secretary of State Mike Pompeo`: the office's own words go with the title.
      start += 2
    } else break
  }
  // `Russell Tennant of Lubbock`: a person's name ends before where they are from (`Department of Health` keeps its `of`).
  if (isGivenName(view.words[start]?.lower ?? '')) {
    for (let index = start + 2; index < end; index++) {
      const lower = view.words[index]?.lower
      if (lower === 'of' || lower === 'from') {
        end = index
        break
      }
    }
  }
  // `The MP`, `Coach`, `the Chief Constable`: titles and roles alone name an office, not a person.
  if (end - start === 1) {
    const only = stripStop(view.words[start]?.lower ?? '')
    if (titles.has(only) || view.doc.settings.sourceRoles.has(only)) return null
  }
  return [start, end]
}

/** The head noun of a mention's apposition (`operator` in `, the country's largest operator`), or ''. */
function appositionHead(view: WordView, mention: Mention): string {
  let head = ''
  for (let index = mention.headEnd + 1; index < mention.end; index++) {
    const word = view.words[index]
    if (!word || word.kind !== 'word' || phrasePrepositions.has(word.lower) || word.lower === 'who' || word.lower === 'which') break
    head = stripStop(word.lower)
  }
  return head
}

/** `The teachers union, the Carrow Creek Education Association`: a name given in the apposition. */
function nameInApposition(view: WordView, mention: Mention): [number, number] | null {
  let start = mention.headEnd + 1
  while (start < mention.end && (view.words[start]?.lower === 'the' || !isWordToken(view, start))) start++
  // `The first witness, former district administrator Gerald Pike`: a role before the name, in lower case.
  const roleEnd = Math.min(mention.end, start + 4)
  let past = start
  while (past < roleEnd && !isCapitalised(view, past) && (view.tags[past] === Tag.noun || view.tags[past] === Tag.adj)) past++
  if (past > start && isNamePart(view, past)) start = past
  let end = start
  while (end < mention.end && isNamePart(view, end)) end++
  return end - start >= 2 ? [start, end] : null
}

/** The nouns that modify a mention's head (`defense` in `the national civil defense institute`). */
function nounModifiers(view: WordView, mention: Mention, headIndex: number): string[] {
  const out: string[] = []
  for (let index = mention.headStart; index < headIndex; index++) {
    const tag = view.tags[index]
    const value = view.words[index]?.lower ?? ''
    // `the firm's founder`: a possessor says whose, not what kind.
    const possessor = value.endsWith("'s") || isPossessiveMark(view, index + 1)
    if ((tag === Tag.noun || tag === Tag.propn || tag === Tag.adj) && isWordToken(view, index) && !possessor) out.push(stripStop(value))
  }
  return out
}

/** Whether a capitalised word other than the opening `The` stands in the core phrase. */
function hasCapitalModifier(view: WordView, mention: Mention): boolean {
  for (let index = mention.headStart; index < mention.headEnd; index++) {
    const value = view.words[index]?.lower ?? ''
    // `London-listed`, `Iran-backed`: a capitalised adjective, not a name.
    const adjective = value.includes('-') && !isUpper(view.words[index]?.value.split('-')[1]?.charAt(0))
    if (isCapitalised(view, index) && !adjective && !(index === mention.headStart && determiners.has(value))) return true
  }
  return false
}

/** The cached read of a mention, if any: mentions are keyed by their first word, and those sharing it are told apart by their other bounds. */
function cachedInfo(view: WordView, mention: Mention): MentionInfo | undefined {
  for (let entry = view.mentionInfos.get(mention.start) ?? null; entry; entry = entry.next) {
    if (entry.end === mention.end && entry.headStart === mention.headStart && entry.headEnd === mention.headEnd) return entry.info
  }
  return undefined
}

function cacheInfo(view: WordView, mention: Mention, info: MentionInfo): void {
  const {end, headStart, headEnd} = mention
  view.mentionInfos.set(mention.start, {end, headStart, headEnd, info, next: view.mentionInfos.get(mention.start) ?? null})
}

/**
 * Read what a mention tells about its speaker, once per mention: the rules
 * and resolution ask about the same mention several times.
 *
 * @example
 * For `Gov. Ruth A. Diaz`, the result has `properName: 'Ruth A. Diaz'`,
 * `titles: ['governor']`, `kind: 'person'`.
 */
export function describeMention(view: WordView, mention: Mention, name?: NameRead): MentionInfo {
  const known = cachedInfo(view, mention)
  if (known) return known
  const info = readMention(view, mention, name ?? readName(view, mention))
  cacheInfo(view, mention, info)
  return info
}

/**
 * Read only the name a mention gives (its proper name, name words, titles,
 * pronoun): enough to decide whether an introduced name is worth
 * remembering, which most are not. The full read is cached if done before.
 */
export function describeName(view: WordView, mention: Mention): NameRead {
  return cachedInfo(view, mention) ?? readName(view, mention)
}

/** Whether the mention's words hold an anonymity marker (`familiar with`, `not authorized to`). */
export function holdsAnonymityMarker(view: WordView, mention: Mention): boolean {
  const markers = view.doc.settings.anonymityMarkersByFirstWord
  for (let index = mention.start; index < mention.end; index++) {
    const candidates = markers.get(view.words[index]?.lower ?? '')
    if (!candidates) continue
    for (const marker of candidates) {
      let matched = true
      for (let offset = 1; offset < marker.length && matched; offset++) matched = stripStop(view.words[index + offset]?.lower ?? '') === marker[offset]
      if (matched) return true
    }
  }
  return false
}

/** Whether the last two words of a phrase make a multi-word source role: the string is built only when it may match. */
function twoWordRole(settings: Settings, previous: string | undefined, last: string | undefined): boolean {
  if (previous === undefined || last === undefined || !settings.sourceRoleEndings.has(last)) return false
  return settings.sourceRoles.has(`${previous} ${last}`)
}

/** Quantities that make a phrase plural (`two people`, `several residents`). */
const pluralOpeners: ReadonlySet<string> = new Set(['two', 'three', 'several', 'many', 'some', 'both'])

/**
 * Whether a mention can stand for a source: {@link MentionInfo.sourceLike}
 * without the rest of the read. The indirect rules ask this of many
 * mentions they then reject; a mention kept is read in full later. The
 * tests are those of the full read, cheapest first.
 */
export function isSourceLike(view: WordView, mention: Mention): boolean {
  const known = cachedInfo(view, mention)
  if (known) return known.sourceLike
  const settings = view.doc.settings
  const {headIndex} = headOf(view, mention)
  const head = stripStop(view.words[headIndex]?.lower ?? '')
  // A pronoun.
  if (mention.headEnd - mention.headStart === 1 && speakerPronouns.has(pronounOf(head))) return true
  if (settings.sourceRoles.has(head) || settings.personTitles.has(head) || settings.organizationMarkers.has(head) || settings.documentNouns.has(head)) {
    return true
  }
  // The core phrase's words as the full read lists them: the first, how many, the last two.
  let count = 0
  let first = ''
  let previous: string | undefined
  let last: string | undefined
  for (let index = mention.headStart; index < mention.headEnd; index++) {
    if (!isWordToken(view, index)) continue
    const word = stripStop(view.words[index]?.lower ?? '')
    if (count === 0) first = word
    previous = last
    last = word
    count++
  }
  if (first === 'the' && count <= 4 && !/^[0-9]/.test(head) && !timeNouns.has(head)) return true
  if (twoWordRole(settings, previous, last)) return true
  // A proper name: the head is a name part, or the apposition gives one.
  if (isNamePart(view, headIndex) || nameInApposition(view, mention) !== null) return true
  // A bare plural group (`Regulars`, `crofters`), as {@link readMention} reads it.
  if (count === 1 && isPluralNoun(head) && !determiners.has(first) && !settings.documentNouns.has(head)) return true
  return holdsAnonymityMarker(view, mention)
}

/** Read the name part of a mention: words, head, pronoun, proper name, titles. */
function readName(view: WordView, mention: Mention): NameRead {
  const text = view.doc.text
  const settings = view.doc.settings
  const words: string[] = []
  for (let index = mention.headStart; index < mention.headEnd; index++) {
    if (isWordToken(view, index)) words.push(stripStop(view.words[index]?.lower ?? ''))
  }
  const {headIndex, partitive} = headOf(view, mention)
  const headWord = stripStop(view.words[headIndex]?.lower ?? '')
  const fused = pronounOf(headWord)
  const pronoun = mention.headEnd - mention.headStart === 1 && speakerPronouns.has(fused) ? fused : null
  const span = pronoun ? null : (properNameOf(view, mention, headIndex) ?? nameInApposition(view, mention))
  const properName = span ? nameText(view, text, span[0], span[1]) : null
  const nameWords: string[] = []
  if (span) for (let index = span[0]; index < span[1]; index++) if (isWordToken(view, index)) nameWords.push(stripPossessive(stripStop(view.words[index]?.lower ?? '')))
  const titles: string[] = []
  for (const word of words) if (settings.personTitles.has(word)) titles.push(fullTitle(word))
  return {pronoun, properName, nameWords, words, titles, headIndex, headWord, one: partitive && singularCounts.has(words[0] ?? '')}
}

/**
 * The head word of a mention's core phrase: the last word of its nominal
 * part; for a partitive, of the phrase it counts out of (`officials` in
 * `one of the officials`, `two of the people`).
 */
function headOf(view: WordView, mention: Mention): {headIndex: number; partitive: boolean} {
  let nominal = nominalEnd(view, mention)
  const partitive = nominal === mention.headStart + 1 && isPartitive(view, mention.headStart) && nominal < mention.headEnd
  if (partitive) nominal = nominalEnd(view, {...mention, headStart: nominal + 1})
  let headIndex = nominal - 1
  while (headIndex > mention.headStart && !isWordToken(view, headIndex)) headIndex--
  return {headIndex, partitive}
}

/** Quantities that count out of a group (`one of`, `two of`, `some of`, `most of`). */
function isPartitive(view: WordView, index: number): boolean {
  const word = view.words[index]?.lower ?? ''
  return view.words[index + 1]?.lower === 'of' && (numberWords.has(word) || determiners.has(word) || /^[0-9]+$/.test(word))
}

/** Partitives that pick one (`one of the officials` is an official). */
const singularCounts: ReadonlySet<string> = new Set(['one', 'each', 'either', 'neither'])

/**
 * The family tie a mention names, if its head is a kin noun and it opens on
 * a possessive: `his wife` (possessor `he`), `Kowalczyk's son` (`kowalczyk`).
 */
function kinOf(view: WordView, mention: Mention, name: NameRead): MentionInfo['kin'] {
  const {headWord: head, headIndex} = name
  if (name.properName !== null || !kinNouns.has(head) || headIndex - mention.headStart > 3) return null
  const gender = genderMap.get(head) ?? null
  const first = view.words[mention.headStart]?.lower ?? ''
  const pronoun = possessorPronouns.get(first)
  if (pronoun) return {possessor: pronoun, byPronoun: true, gender}
  // `Okafor’s son`, `the Harrises’ daughter`: the name just before the head, in the possessive.
  const mark = isPossessiveMark(view, headIndex - 1) ? headIndex - 2 : headIndex - 1
  const owner = view.words[mark]?.lower ?? ''
  if (mark < mention.headStart || !isCapitalised(view, mark)) return null
  if (owner.endsWith("'s")) return {possessor: owner.slice(0, -2), byPronoun: false, gender}
  return mark === headIndex - 2 ? {possessor: owner, byPronoun: false, gender} : null
}

/** Read what a mention tells about its speaker, going on from its name. */
function readMention(view: WordView, mention: Mention, name: NameRead): MentionInfo {
  const text = view.doc.text
  const settings = view.doc.settings
  const first = view.words[mention.start]
  const description = text.slice(first?.start ?? 0, view.words[mention.end - 1]?.end ?? 0)
  const {pronoun, properName, nameWords, words, titles, headIndex, headWord: head} = name
  const firstWord = words[0] ?? ''
  const plural =
    pronoun === 'they' ||
    (!properName && !name.one && (isPluralNoun(head) || pluralOpeners.has(firstWord)))
  const marked = holdsAnonymityMarker(view, mention)
  const role = settings.sourceRoles.has(head) || twoWordRole(settings, words[words.length - 2], words[words.length - 1])
  // A bare plural common noun (`crofters`, `local growers`) is an unnamed group.
  const bareGroup = plural && !pronoun && !properName && !determiners.has(firstWord) && !settings.organizationMarkers.has(head) && !settings.documentNouns.has(head)
  // `Several attendees`, `many residents`: a quantified plural with no name is an unnamed group too (`the` ones are resolved first).
  const quantifiedGroup = plural && !pronoun && !properName && pluralOpeners.has(firstWord) && !settings.organizationMarkers.has(head) && !settings.documentNouns.has(head)
  // `The director`, `a Northwind man`: a person given by title or a gendered noun and no name is an unnamed source too.
  const unnamedPerson = settings.personTitles.has(head) || genderMap.has(head)
  const anonymous = !pronoun && !properName && (role || marked || bareGroup || quantifiedGroup || unnamedPerson)
  let kind: SpeakerKind = 'unknown'
  if (pronoun) kind = pronoun === 'it' ? 'organization' : pronoun === 'they' ? 'group' : 'person'
  else if (properName) {
    const organisation =
      nameWords.some((word) => settings.organizationMarkers.has(word)) ||
      settings.organizationMarkers.has(appositionHead(view, mention))
    const titled = words.some((word) => settings.personTitles.has(word))
    const given = nameWords.length >= 2 && isGivenName(nameWords[0] ?? '')
    if (organisation && !titled && !given) kind = 'organization'
    else if (isPlaceName(nameWords) && !titled) kind = 'place'
    else kind = titled || given || nameWords.length >= 2 ? 'person' : 'unknown'
  }
  // `police`, `the regulator`, `local authorities`: a source role that is also a body speaks as an organisation.
  else if (role && settings.organizationMarkers.has(head)) kind = 'organization'
  else if (role || settings.personTitles.has(head)) kind = plural ? 'group' : 'person'
  else if (bareGroup || quantifiedGroup) kind = 'group'
  else if (settings.organizationMarkers.has(head)) kind = 'organization'
  const definite = !pronoun && !properName && firstWord === 'the' && !words.some((word) => newSourceMarkers.has(word))
  const keys = [head, ...nameWords]
  // `Brent Kowalczyk, the Republican nominee`: the apposition's head is a role the person may be called by later.
  const appositive = appositionHead(view, mention)
  if (appositive !== '' && !isClosedClass(view, mention.headEnd + 1)) keys.push(appositive)
  for (let index = mention.start; index < mention.end; index++) {
    const value = stripStop(view.words[index]?.lower ?? '')
    const outside = index < mention.headStart || index >= mention.headEnd
    // A body named around a person (`A company spokeswoman, Lorna Betts`) is not a name the person goes by: `the company` is the company.
    const body = settings.organizationMarkers.has(value) && kind !== 'person'
    if (settings.personTitles.has(value) || (outside && (settings.sourceRoles.has(value) || body))) {
      keys.push(fullTitle(value))
    }
  }
  const sourceLike =
    pronoun !== null ||
    properName !== null ||
    role ||
    settings.personTitles.has(head) ||
    settings.organizationMarkers.has(head) ||
    settings.documentNouns.has(head) ||
    marked ||
    (bareGroup && words.length === 1) ||
    // A short definite phrase (`the airport`, `the Dutch economy ministry`) can stand for a body.
    (firstWord === 'the' && words.length <= 4 && !/^[0-9]/.test(head) && !timeNouns.has(head))
  const organisationHead = settings.organizationMarkers.has(head)
  const personOrDocument = role || settings.personTitles.has(head) || settings.documentNouns.has(head)
  const gender = genderOf(pronoun, words, nameWords) ?? asideGender(view, mention)
  const kin = kinOf(view, mention, name)
  return {kin, one: name.one, modifiers: nounModifiers(view, mention, headIndex), pronoun, properName, nameWords, headIndex, headWord: head, head: fullTitle(head), words, keys, titles, sourceLike, organisationHead, personOrDocument, gender, namesItself: hasCapitalModifier(view, mention), personal: titles.length > 0 || gender !== null || role, definite, plural, anonymous, kind, description}
}
