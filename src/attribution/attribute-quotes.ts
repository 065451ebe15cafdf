/**
 * Attribution: who said each quote, reported speech without marks, and the
 * speakers behind them.
 */
import {span} from '../engine/document.js'
import type {WordLayer} from '../engine/words.js'
import type {AttributionPattern, Quote, Span, Speaker} from '../types.js'
import type {CueMatch} from '../cues/cues.js'
import {looksFinite} from './clauses.js'
import {attributeMarked} from './direct.js'
import {findIndirect} from './indirect.js'
import {sentenceSubject, type Mention} from './mentions.js'
import {findIntroductions, findSubjectPronouns} from './introductions.js'
import {describeMention, describeName, givenNameGender, isNonPersonName, isSourceLike, type MentionInfo} from './names.js'
import {addMention, newEntity, pronounFits, rankPronounTargets, resolveMention, resolveName, touch, type Entity, type Recency} from './resolve.js'
import {Tag} from '../engine/tagger.js'
import {verbForms} from '../grammar/verbs.js'
import {roleVerbs} from '../lexicon/sources.js'
import {subordinators} from '../grammar/closed-class.js'
import {buildWordView, isCapitalised, isMark, quoteAt, type WordView, writtenLowerElsewhere} from './words.js'

/** Quotes with their speakers (and indirect quotes added), and the speakers. */
export interface Attribution {
  quotes: Quote[]
  speakers: Speaker[]
}

/** A quote on its way to the result: its attribution in words, its entity once resolved. */
interface Pending {
  quote: Quote
  /** The quote this one is nested in (-1: none), for continuing speakers. */
  parent: number
  cue: CueMatch | null
  mention: Mention | null
  /** The pattern that found the attribution, once known. */
  pattern: AttributionPattern | null
  entity: Entity | null
  /** For a pronoun mention inside another quote: the other entities it may point to, most salient first. */
  alternatives: Entity[]
}

function wordsSpan(view: WordView, start: number, end: number): Span {
  const first = view.words[start]
  const last = view.words[end - 1]
  return span(view.doc.text, first?.start ?? 0, last?.end ?? 0)
}

function indirectQuotes(view: WordView): Pending[] {
  return findIndirect(view).map((found) => {
    const content = wordsSpan(view, found.start, found.end)
    const paragraphs: number[] = []
    for (let index = found.start; index < found.end; index++) {
      const paragraph = view.words[index]?.paragraph ?? 0
      if (paragraphs[paragraphs.length - 1] !== paragraph) paragraphs.push(paragraph)
    }
    const quote: Quote = {start: content.start, end: content.end, text: content.text, id: '', kind: 'indirect', content, paragraphs, speakerId: null, mention: null, cue: null}
    return {quote, parent: -1, cue: found.cue, mention: found.mention, pattern: found.pattern, entity: null, alternatives: []}
  })
}

/** How far into a sentence the verb after its subject is looked for, in words. */
const SUBJECT_REACH = 12

/**
 * The subject of the clause a pronoun's clause is coordinated with
 * (`Health officials are tracing contacts, and they warned …`): the
 * pronoun's nearest antecedent, when it names a source the pronoun fits.
 */
function coordinatedAntecedent(view: WordView, mention: Mention, pronoun: string, recency: Recency): Entity | null {
  const at = mention.start
  const joiner = view.words[at - 1]?.lower
  if (joiner !== 'and' && joiner !== 'but') return null
  const sentence = view.words[at]?.sentence ?? -1
  const start = view.sentenceStart[sentence] ?? at
  // The subject ends at its clause's verb (`Transit workers walked off …`); the window stays short.
  let verb = start + 1
  while (verb < at - 1 && verb < start + SUBJECT_REACH && !looksFinite(view, verb)) verb++
  const subject = sentenceSubject(view, start, verb)
  if (!subject || subject.end >= at - 1 || !isSourceLike(view, subject)) return null
  const info = describeMention(view, subject)
  if (info.pronoun) return null
  const entity = resolveMention(info, recency) ?? newEntity(info)
  return pronounFits(pronoun, entity) ? entity : null
}

/** How far back inside a quote a pronoun of a quote nested in it looks for the name it stands for, in words. */
const QUOTED_NAME_REACH = 120

/**
 * The person a pronoun inside a quote stands for when the quote itself
 * named them: `“I sent it to Colm. He called me and said, ‘Give it till
 * July,’” Varga said` — `He` is Colm, named in Varga's own words, not
 * someone of the reporter's text. The nearest given name before the
 * pronoun in the outermost quote whose gender fits, resolved like any name.
 */
function nameInQuote(view: WordView, mention: Mention, pronoun: string, recency: Recency): Entity | null {
  const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null
  let quote = view.quoteOf[mention.start] ?? -1
  if (gender === null || quote < 0) return null
  while ((view.parentQuote[quote] ?? -1) >= 0) quote = view.parentQuote[quote] as number
  const first = Math.max(view.quoteWords[quote]?.[0] ?? mention.start, mention.start - QUOTED_NAME_REACH)
  for (let index = mention.start - 1; index >= first; index--) {
    const word = view.words[index]
    if (!word || !isCapitalised(view, index)) continue
    const given = givenNameGender(word.lower)
    // `Poppy tells it …`: a given name the tagger read as a noun at a sentence's start is a name the text never writes lower case.
    if (given === null || (view.tags[index] !== Tag.propn && writtenLowerElsewhere(view, word.lower))) continue
    if (given !== gender) return null
    // The name with the capitalised words after it (`Colm Breathnach`).
    let end = index + 1
    while (end < mention.start && view.tags[end] === Tag.propn && isCapitalised(view, end)) end++
    const name: Mention = {start: index, end, headStart: index, headEnd: end}
    const info = describeMention(view, name)
    const known = resolveName(info, recency)
    if (known) return pronounFits(pronoun, known) ? known : null
    // A given name alone (`Colm`) is a person of the name's gender.
    return {...newEntity(info), kind: 'person', gender: given, personal: true}
  }
  return null
}

/** A quote's mention: its earlier entity, else a new one; a pronoun with nothing to point back to names no speaker. */
function speakerEntity(view: WordView, mention: Mention, recency: Recency, nested: boolean, headlineRoles: Set<Entity>): Entity | null {
  const info = describeMention(view, mention)
  const quoted = nested && info.pronoun ? nameInQuote(view, mention, info.pronoun, recency) : null
  if (quoted) return quoted
  const entity = (info.pronoun ? coordinatedAntecedent(view, mention, info.pronoun, recency) : null) ?? resolveMention(info, recency) ?? namedFromHeadline(view, info, headlineRoles)
  if (entity) addMention(entity, info)
  return entity ?? (info.pronoun ? null : newEntity(info))
}

/**
 * The role a headline gave a speaker by, when the story names its holder:
 * `widow tells court ‘…’` then `Rachel Dunning, his widow, …`; `family's
 * lawyer calls it ‘a whitewash’` then `the family's lawyer, Tamsin
 * Greaves`. A named person of the body whose words hold the role takes the
 * headline's speaker, once.
 */
function namedFromHeadline(view: WordView, info: MentionInfo, headlineRoles: Set<Entity>): Entity | null {
  if (headlineRoles.size === 0 || info.properName === null || info.kind !== 'person') return null
  const settings = view.doc.settings
  for (const entity of headlineRoles) {
    for (const word of entity.words) {
      if ((settings.sourceRoles.has(word) || settings.personTitles.has(word)) && info.keys.includes(word)) {
        headlineRoles.delete(entity)
        return entity
      }
    }
  }
  return null
}

/**
 * An introduced name's entity, or null when there is nothing to remember:
 * no proper name, or a single word that matches no one. Most introductions
 * end there, so their mention is read in full only when it is kept.
 */
function introducedEntity(view: WordView, mention: Mention, recency: Recency, headlineRoles: Set<Entity>): Entity | null {
  const name = describeName(view, mention)
  if (!name.properName || isNonPersonName(name.nameWords)) return null
  const entity = resolveName(name, recency)
  // A single word is kept when it is a subject or has an apposition (`Fieldnote, a San Francisco-based startup, has raised …`).
  const standsAlone = mention.end > mention.headEnd || (isSubjectMention(view, mention) && view.tags[mention.headStart] === Tag.propn)
  if (!entity && name.nameWords.length < 2 && !standsAlone) return null
  const info = describeMention(view, mention, name)
  const held = entity ?? identifiedLater(view, mention, info, recency) ?? namedFromHeadline(view, info, headlineRoles)
  if (!held) return newEntity(info)
  addMention(held, info)
  return held
}

/**
 * The news lede's delayed identification: `The club will close, its owner
 * said. ¶ Bonnie Kowalczyk, 70, bought the club …` names in its second
 * paragraph whom its first gave by a role of the story's subject. The role
 * (`its owner`, `the firm's founder`, never `a nurse`) spoke in the
 * paragraph just before, no one was named since, and the name opens its
 * paragraph as a subject with no role of its own in apposition.
 */
function identifiedLater(view: WordView, mention: Mention, info: MentionInfo, recency: Recency): Entity | null {
  const at = mention.start
  const first = view.words[at]
  if (!first || info.kind !== 'person' || info.nameWords.length < 2) return null
  if (view.words[at - 1]?.paragraph === first.paragraph || !isSubjectMention(view, mention)) return null
  for (let index = mention.headEnd; index < mention.end; index++) {
    if (view.words[index]?.kind === 'word' && !/^[0-9]/.test(view.words[index]?.lower ?? '')) return null
  }
  const role = recency.recent[recency.recent.length - 1]
  if (!role || role.properName !== null || role.plural || !role.personal || role.lastParagraph !== first.paragraph - 1) return null
  if (role.speakerSentence < 0 || (info.gender !== null && role.gender !== null && info.gender !== role.gender)) return null
  return /^(?:its|the|their)\s/i.test(role.description) || /^\S+['’]s\s/.test(role.description) ? role : null
}

/**
 * Resolve every mention in the order of the text, introductions included;
 * then quotes without a mention continue the quote before them (in the
 * same frame), in the same or the next paragraph.
 */
function resolveAll(view: WordView, pending: Pending[]): void {
  const recency: Recency = {recent: [], speakerSentence: -1, sentence: 0, paragraph: 0}
  const events: Array<{at: number; mention: Mention; item: Pending | null; pronoun: boolean}> = findIntroductions(view).map((mention) => ({
    at: mention.start,
    mention,
    item: null,
    pronoun: false,
  }))
  for (const mention of findSubjectPronouns(view)) events.push({at: mention.start, mention, item: null, pronoun: true})
  for (const item of pending) if (item.mention) events.push({at: item.mention.start, mention: item.mention, item, pronoun: false})
  events.sort((a, b) => a.at - b.at || (a.item ? 1 : 0) - (b.item ? 1 : 0))
  // Speakers the headline gives by a role, not yet named by the body.
  const headlineRoles = new Set<Entity>()
  // Two quotes attributed by the very same words (an indirect quote and the partial inside it) have one speaker.
  let lastSpoken: {mention: Mention; entity: Entity} | null = null
  // Where each speaker's mention stands (character offset) and whom it names, in text order.
  const named: Array<{at: number; entity: Entity}> = []
  // The people who are subjects of the reporter's sentences, in text order.
  const subjects: SubjectMention[] = []
  for (const event of events) {
    const {mention} = event
    const first = view.words[mention.start]
    recency.sentence = first?.sentence ?? 0
    recency.paragraph = first?.paragraph ?? 0
    const repeated: Entity | null =
      event.item && lastSpoken && lastSpoken.mention.start === mention.start && lastSpoken.mention.end === mention.end ? lastSpoken.entity : null
    const entity: Entity | null =
      repeated ??
      (event.item
        ? speakerEntity(view, mention, recency, event.item.parent >= 0, headlineRoles)
        : event.pronoun
          ? pronounEntity(view, mention, recency)
          : introducedEntity(view, mention, recency, headlineRoles))
    if (!entity) continue
    // A speaker the headline gives by a role only, for the body to name.
    if (event.item && entity.properName === null && view.doc.paragraphs[recency.paragraph]?.kind === 'headline') headlineRoles.add(entity)
    const alias = acronymAfter(view, mention.headEnd)
    if (alias) entity.aliases.add(alias)
    if (event.item) named.push({at: view.words[mention.start]?.start ?? 0, entity})
    if (event.item) lastSpoken = {mention, entity}
    const subject = (event.item !== null || event.pronoun || isSubjectMention(view, mention)) && inMainClause(view, mention.start)
    touch(recency, entity, {sentence: recency.sentence, paragraph: recency.paragraph, subject, speaking: event.item !== null})
    if (subject && event.item === null && quoteAt(view, mention.start) < 0 && isPersonLike(entity)) {
      subjects.push({at: first?.start ?? 0, paragraph: recency.paragraph, entity})
    }
    // `Ana Ruiz founded the firm` … `the firm's founder said`: what a subject does names a role it may be called by.
    if (subject && event.item === null) {
      const role = roleOfVerbAfter(view, mention)
      if (role) entity.words.add(role)
    }
    if (event.item) {
      event.item.entity = entity
      // Inside a quote the speaker says `I`: keep the pronoun's other readings, for when the outer speaker is known.
      const info = describeMention(view, mention)
      if (event.item.parent >= 0 && info.pronoun) event.item.alternatives = rankPronounTargets(recency, info.pronoun)
    }
  }
  let previous: Pending | null = null
  const previousInFrame = new Map<number, Pending>()
  for (const item of pending) {
    if (!item.mention) {
      const before = previousInFrame.get(item.parent) ?? previous
      const firstParagraph = item.quote.paragraphs[0] ?? 0
      const lastParagraph = before?.quote.paragraphs[before.quote.paragraphs.length - 1] ?? -10
      // `Prosser does not talk about her easily, and then, once he starts, he does not stop. ‘She ran the choir …’`:
      // a person who is the subject just before the quote, in its paragraph, speaks it.
      const subject = item.parent < 0 ? subjectBefore(view, subjects, before?.quote.end ?? 0, item.quote) : null
      if (subject) {
        item.entity = subject
        item.pattern = subject === before?.entity ? 'continuation' : 'introduced-speaker'
      } else if (before?.entity && firstParagraph - lastParagraph <= 1) {
        // Another speaker named between the two quotes breaks the run: the nearest of them, if a named person, speaks.
        const other = lastOtherBetween(named, before.entity, before.quote.end, item.quote.start)
        if (!other) {
          item.entity = before.entity
          item.pattern = 'continuation'
        } else if (other.properName && other.kind === 'person') {
          item.entity = other
          item.pattern = 'introduced-speaker'
        }
      }
    }
    previousInFrame.set(item.parent, item)
    if (item.parent < 0) previous = item
  }
  // `“… She said, ‘Who’s going to be there?’ …,” Haverkamp said`: a pronoun inside a quote is not its speaker.
  for (const item of pending) {
    const parent = item.parent >= 0 ? pending[item.parent] : undefined
    if (!parent?.entity || item.entity !== parent.entity || item.alternatives.length === 0) continue
    item.entity = item.alternatives.find((entity) => entity !== parent.entity) ?? null
  }
}

/**
 * A subject pronoun of the reporter's text: the entity it points to, if
 * any (it creates none, and tells nothing of gender: a wrong link must
 * not spread).
 */
function pronounEntity(view: WordView, mention: Mention, recency: Recency): Entity | null {
  return resolveMention(describeMention(view, mention), recency)
}

/**
 * Whether the word at `index` stands in its sentence's main clause: no
 * subordinator opens the clause it is in (`after a critic … called her
 * novel “…”` is subordinate). Read back to the sentence's start or a comma.
 */
function inMainClause(view: WordView, index: number): boolean {
  const start = view.sentenceStart[view.words[index]?.sentence ?? 0] ?? 0
  for (let probe = index - 1; probe >= Math.max(start, index - 30); probe--) {
    if (isMark(view, probe, ',') || isMark(view, probe, ';')) return true
    if (subordinators.has(view.words[probe]?.lower ?? '') && view.tags[probe] !== Tag.adv) return false
  }
  return true
}

/**
 * Whether an introduced mention is its clause's subject: a verb (past
 * adverbs) follows it (`Wendt, asked for her secret, laughed.`, `Harold
 * Beecham, 94, saluted …`).
 */
function isSubjectMention(view: WordView, mention: Mention): boolean {
  let next = mention.end
  while (isMark(view, next, ',')) next++
  while (view.tags[next] === Tag.adv) next++
  const tag = view.tags[next]
  return tag === Tag.verb || tag === Tag.aux
}

/** Roles named by what someone does (`founded` → `founder`), by the verb's forms. */
const rolesByVerbForm: ReadonlyMap<string, string> = new Map(
  Object.entries(roleVerbs).flatMap(([verb, role]) => verbForms(verb).map((form) => [form, role] as const)),
)

/** The role the verb after a subject mention names, past auxiliaries and adverbs (`has owned` → `owner`), or undefined. */
function roleOfVerbAfter(view: WordView, mention: Mention): string | undefined {
  let next = mention.end
  while (isMark(view, next, ',')) next++
  while (view.tags[next] === Tag.adv || view.tags[next] === Tag.aux) next++
  return rolesByVerbForm.get(view.words[next]?.lower ?? '')
}

/** The acronym in parentheses right after a name (`Dutch Public Prosecution Service (OM)`), lower case, or null. */
function acronymAfter(view: WordView, index: number): string | null {
  if (!isMark(view, index, '(') || !isMark(view, index + 2, ')')) return null
  const value = view.words[index + 1]?.value ?? ''
  return value.length >= 2 && value.length <= 6 && /^[A-Z][A-Z0-9&]+$/.test(value) ? value.toLowerCase() : null
}

/** A person who is the subject of a sentence of the reporter's text. */
interface SubjectMention {
  at: number
  paragraph: number
  entity: Entity
}

/** Whether an entity can speak as a person: named as one, a titled or gendered one, or a name that has spoken. */
function isPersonLike(entity: Entity): boolean {
  return !entity.plural && (entity.kind === 'person' || entity.gender !== null || (entity.kind === 'unknown' && entity.properName !== null && entity.speakerSentence >= 0))
}

/**
 * The person who is the last subject of the reporter's text in the quote's
 * paragraph before it, and after `from` (the previous quote's end), or
 * null. Binary search over the subjects in text order.
 */
function subjectBefore(view: WordView, subjects: readonly SubjectMention[], from: number, quote: Quote): Entity | null {
  const paragraph = quote.paragraphs[0] ?? -1
  // A quote that opens its paragraph may take the subject of the paragraph before (`Jane Doe, 54, has lived here
  // for 20 years.` then `“It has never been this bad.”`).
  const opensParagraph = view.doc.paragraphs[paragraph] !== undefined && quote.start - (view.doc.paragraphs[paragraph] as {start: number}).start <= 1
  let low = 0
  let high = subjects.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((subjects[middle] as SubjectMention).at < quote.start) low = middle + 1
    else high = middle
  }
  const last = subjects[low - 1]
  if (!last || last.at < from || !(last.paragraph === paragraph || (opensParagraph && last.paragraph === paragraph - 1))) return null
  return view.words.length > 0 ? last.entity : null
}

/** The last entity other than `entity` named in `[from, to)` (character offsets), by a binary search of the sorted list. */
function lastOtherBetween(named: ReadonlyArray<{at: number; entity: Entity}>, entity: Entity, from: number, to: number): Entity | null {
  let low = 0
  let high = named.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((named[middle] as {at: number}).at < to) low = middle + 1
    else high = middle
  }
  for (let index = low - 1; index >= 0; index--) {
    const entry = named[index] as {at: number; entity: Entity}
    if (entry.at < from) break
    if (entry.entity !== entity) return entry.entity
  }
  return null
}

/** The speaker's name: its fullest proper name, else its fullest description, on one line (wire copy wraps names too). */
function entityName(entity: Entity): string {
  return (entity.properName ?? entity.description).replace(/\s+/g, ' ')
}

/** Quotes in the order of the text, outer before inner (`a` before `b` when negative). */
function byPosition(a: Quote, b: Quote): number {
  return a.start - b.start || b.end - a.end
}

/** Whether a list is already in {@link byPosition} order: quote finders give it so, and then no copy is sorted. */
function inPositionOrder(quotes: readonly Quote[]): boolean {
  for (let index = 1; index < quotes.length; index++) if (byPosition(quotes[index - 1] as Quote, quotes[index] as Quote) > 0) return false
  return true
}

/**
 * The marked and indirect quotes in one list, in {@link byPosition} order,
 * marked first on ties (a stable sort of both lists joined gives the same);
 * each marked quote's parent, an index into the marked list, becomes an
 * index into the merged one. Both lists come sorted: the marked by
 * construction, the indirect sorted here (stable, few).
 */
function mergePending(marked: readonly Pending[], indirect: Pending[]): Pending[] {
  indirect.sort((a, b) => byPosition(a.quote, b.quote))
  const pending: Pending[] = []
  const mergedIndex: number[] = []
  let next = 0
  let report: Pending | null = null
  for (const item of marked) {
    while (next < indirect.length && byPosition((indirect[next] as Pending).quote, item.quote) < 0) {
      report = indirect[next++] as Pending
      pending.push(report)
    }
    // `Ferreira said the office would act “in the normal way” and was “not hiding anything.”`: a quote in marks with
    // no attribution of its own, inside a report, is the reporter's, by the report's words.
    if (report && !item.mention && !item.cue && item.parent < 0 && report.quote.start <= item.quote.start && item.quote.start < report.quote.end) {
      item.mention = report.mention
      item.cue = report.cue
      item.pattern = 'said-before'
    }
    mergedIndex.push(pending.length)
    pending.push(item)
  }
  while (next < indirect.length) pending.push(indirect[next++] as Pending)
  for (const item of marked) if (item.parent >= 0) item.parent = mergedIndex[item.parent] ?? -1
  return pending
}

/** Sort a speaker's mentions by position, unless they already are (they nearly always come in order). */
function sortMentions(mentions: Span[]): void {
  for (let index = 1; index < mentions.length; index++) {
    if ((mentions[index - 1] as Span).start > (mentions[index] as Span).start) {
      mentions.sort((a, b) => a.start - b.start)
      return
    }
  }
}

/** Attribute the quotes of a document and find its indirect quotes. */
export function attributeQuotes(layer: WordLayer, quotes: readonly Quote[]): Attribution {
  const ordered = inPositionOrder(quotes) ? quotes : [...quotes].sort(byPosition)
  const view = buildWordView(layer, ordered)
  const marked: Pending[] = ordered.map((quote, index) => {
    const found = attributeMarked(view, index)
    return {quote, parent: view.parentQuote[index] ?? -1, cue: found?.cue ?? null, mention: found?.mention ?? null, pattern: found?.pattern ?? null, entity: null, alternatives: []}
  })
  const pending = mergePending(marked, indirectQuotes(view))
  resolveAll(view, pending)

  const speakers: Speaker[] = []
  const speakerOf = new Map<Entity, Speaker>()
  const result = pending.map((item, index): Quote => {
    const id = `q${index + 1}`
    const mention = item.mention ? wordsSpan(view, item.mention.start, item.mention.end) : null
    const cue = item.cue ? wordsSpan(view, item.cue.start, item.cue.end) : null
    let speakerId: string | null = null
    if (item.entity) {
      let speaker = speakerOf.get(item.entity)
      if (!speaker) {
        speaker = {
          id: `s${speakers.length + 1}`,
          name: entityName(item.entity),
          anonymous: item.entity.anonymous,
          kind: item.entity.kind,
          mentions: [],
          quoteIds: [],
        }
        speakers.push(speaker)
        speakerOf.set(item.entity, speaker)
      }
      speakerId = speaker.id
      speaker.quoteIds.push(id)
      const last = speaker.mentions[speaker.mentions.length - 1]
      if (mention && !(last && last.start === mention.start)) speaker.mentions.push(mention)
    }
    const {quote} = item
    // Built field by field: a spread per quote costs more than the rest of this loop.
    const result: Quote = {start: quote.start, end: quote.end, text: quote.text, id, kind: quote.kind, content: quote.content, paragraphs: quote.paragraphs, speakerId, mention, cue}
    if (speakerId !== null && item.pattern !== null) result.attribution = item.pattern
    return result
  })
  for (const speaker of speakers) sortMentions(speaker.mentions)
  return {quotes: result, speakers}
}
