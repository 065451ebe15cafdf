/**
 * Tag repairs: named rules, run in order over the tagged words, that mend
 * what the tagger gets wrong in news text in ways the grammar can tell.
 * Each rule has an example of what it mends.
 *
 * @module
 */
import {isCueWord} from '../cues/cues.js'
import {knownWordTags, Tag} from '../engine/tagger.js'
import {WordFlag} from '../engine/word-flag.js'
import type {WordLayer} from '../engine/words.js'
import {connectives, coordinators, determiners, personalPronouns, prepositions, subordinators} from './closed-class.js'
import {isCommonVerb, isFiniteVerbForm} from './verbs.js'

/** A named repair. */
export interface TagRepair {
  /** What the rule is called. */
  id: string
  /** A sentence it mends, the word it mends, and the tags before and after. */
  example: string
  /** Mend the tags of the layer in place. */
  apply: (layer: WordLayer) => void
}

const word = WordFlag.word
const capital = WordFlag.capital
const opener = WordFlag.opener

/**
 * A capitalised sentence opener the tagger took for a name, when the model
 * knows its lower-case form as an English word, the next word is not
 * capitalised, and the document never writes it capitalised inside a
 * sentence: the common word, tagged as the model tags it on its own
 * (`Officials said …` a noun, `Asked whether …` a verb).
 */
function openerCommonNoun(layer: WordLayer): void {
  const {words, tags, flags} = layer
  const candidates: number[] = []
  const lowers = new Set<string>()
  for (let index = 0; index < words.length; index++) {
    const bits = flags[index] as number
    if ((bits & (word | capital | opener)) !== (word | capital | opener) || tags[index] !== Tag.propn) continue
    if (((flags[index + 1] ?? 0) & capital) !== 0) continue
    candidates.push(index)
    lowers.add((words[index] as {lower: string}).lower)
  }
  if (candidates.length === 0) return
  // Capitalised inside a sentence anywhere in the document: a name after all (`Hill said` after `Tom Hill`).
  for (let index = 0; index < words.length; index++) {
    const bits = flags[index] as number
    if ((bits & (word | capital | opener)) === (word | capital)) lowers.delete((words[index] as {lower: string}).lower)
  }
  // The word as it is on its own: `Officials` a noun, `Asked` a verb (a proper noun alone reads as a noun).
  const known = knownWordTags([...lowers])
  for (const index of candidates) {
    const tag = known.get((words[index] as {lower: string}).lower)
    if (tag !== undefined) tags[index] = tag === Tag.propn ? Tag.noun : tag
  }
}

/**
 * A capitalised sentence opener the tagger read as a verb, adjective or
 * adverb, which the document also writes capitalised inside a sentence: a
 * name (`Wade, who has studied …, said` after `Dr. Lena Wade`). Closed-class
 * words are never names.
 */
function openerNameByUse(layer: WordLayer): void {
  const {words, tags, flags} = layer
  const inside = new Set<string>()
  for (let index = 0; index < words.length; index++) {
    const bits = flags[index] as number
    if ((bits & (word | capital | opener)) === (word | capital) && tags[index] !== Tag.none) inside.add((words[index] as {lower: string}).lower)
  }
  if (inside.size === 0) return
  for (let index = 0; index < words.length; index++) {
    const bits = flags[index] as number
    const tag = tags[index]
    if ((bits & (word | capital | opener)) !== (word | capital | opener)) continue
    if (tag !== Tag.verb && tag !== Tag.adj && tag !== Tag.adv) continue
    const lower = (words[index] as {lower: string}).lower
    if (inside.has(lower) && !closedClass.has(lower)) tags[index] = Tag.propn
  }
}

/** Words a name never is, whatever its case. */
const closedClass: ReadonlySet<string> = new Set([...determiners, ...prepositions, ...subordinators, ...coordinators, ...connectives, ...personalPronouns])

/** Tags that may end a noun phrase the next word could be the verb of. */
function endsNounPhrase(tag: number): boolean {
  return tag === Tag.noun || tag === Tag.propn || tag === Tag.pron || tag === Tag.num
}

/** Tags that may follow a verb: its object, complement or an adverbial. */
function followsVerb(tag: number): boolean {
  return (
    tag === Tag.det ||
    tag === Tag.num ||
    tag === Tag.pron ||
    tag === Tag.adp ||
    tag === Tag.adv ||
    tag === Tag.adj ||
    tag === Tag.noun ||
    tag === Tag.propn ||
    tag === Tag.part ||
    tag === Tag.punct ||
    tag === Tag.sconj
  )
}

/** Whether a tag is a verb that makes its clause finite (not after `to`, checked by the caller). */
function isVerbTag(tag: number): boolean {
  return tag === Tag.verb || tag === Tag.aux
}

/** Words that end a clause for {@link verbAfterSubject}: it asks whether the clause has a verb already. */
function endsClause(layer: WordLayer, index: number): boolean {
  const token = layer.words[index]
  if (!token) return true
  if (token.kind !== 'word') return token.value !== '-' && token.value !== "'" && token.value !== '’'
  const tag = layer.tags[index]
  return tag === Tag.sconj || tag === Tag.cconj || token.lower === 'that'
}

/**
 * A finite verb form the tagger read as a noun, right after a noun phrase,
 * in a clause with no other verb: the clause's verb (`the gunman shot two
 * people`, `the scheme cost investors millions`, `the index rose`,
 * `Officials claim the report …`). A noun compound with a verb after it
 * stays a noun (`the price cut would help`).
 */
function verbAfterSubject(layer: WordLayer): void {
  const {words, tags} = layer
  for (let sentence = 0; sentence < layer.sentenceStart.length; sentence++) {
    const start = layer.sentenceStart[sentence] as number
    const end = layer.sentenceEnd[sentence] as number
    let clauseStart = start
    let hasVerb = false
    for (let index = start; index < end; index++) {
      if (endsClause(layer, index)) {
        clauseStart = index + 1
        hasVerb = false
        continue
      }
      const tag = tags[index] as number
      if (isVerbTag(tag)) {
        // A verb followed by a noun phrase may take a clause (`said the gunman shot …`): its verb is read anew.
        const next = tags[index + 1] as number
        if (tag === Tag.verb && (next === Tag.det || next === Tag.pron || next === Tag.propn || next === Tag.noun || next === Tag.num)) {
          clauseStart = index + 1
          hasVerb = false
        } else if (words[index - 1]?.lower !== 'to') hasVerb = true
        continue
      }
      if (hasVerb || index === clauseStart || (tag !== Tag.noun && tag !== Tag.adj)) continue
      const lower = (words[index] as {lower: string}).lower
      const before = tags[index - 1] as number
      if (!endsNounPhrase(before) || !followsVerb(tags[index + 1] ?? Tag.punct)) continue
      // A past in `-ed` the tagger read as a noun after a noun phrase is a verb too (`residents boiled it`).
      const finite = isFiniteVerbForm(lower) || (lower.length > 4 && lower.endsWith('ed') && tags[index + 1] !== Tag.noun)
      // A bare form is a verb only after a plural subject (`Officials claim`, `they plan`).
      const plural = (words[index - 1]?.lower.endsWith('s') ?? false) || words[index - 1]?.lower === 'they' || words[index - 1]?.lower === 'police'
      // A reporting verb with `that` after it reads so whatever the subject's number (`Analysts at Sandhurst Research estimate that …`).
      const reports = words[index + 1]?.lower === 'that' && isCueWord(layer.doc.settings, lower)
      if (!finite && !reports && !(plural && isCommonVerb(lower) && (tags[index + 1] === Tag.det || tags[index + 1] === Tag.pron || words[index + 1]?.lower === 'that'))) continue
      if (verbLater(layer, index + 1, end)) continue
      tags[index] = Tag.verb
      hasVerb = true
    }
  }
}

/** Whether a finite verb follows in the same clause (a compound noun before it: `the price cut would help`). */
function verbLater(layer: WordLayer, from: number, end: number): boolean {
  for (let index = from; index < end && !endsClause(layer, index); index++) {
    if (isVerbTag(layer.tags[index] as number) && layer.words[index - 1]?.lower !== 'to') return true
  }
  return false
}

/**
 * A bare verb form the tagger read right after a preposition, after
 * `according to` or after a reporting verb, with a noun after it: a noun
 * modifying that noun (`according to head judge Loretta Vukovich`, `said lead
 * author Timur Abdrakhmanov`). A gerund (`by urging`) and an infinitive
 * (`plans to head north`) stay verbs.
 */
function nounAfterPreposition(layer: WordLayer): void {
  const {words, tags} = layer
  for (let index = 1; index < words.length - 1; index++) {
    if (tags[index] !== Tag.verb) continue
    const lower = (words[index] as {lower: string}).lower
    if (lower.endsWith('ing')) continue
    const previous = (words[index - 1] as {lower: string}).lower
    const afterPreposition = tags[index - 1] === Tag.adp && previous !== 'to'
    const afterAccordingTo = previous === 'to' && words[index - 2]?.lower === 'according'
    // `said lead author Timur Abdrakhmanov`: a reporting verb takes a noun phrase after it, not a second verb.
    const afterReporting = tags[index - 1] === Tag.verb && isCueWord(layer.doc.settings, previous)
    if (!afterPreposition && !afterAccordingTo && !afterReporting) continue
    const next = tags[index + 1]
    if (next === Tag.noun || next === Tag.propn) tags[index] = Tag.noun
  }
}

/**
 * A verb form the tagger read right after a noun in the possessive: the
 * noun it owns (`the department's plans`, `the workers’ claims`). A past
 * participle stays a verb, as `'s` may be `has` (`the company's grown`).
 */
function nounAfterPossessive(layer: WordLayer): void {
  const {words, tags} = layer
  for (let index = 1; index < words.length; index++) {
    if (tags[index] !== Tag.verb) continue
    const lower = (words[index] as {lower: string}).lower
    if (lower.endsWith('ed') || lower.endsWith('en')) continue
    const before = words[index - 1] as {lower: string; kind: string}
    const owner = before.kind === 'word' ? index - 1 : index - 2
    const possessive = before.kind === 'word' ? before.lower.endsWith("'s") : (before.lower === "'" || before.lower === '’') && (words[owner]?.lower.endsWith('s') ?? false)
    if (possessive && (tags[owner] === Tag.noun || tags[owner] === Tag.propn)) tags[index] = Tag.noun
  }
}

/** The repairs, in the order they run. */
export const tagRepairs: readonly TagRepair[] = [
  {
    id: 'opener-common-noun',
    example: '`Officials said the road would reopen.`: `Officials` PROPN → NOUN',
    apply: openerCommonNoun,
  },
  {
    id: 'opener-name-by-use',
    example: '`Wade, who has studied the records, said …` after `Dr. Lena Wade`: `Wade` VERB → PROPN',
    apply: openerNameByUse,
  },
  {
    id: 'noun-after-preposition',
    example: '`…, according to head judge Loretta Vukovich.`: `head` VERB → NOUN',
    apply: nounAfterPreposition,
  },
  {
    id: 'verb-after-subject',
    example: '`Witnesses said the gunman shot two people.`: `shot` NOUN → VERB',
    apply: verbAfterSubject,
  },
  // Last: a possessive's noun stays a noun whatever verb-after-subject reads into it.
  {
    id: 'noun-after-possessive',
    example: '`a person familiar with the department’s plans`: `plans` VERB → NOUN',
    apply: nounAfterPossessive,
  },
]

/** Run every repair, in order. */
export function repairTags(layer: WordLayer): void {
  for (const repair of tagRepairs) repair.apply(layer)
}
