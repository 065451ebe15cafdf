/**
 * Resolution: which speaker entity a mention points to. Pronouns go to the
 * nearest compatible entity, a surname to the nearest entity with that
 * name (two people with one surname stay two: a different first name is a
 * different person), `the mayor` to the nearest entity whose mentions hold
 * `mayor`. The look-back covers a bounded window of recent entities.
 */
import type {SpeakerKind} from '../types.js'
import {isGivenName, type MentionInfo, type MentionName} from './names.js'

/** A speaker as resolution builds it. */
export interface Entity {
  kind: SpeakerKind
  plural: boolean
  anonymous: boolean
  /** The fullest proper name seen, or null. */
  properName: string | null
  nameWords: string[]
  /** The longest describing phrase seen (for unnamed sources). */
  description: string
  /** Whether any mention showed a person (a title, `he`/`she`, a role). */
  personal: boolean
  /** Known from a gendered pronoun or title, else null. */
  gender: 'm' | 'f' | null
  /** Keys of every non-pronoun mention: heads, titles, roles, names. */
  words: Set<string>
  /** Every noun that modified a head of its mentions, and its name words: what `the … institute` must agree with. */
  modifiers: Set<string>
  /** How often the story called it by its surname alone, and by its given name alone: who of a family is `Castellanos`. */
  surnameUses: number
  givenUses: number
  /** Other names it goes by, lower case: an acronym given in parentheses (`Dutch Public Prosecution Service (OM)`). */
  aliases: Set<string>
  /** The sentence and paragraph of its latest mention (-1: none yet). */
  lastSentence: number
  lastParagraph: number
  /** The latest sentence it was the subject of, or spoke in (-1: none). */
  subjectSentence: number
  /** The latest sentence it spoke in (a quote's attribution named it), or -1. */
  speakerSentence: number
}

/** Entities resolution considers, most recent last, and where in the text resolution stands. */
export interface Recency {
  recent: Entity[]
  /** The sentence whose speaker is the most recent entity, or -1. */
  speakerSentence: number
  /** The sentence and paragraph of the mention being resolved. */
  sentence: number
  paragraph: number
}

/** Where a mention stands and what it does there, for {@link touch}. */
export interface MentionPlace {
  sentence: number
  paragraph: number
  /** The mention is its clause's subject (a speaker's mention always is). */
  subject: boolean
  /** The mention attributes a quote. */
  speaking: boolean
}

/** How many recent entities resolution looks back over. */
const WINDOW = 24

/** Nouns of what a body issues in its own voice: `the statement said` is the body speaking (a report or a study speaks for itself). */
const issuedNouns: ReadonlySet<string> = new Set(['statement', 'release', 'announcement', 'communique', 'communiqué'])

/** Generic nouns that, after `the`, stand for the nearest organisation (`the company said`). */
const organisationNouns: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'business'])

/** Whether `short` equals the words of `long` from `offset` on, up to its length (loops: this runs for every name against every recent entity). */
function matchesAt(short: readonly string[], long: readonly string[], offset: number): boolean {
  for (let index = 0; index < short.length; index++) if (long[offset + index] !== short[index]) return false
  return true
}

function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false
  return matchesAt(short, long, long.length - short.length)
}

function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length > 0 && short.length <= long.length && matchesAt(short, long, 0)
}

function namesAgree(info: MentionName, entity: Entity): boolean {
  const mine = info.nameWords
  const theirs = entity.nameWords
  if (mine.length === 1 && entity.aliases.has(mine[0] as string)) return true
  if (theirs.length === 0) return false
  // The same words: name words are single tokens and hold no space, so this is
  // the equality of the names joined by spaces, without building the strings.
  if (mine.length === theirs.length && matchesAt(mine, theirs, 0)) return true
  // `Ortiz` → `Maria Ortiz`; `Maria Ortiz` after `Ortiz`; `Kestrel Ridge` → `Kestrel Ridge Resources`.
  if (mine.length === 1 || theirs.length === 1) {
    if (isSuffix(mine, theirs) || isSuffix(theirs, mine)) return true
    // `Kessler-Vane` after `Kessler-Vane Foods`: a body goes by the first word of its name.
    if (entity.kind === 'organization' && (isPrefix(mine, theirs) || isPrefix(theirs, mine))) return true
    // `Ellis said` after `Ellis Kamara, 16`: a given name alone points to the person (children, first-name features).
    const [short, long] = mine.length === 1 ? [mine, theirs] : [theirs, mine]
    return entity.kind !== 'organization' && long.length >= 2 && long[0] === short[0] && isGivenName(short[0] ?? '')
  }
  return entity.kind === 'organization' && (isPrefix(mine, theirs) || isPrefix(theirs, mine))
}

/**
 * Whether a pronoun can stand for an entity: number, gender and person agree.
 *
 * @example
 * `pronounFits('they', entityOf('Health officials'))` is true; `pronounFits('she', …)` is not.
 */
export function pronounFits(pronoun: string, entity: Entity): boolean {
  if (pronoun === 'they') return entity.plural || entity.kind === 'group' || entity.kind === 'organization'
  if (pronoun === 'it') return !entity.plural && (entity.kind === 'organization' || !entity.personal)
  const gender = pronoun === 'he' ? 'm' : 'f'
  if (entity.gender && entity.gender !== gender) return false
  // A name of unknown kind is someone's only once it has spoken or shown a person (`Dunmere` the town never is `she`).
  // An unnamed source whose words gave a gender (`a loss adjuster who asked not to be named because his firm …`) is someone's too.
  return (
    !entity.plural &&
    (entity.kind === 'person' || (entity.kind === 'unknown' && (entity.properName !== null ? entity.speakerSentence >= 0 || entity.personal : entity.gender !== null)))
  )
}

/**
 * The salience of an entity for a pronoun at the current place: recent
 * mentions weigh most, then having been a subject or a speaker, then a
 * known gender that matches (Lappin and Leass's salience factors, in
 * sentences rather than clauses). A paragraph break costs more than a
 * sentence.
 */
function salience(entity: Entity, recency: Recency, rank: number, gender: 'm' | 'f' | null): number {
  const distance = Math.max(0, recency.sentence - entity.lastSentence)
  let score = -10 * distance - 2 * rank
  const paragraphs = recency.paragraph - entity.lastParagraph
  if (paragraphs > 1) score -= 15 * (paragraphs - 1)
  if (entity.subjectSentence >= 0 && entity.subjectSentence === entity.lastSentence) score += 20
  // The subject of the sentence just before is the likeliest antecedent of all.
  if (entity.subjectSentence >= 0 && entity.subjectSentence === recency.sentence - 1) score += 25
  // A speaker of this paragraph stays salient for a few sentences.
  if (entity.speakerSentence >= 0 && paragraphs === 0 && recency.sentence - entity.speakerSentence <= 3) score += 15
  if (gender !== null && entity.gender === gender) score += 25
  return score
}

/**
 * The entity a pronoun points to: the most salient of the recent entities
 * it fits (number, gender, kind). `she` after `Wendt, asked for her secret,
 * laughed.` is Wendt, the subject just before, not the speaker of the
 * paragraph before.
 */
function findPronounTarget(recency: Recency, pronoun: string): Entity | null {
  return rankPronounTargets(recency, pronoun)[0] ?? null
}

/**
 * The entities a pronoun may point to, most salient first (see
 * {@link findPronounTarget}).
 *
 * @example
 * rankPronounTargets(recency, 'she') // [Wendt, Ellis] after `Wendt, asked for her secret, laughed.`
 */
export function rankPronounTargets(recency: Recency, pronoun: string): Entity[] {
  const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null
  const {recent} = recency
  const scored: Array<{entity: Entity; score: number}> = []
  for (let index = recent.length - 1, rank = 0; index >= 0 && rank < WINDOW; index--, rank++) {
    const entity = recent[index] as Entity
    if (!pronounFits(pronoun, entity)) continue
    scored.push({entity, score: salience(entity, recency, rank, gender)})
  }
  // Stable: ties keep the more recent first.
  scored.sort((a, b) => b.score - a.score)
  return scored.map((entry) => entry.entity)
}

function findRecent(recency: Recency, test: (entity: Entity) => boolean): Entity | null {
  const {recent} = recency
  for (let index = recent.length - 1; index >= Math.max(0, recent.length - WINDOW); index--) {
    const entity = recent[index] as Entity
    if (test(entity)) return entity
  }
  return null
}

/** The existing entity a mention points to, or null when it names someone new. */
export function resolveMention(info: MentionInfo, recency: Recency): Entity | null {
  if (info.pronoun) {
    const pronoun = info.pronoun
    const fit = findPronounTarget(recency, pronoun)
    if (fit || pronoun !== 'they') return fit
    return findRecent(recency, (entity) => entity.kind !== 'person' || entity.plural)
  }
  if (info.properName) return resolveName(info, recency)
  if (info.anonymous && info.plural && !info.definite) {
    // `officials said` after `town officials said`, or the other way round: one group, named by its fuller phrase.
    const bare = info.words.length === 1
    const group = findRecent(
      recency,
      (entity) => entity.anonymous && entity.plural && entity.words.has(info.head) && (bare || !entity.description.includes(' ')),
    )
    if (group) return group
  }
  if (info.kin) {
    const relative = findRelative(info.kin, recency)
    if (relative) return relative
  }
  if (info.definite) {
    const head = info.head
    // `the civil defense institute` is not `Peru's geophysical institute`: its own modifiers must have been seen.
    const byKey = findRecent(
      recency,
      (entity) => entity.words.has(head) && entity.plural === info.plural && info.modifiers.every((word) => entity.modifiers.has(word) || entity.words.has(word)),
    )
    if (byKey) return byKey
    // `the sources`, `the people`, `two of the people`: the nearest unnamed group.
    if (info.plural && info.anonymous) {
      const group = findRecent(recency, (entity) => entity.anonymous && entity.plural)
      if (group) return group
    }
    // `the statement said`: a statement speaks for whoever issued it, the most salient body or speaker.
    if (issuedNouns.has(head) && !info.namesItself) {
      const issuer = findSalient(recency, (entity) => !entity.plural && (entity.kind === 'organization' || entity.speakerSentence >= 0))
      if (issuer) return issuer
    }
    // `the company`, `the club`: the most salient organisation, unless the phrase names itself (`the Whitford campaign`).
    const bodyNoun = organisationNouns.has(head) || info.organisationHead
    // `the federal tourism ministry`: a body described by its own modifiers, with no match before it, is a new one.
    if (info.namesItself || info.plural || info.personOrDocument || (info.words.length >= 4 && !organisationNouns.has(head))) return null
    // A head no list knows (`the London-listed miner`, `the deckhand`) stands for a body only just named.
    const reach = bodyNoun ? Number.POSITIVE_INFINITY : 2
    const isBody = (entity: Entity) =>
      recency.sentence - entity.lastSentence <= reach && (entity.kind === 'organization' || (entity.properName !== null && !entity.personal && !entity.plural && entity.kind !== 'place'))
    return findSalient(recency, isBody)
  }
  return null
}

/**
 * The relative a family tie points to: `his wife` after `Sen. Thomas
 * Hadley` and `Dr. Claire Hadley` is Claire Hadley, the other person of his
 * surname whose gender fits the tie. Null when no such person was named.
 */
function findRelative(kin: NonNullable<MentionInfo['kin']>, recency: Recency): Entity | null {
  const owner = kin.byPronoun
    ? findPronounTarget(recency, kin.possessor)
    : findRecent(recency, (entity) => entity.nameWords[entity.nameWords.length - 1] === kin.possessor)
  const surname = owner?.kind === 'person' ? owner.nameWords[owner.nameWords.length - 1] : undefined
  if (!owner || surname === undefined) return null
  return findRecent(
    recency,
    (entity) =>
      entity !== owner &&
      !entity.plural &&
      entity.nameWords.length >= 2 &&
      entity.nameWords[entity.nameWords.length - 1] === surname &&
      (kin.gender === null || entity.gender === null || entity.gender === kin.gender),
  )
}

/** The most salient recent entity that passes `test` (see {@link salience}), or null. */
function findSalient(recency: Recency, test: (entity: Entity) => boolean): Entity | null {
  const {recent} = recency
  let best: Entity | null = null
  let bestScore = Number.NEGATIVE_INFINITY
  for (let index = recent.length - 1, rank = 0; index >= 0 && rank < WINDOW; index--, rank++) {
    const entity = recent[index] as Entity
    if (!test(entity)) continue
    const score = salience(entity, recency, rank, null)
    if (score > bestScore) {
      best = entity
      bestScore = score
    }
  }
  return best
}

/** The existing entity a mention with a proper name points to: the nearest whose name agrees. */
export function resolveName(name: MentionName, recency: Recency): Entity | null {
  // `Dr. Hadley` is the Hadley titled Dr., not the senator of the same name.
  const titled = name.titles.length > 0 ? findRecent(recency, (entity) => namesAgree(name, entity) && name.titles.some((title) => entity.words.has(title))) : null
  if (titled) return titled
  if (name.nameWords.length !== 1) return findRecent(recency, (entity) => namesAgree(name, entity))
  // A surname several people share (`Castellanos says …` in a family story) is whom the story calls by it, the one
  // it never calls by a given name alone (`Mateo says`), else the most salient of them.
  const word = name.nameWords[0] as string
  const bySurname = findSalient(recency, (entity) => namesAgree(name, entity) && entity.surnameUses > 0 && entity.nameWords[entity.nameWords.length - 1] === word)
  return (
    bySurname ??
    findSalient(recency, (entity) => namesAgree(name, entity) && entity.givenUses === 0) ??
    findSalient(recency, (entity) => namesAgree(name, entity))
  )
}

/** A key in its singular form too (`officials` → `official`), so `the official` finds `one of the officials`. */
function withSingulars(keys: readonly string[]): string[] {
  const out = [...keys]
  for (const key of keys) if (key.length > 4 && key.endsWith('s') && !key.endsWith('ss')) out.push(key.slice(0, -1))
  return out
}

/** A new entity from its first mention. */
export function newEntity(info: MentionInfo): Entity {
  return {
    kind: info.kind,
    plural: info.plural,
    anonymous: info.anonymous,
    properName: info.properName,
    nameWords: info.nameWords,
    description: info.pronoun ? '' : info.description,
    words: new Set(info.pronoun ? [] : withSingulars(info.keys)),
    aliases: new Set(),
    surnameUses: 0,
    givenUses: 0,
    modifiers: new Set(info.pronoun ? [] : [...info.modifiers, ...info.nameWords]),
    gender: info.gender,
    personal: info.personal,
    lastSentence: -1,
    lastParagraph: -1,
    subjectSentence: -1,
    speakerSentence: -1,
  }
}

/** Fold a further mention into its entity: fuller names and descriptions win, a name ends anonymity. */
export function addMention(entity: Entity, info: MentionInfo): void {
  if (info.gender && !entity.gender) entity.gender = info.gender
  if (info.personal) entity.personal = true
  // `the company` resolved to a bare name: the name is an organisation's.
  if (info.definite && info.organisationHead && !entity.personal) entity.kind = 'organization'
  if (info.pronoun) return
  // `Castellanos` or `Mateo` for `Mateo Castellanos`: which name alone the story calls it by.
  if (info.nameWords.length === 1 && entity.nameWords.length >= 2) {
    if (info.nameWords[0] === entity.nameWords[entity.nameWords.length - 1]) entity.surnameUses++
    else if (info.nameWords[0] === entity.nameWords[0]) entity.givenUses++
  }
  for (const word of withSingulars(info.keys)) entity.words.add(word)
  for (const word of info.modifiers) entity.modifiers.add(word)
  for (const word of info.nameWords) entity.modifiers.add(word)
  if (info.properName && info.nameWords.length > entity.nameWords.length) {
    entity.properName = info.properName
    entity.nameWords = info.nameWords
  }
  if (info.properName) entity.anonymous = false
  if (info.description.length > entity.description.length && !entity.properName) entity.description = info.description
  if (entity.kind === 'unknown' && info.kind !== 'unknown') entity.kind = info.kind
}

/** Mark an entity as the most recent, mentioned at `place`. */
export function touch(recency: Recency, entity: Entity, place: MentionPlace): void {
  const {sentence, speaking} = place
  entity.lastSentence = sentence
  entity.lastParagraph = place.paragraph
  if (place.subject || speaking) entity.subjectSentence = sentence
  if (speaking) entity.speakerSentence = sentence
  const index = recency.recent.lastIndexOf(entity)
  if (index >= 0) recency.recent.splice(index, 1)
  // A passing mention (`… found Lund's account credible`) does not outrank the speaker of its own sentence.
  const top = recency.recent[recency.recent.length - 1]
  if (!speaking && top && top !== entity && recency.speakerSentence === sentence) {
    recency.recent.splice(recency.recent.length - 1, 0, entity)
  } else {
    recency.recent.push(entity)
    if (speaking) recency.speakerSentence = sentence
    else if (top !== entity) recency.speakerSentence = -1
  }
  // Keep the list bounded so every look-up stays constant time.
  if (recency.recent.length > WINDOW * 2) recency.recent.shift()
}
