/**
 * Indirect quotes: reported speech without marks. Three shapes, read per
 * sentence of the reporter's text:
 *
 * - subject first: `Ortiz said (that) the union would strike.`
 * - attribution last: `The union will strike, Ortiz said.` /
 *   `…, according to the report.`
 * - attribution first: `According to the report, the depot …`
 *
 * and continuations of a report by the same subject (`…, adding that …`,
 * `… and suggested the council …`).
 */
import type {AttributionPattern} from '../types.js'
import {invertible} from './cue-order.js'
import {addresseeVerbs, clauseEnd, complementStart, isReportedClause, looksFinite} from './clauses.js'
import {cueAt, type CueMatch} from '../cues/cues.js'
import {coordinatedSubject, isSpeechVerb, mentionAfter, mentionBefore, opensApposition, passiveRelay, relayedSource, sentenceSubject, speechSubject, type Mention} from './mentions.js'
import {describeName, holdsAnonymityMarker, isSourceLike} from './names.js'
import {Tag} from '../engine/tagger.js'
import {prepositions, speakerPronouns, subordinators} from '../grammar/closed-class.js'
import {clauseBreaks, relativePronouns, verbPreModifiers} from './grammar.js'
import {isCapitalised, isMark, isQuoteMark, isWordToken, nextCueCandidate, quoteAt, type WordView} from './words.js'

/** An indirect quote found: its clause `[start, end)` in words, cue and mention. */
export interface FoundIndirect {
  /** The pattern that found it. */
  pattern: AttributionPattern
  start: number
  end: number
  cue: CueMatch
  mention: Mention
}

const lowerAt = (view: WordView, index: number): string => view.words[index]?.lower ?? ''

/** Whether every word of `[start, end)` stands inside a marked quote (the clause is a direct quote). */
function allQuoted(view: WordView, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const word = view.words[index]
    if (word && quoteAt(view, index) < 0 && word.kind === 'word') return false
  }
  return true
}

/** Whether a tail after an attribution holds no clause of its own (`after the vote`, `in a statement`). */
function isAdverbialTail(view: WordView, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (isQuoteMark(view, index)) return false
    if (isMark(view, index, ',')) return true
    if (isWordToken(view, index) && (looksFinite(view, index) || lowerAt(view, index) === 'that')) return false
  }
  return true
}

/** How many words `[start, end)` holds. */
function wordsIn(view: WordView, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) if (isWordToken(view, index)) count++
  return count
}

/** Whether the words after a mention describe it: a comma, then a relative clause or an apposition (`, who was not authorized …`, `, a retired teacher`). */
function describesSource(view: WordView, end: number): boolean {
  if (!isMark(view, end, ',')) return false
  return relativePronouns.has(lowerAt(view, end + 1)) || opensApposition(view, end + 1)
}

/** Whether `[start, end)` reads as a clause (a verb, or words in marks), not a bare subject (`A spokeswoman, Erin Walsh`). */
function holdsClause(view: WordView, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (looksFinite(view, index) || isQuoteMark(view, index)) return true
  return false
}

/** The comma that ends a clause before `index` (`…, Ortiz said` or `…,” Ortiz said`), or -1. */
function commaBefore(view: WordView, index: number): number {
  if (isMark(view, index - 1, ',')) return index - 1
  if (isQuoteMark(view, index - 1) && isMark(view, index - 2, ',')) return index - 2
  return -1
}

/** The last word of a sentence that is not closing punctuation. */
function sentenceLimit(view: WordView, start: number, end: number): number {
  let limit = end
  while (limit > start && !isWordToken(view, limit - 1) && !isQuoteMark(view, limit - 1)) limit--
  return limit
}

/** Attribution at the end of a sentence: `…, Ortiz said.`, `…, said Ortiz.`, `…, according to X.` */
function trailingReport(view: WordView, cue: CueMatch, start: number, end: number): FoundIndirect | 'direct' | null {
  if (cue.objectOnly || passiveAfter.has(lowerAt(view, cue.end))) return null
  // `…, a former examiner who now advises firms`: a relative clause, not an attribution.
  let subjectEnd = cue.start - 1
  while (subjectEnd > start && verbPreModifiers.has(lowerAt(view, subjectEnd))) subjectEnd--
  if (relativePronouns.has(lowerAt(view, subjectEnd))) return null
  const before = mentionBefore(view, cue.start, start)
  if (before && before.end === cue.start && relativePronouns.has(lowerAt(view, before.headEnd))) {
    // The cue is the relative clause's own verb when the clause has no other.
    let finite = false
    for (let index = before.headEnd + 1; index < before.end && !finite; index++) finite = looksFinite(view, index)
    if (!finite) return null
  }
  if (before && !cue.phrase) {
    const comma = commaBefore(view, before.start)
    if (comma > start && isAdverbialTail(view, cue.end, end) && !onlySubordinate(view, start, comma)) {
      if (allQuoted(view, start, comma)) return 'direct'
      const clause = parenthetical(view, start, comma, cue.end, end)
      // `Outside oversight, he said, “would add cost …”`: the words after the cue are a quote in marks.
      if (allQuoted(view, clause.start, clause.end)) return 'direct'
      return {pattern: cue.phrase ? 'according-to' : 'clause-said', start: clause.start, end: clause.end, cue, mention: before}
    }
  }
  const comma = commaBefore(view, cue.start)
  // `…, said Ortiz`: an inverted cue; a participle (`…, adding …`) is not one.
  // `After the river crested, she urged …`: a fronted subordinate clause alone is never the report.
  if (comma > start && onlySubordinate(view, start, comma)) return null
  const participle = lowerAt(view, cue.start).endsWith('ing')
  if ((comma > start && !participle) || (cue.phrase && cue.start > start + 2)) {
    const mention = invertible(view, cue) ? mentionAfter(view, cue.end, end, true) : null
    const clauseStop = comma > start ? comma : cue.start
    // `…, according to a person familiar with the deal, who was not authorized …`: the source's own description is no clause.
    const tailOk = mention !== null && (isAdverbialTail(view, mention.end, end) || describesSource(view, mention.end))
    // Whatever `according to` names is a source by the phrase's meaning (`according to its most recent annual filing`).
    // A claim `according to` someone need not be a clause of its own (`The round values Fieldnote at $410 million, according to …`).
    const claim = holdsClause(view, start, clauseStop) || (cue.phrase && wordsIn(view, start, clauseStop) >= 3)
    if (mention && tailOk && (cue.phrase || isSourceLike(view, mention)) && claim) {
      if (allQuoted(view, start, clauseStop)) return 'direct'
      return {pattern: cue.phrase ? 'according-to' : 'clause-said', start, end: clauseStop, cue, mention}
    }
  }
  return null
}

/**
 * Whether `[start, comma)` is a fronted subordinate clause and nothing
 * more (`After the river crested,` before `she urged …`), rather than a
 * reported sentence that opens with one (`If the bids come in over budget,
 * the council would vote again, Ortiz said`).
 */
function onlySubordinate(view: WordView, start: number, comma: number): boolean {
  return opensSubordinate(view, start) && nextComma(view, start, comma + 1) === comma
}

/** The first comma after `from` and before `end`, or -1. */
function nextComma(view: WordView, from: number, end: number): number {
  for (let index = from; index < end; index++) if (isMark(view, index, ',')) return index
  return -1
}

/** Whether the stretch from `start` opens with a subordinator (`After the river crested,`, `Although the agency said …,`). */
function opensSubordinate(view: WordView, start: number): boolean {
  let first = start
  while (first < view.words.length && !isWordToken(view, first)) first++
  const word = lowerAt(view, first)
  if (!subordinators.has(word)) return false
  // `although`, `because` open a clause; `after`, `since` may be prepositions (`After the vote,`): a clause has a verb before its comma.
  if (!prepositions.has(word)) return true
  for (let index = first + 1; index < Math.min(view.words.length, first + 20) && !isMark(view, index, ','); index++) {
    const tag = view.tags[index]
    if (tag === Tag.verb || tag === Tag.aux || (lowerAt(view, index).endsWith('ed') && tag === Tag.adj)) return true
  }
  return false
}

/** Words after a participle that make it passive or adjectival (`accused of`, `told by`). */
const passiveAfter: ReadonlySet<string> = new Set(['of', 'by', 'to', 'as'])

/**
 * The clause around a mid-sentence attribution (`In the meantime, she
 * said, the bank has been patient.`): the part after it when the part
 * before has no verb, else the part before.
 */
function parenthetical(view: WordView, start: number, comma: number, tailStart: number, end: number): {start: number; end: number} {
  let resume = tailStart
  while (resume < end && !isMark(view, resume, ',')) resume++
  if (resume >= end - 1) return {start, end: comma}
  for (let index = start; index < comma; index++) if (looksFinite(view, index)) return {start, end: comma}
  return {start: resume + 1, end}
}

/** `According to the report, the depot …`: a phrase cue opening the sentence. */
function leadingReport(view: WordView, cue: CueMatch, start: number, end: number): FoundIndirect | null {
  let first = start
  while (first < cue.start && !isWordToken(view, first)) first++
  if (!cue.phrase || first !== cue.start) return null
  const mention = mentionAfter(view, cue.end, end, false)
  if (!mention || !isMark(view, mention.end, ',')) return null
  const clauseStart = mention.end + 1
  const clauseStop = sentenceLimit(view, clauseStart, end)
  if (clauseStop - clauseStart < 2 || allQuoted(view, clauseStart, clauseStop)) return null
  return {pattern: 'according-to', start: clauseStart, end: clauseStop, cue, mention}
}

/** Conjunctions that open a new clause with its own report (`…, though she cautioned that …`). */
const contrastWords: ReadonlySet<string> = new Set(['though', 'although', 'but', 'while', 'whereas'])

/** Whether the mention starting at `index` follows a contrasting conjunction. */
function afterConjunction(view: WordView, index: number): boolean {
  // `though she and Superintendent Marisol Dunleavy acknowledged`: past a coordinated subject to its conjunction.
  for (let back = index - 1; back >= Math.max(0, index - 6); back--) {
    if (contrastWords.has(lowerAt(view, back))) return true
    if (!isWordToken(view, back) || view.tags[back] === Tag.verb || view.tags[back] === Tag.aux) return false
  }
  return false
}

/**
 * The person a `who` at `who` refers back to: the noun phrase before it
 * (`Board member Dwayne Fitch, who`), with its appositions (`Ray Ostheimer,
 * 79, who`), or the one inside it after its last preposition (`a tractor
 * driven by Ray Ostheimer, 79, who`).
 */
function antecedent(view: WordView, who: number, start: number): Mention | null {
  // Only a name: an unnamed antecedent (`a man who said …`) is too often not the one who speaks.
  const usable = (mention: Mention | null): boolean => mention !== null && quoteAt(view, mention.start) < 0 && describeName(view, mention).properName !== null
  const whole = mentionBefore(view, who, start)
  if (whole && usable(whole)) return whole
  const bare = isMark(view, who - 1, ',') ? mentionBefore(view, who - 1, start) : null
  if (bare && usable(bare)) return bare
  if (!whole) return null
  for (let index = who - 1; index > whole.start; index--) {
    if (view.tags[index] !== Tag.adp) continue
    const inner = mentionBefore(view, who, index + 1)
    return usable(inner) ? inner : null
  }
  return null
}

/**
 * A report inside a relative clause: `Ray Ostheimer, 79, who said he
 * restored it over six winters` (the clause after the cue, its speaker the
 * antecedent), or `a 2022 energy bill, which he said had doubled costs`
 * (the relative clause's own words after the cue, whose subject it lacks).
 * The report ends where the relative clause does, at its comma.
 */
function relativeReport(view: WordView, cue: CueMatch, start: number, limit: number, onSubject: boolean): FoundIndirect | null {
  if (!isSpeechVerb(view, cue)) return null
  let before = cue.start - 1
  while (before > start && verbPreModifiers.has(lowerAt(view, before))) before--
  // The relative clause ends at its comma, or before the main clause's own cue (`A resident who said … said …`).
  const comma = nextComma(view, cue.end, limit)
  let end = comma > 0 ? comma : limit
  const next = nextCueCandidate(view, cue.end, end)
  if (next < end && cueAt(view, next)) end = next
  // `who said they were not authorized to speak`: why a source goes unnamed is no report.
  if (holdsAnonymityMarker(view, {start: cue.start, end, headStart: cue.start, headEnd: end})) return null
  if (lowerAt(view, before) === 'who') {
    // Only on the sentence's subject: an object's relative clause (`… driven by Ray Ostheimer, who said …`) misleads more than it finds.
    const mention = antecedent(view, before, start)
    if (!mention || (!onSubject && mention.start !== start)) return null
    const clause = reportedClause(view, cue, end)
    return clause ? {pattern: 'relative-said', start: clause[0], end: clause[1], cue, mention} : null
  }
  const mention = mentionBefore(view, cue.start, start)
  const opener = mention ? lowerAt(view, mention.start - 1) : ''
  if (!mention || (opener !== 'which' && opener !== 'that') || !looksFinite(view, cue.end)) return null
  const stop = clauseEnd(view, cue.end, end, (index) => cueAt(view, index) !== null)
  return stop > cue.end ? {pattern: 'relative-said', start: cue.end, end: stop, cue, mention} : null
}

/** Whether a cue continues the report before it: `…, adding …` or `… and suggested …`. */
function continuesReport(view: WordView, cue: CueMatch): boolean {
  const previous = lowerAt(view, cue.start - 1)
  if (previous === 'and' || previous === 'but') return true
  return isMark(view, cue.start - 1, ',') && lowerAt(view, cue.start).endsWith('ing')
}

/** The reported clause after a cue, or null when there is none. */
function reportedClause(view: WordView, cue: CueMatch, limit: number): [number, number] | null {
  if (cue.objectOnly || cue.phrase) return null
  const verb = lowerAt(view, cue.start)
  const clauseStart = complementStart(view, verb, cue.end, limit)
  if (clauseStart < 0) return null
  const isCue = (index: number) => cueAt(view, index) !== null
  const clauseStop = clauseEnd(view, clauseStart, limit, isCue)
  if (allQuoted(view, clauseStart, clauseStop)) return null
  if (!isReportedClause(view, verb, clauseStart, clauseStop)) return null
  return [clauseStart, clauseStop]
}

/**
 * Drop, in place, the cues that stand inside the subject of a later cue:
 * the verb of a relative clause on the subject is not the main verb
 * (`Two board members who asked not to be named … said the firm would
 * sell`: the report is `said`'s, not `asked`'s).
 */
function dropSubjectClauseCues(view: WordView, cues: CueMatch[], start: number, dropped: Array<{cue: CueMatch; subject: Mention}>): void {
  for (let index = cues.length - 1; index > 0; index--) {
    const later = cues[index] as CueMatch
    // Only a finite main verb after a subject that opens its clause (`Reuters quoted two sources who
    // revealed …, threatening …`: the sources are an object, and `revealed` is the report).
    if (later.objectOnly || later.phrase || lowerAt(view, later.start).endsWith('ing')) continue
    const subject = mentionBefore(view, later.start, start)
    if (!subject || subject.headEnd >= subject.end || !relativePronouns.has(lowerAt(view, subject.headEnd))) continue
    if (subject.start > start && !isMark(view, subject.start - 1, ',')) continue
    // The relative clause's own verb is the first after its pronoun (`who asked`, `who had told`):
    // a cue further on (`who was … to speak said`) is the main verb the subject reading ran past.
    // So is a verb of a clause inside it with its own pronoun subject (`who spoke … because they feared …`).
    let verb = subject.headEnd + 1
    while (verb < later.start && verbPreModifiers.has(lowerAt(view, verb))) verb++
    for (let earlier = index - 1; earlier >= 0 && (cues[earlier] as CueMatch).start > subject.headEnd; earlier--) {
      const at = (cues[earlier] as CueMatch).start
      const subordinate = speakerPronouns.has(lowerAt(view, at - 1)) && clauseBreaks.has(lowerAt(view, at - 2))
      if (at !== verb && !subordinate) continue
      // `Board member Dwayne Fitch, who has said he will vote against it, called …`: kept aside, it may report on its own (see relativeReport).
      dropped.push({cue: cues[earlier] as CueMatch, subject})
      cues.splice(earlier, 1)
      index--
    }
  }
}

/**
 * Find the indirect quotes of one sentence `[start, end)` in words, adding
 * them to `found`. `cues` and `dropped` (the cues of relative clauses on a
 * subject) are scratch space, emptied here: one set of arrays serves every
 * sentence of a document.
 */
function sentenceReports(view: WordView, start: number, end: number, found: FoundIndirect[], cues: CueMatch[], dropped: Array<{cue: CueMatch; subject: Mention}>): void {
  const first = found.length
  cues.length = 0
  // Only the candidates outside quotes can start a cue: skip to them.
  for (let index = nextCueCandidate(view, start, end); index < end; index = nextCueCandidate(view, index + 1, end)) {
    const cue = cueAt(view, index)
    if (cue) {
      cues.push(cue)
      index = cue.end - 1
    }
  }
  if (cues.length === 0) return
  dropped.length = 0
  if (cues.length > 1) dropSubjectClauseCues(view, cues, start, dropped)
  const sentenceEnd = sentenceLimit(view, start, end)
  // `Although the agency said the water was safe, residents boiled it.`: a report inside a fronted
  // subordinate clause ends where that clause does, at its comma.
  const subordinateEnd = opensSubordinate(view, start) ? nextComma(view, start, sentenceEnd) : -1
  const limitFor = (cue: CueMatch) => (subordinateEnd > cue.end ? subordinateEnd : sentenceEnd)
  const limit = sentenceEnd
  let covered = start
  // The speaker of a direct quote's attribution, for a participle after it (`“…,” the company said, adding that …`).
  let quoteSpeaker: Mention | null = null
  // Attribution last or first claims the whole sentence.
  for (let index = cues.length - 1; index >= 0; index--) {
    const cue = cues[index] as CueMatch
    const whole = trailingReport(view, cue, start, limit) ?? leadingReport(view, cue, start, limit)
    if (whole === 'direct') {
      quoteSpeaker = mentionBefore(view, cue.start, start) ?? mentionAfter(view, cue.end, limit, true)
      covered = cue.end
      break
    }
    if (whole) {
      found.push(whole)
      // A later clause may hold its own report (`…, the authority said Friday, though it insisted …`).
      covered = cue.end
      break
    }
  }
  for (const cue of cues) {
    // The sentence's own last report: earlier sentences' reports are done.
    const last = found.length > first ? found[found.length - 1] : undefined
    if (quoteSpeaker && cue.start >= covered && continuesReport(view, cue)) {
      const clause = reportedClause(view, cue, limit)
      if (clause) found.push({pattern: 'adding', start: clause[0], end: clause[1], cue, mention: quoteSpeaker})
      quoteSpeaker = null
      continue
    }
    if (last && cue.start < last.end) {
      const own = mentionBefore(view, cue.start, last.start)
      if (own && afterConjunction(view, own.start)) {
        // `…, though she cautioned that …`: a new report by its own subject inside the last one.
        const clause = reportedClause(view, cue, limit)
        if (!clause) continue
        let cut = own.start
        while (cut > last.start && (contrastWords.has(lowerAt(view, cut - 1)) || isMark(view, cut - 1, ','))) cut--
        last.end = cut
        found.push({pattern: 'contrast', start: clause[0], end: clause[1], cue, mention: own})
        continue
      }
      if (!continuesReport(view, cue) || own !== null) continue
      const clause = reportedClause(view, cue, limit)
      if (!clause) continue
      // The earlier clause stops where the continuation begins.
      let cut = cue.start
      while (cut > last.start && (lowerAt(view, cut - 1) === 'and' || isMark(view, cut - 1, ','))) cut--
      last.end = cut
      found.push({pattern: 'coordinated-report', start: clause[0], end: clause[1], cue, mention: last.mention})
      continue
    }
    if (cue.start < covered) continue
    const relative = relativeReport(view, cue, start, limitFor(cue), false)
    if (relative) {
      found.push(relative)
      covered = relative.start
      continue
    }
    // `Aya Mensah was quoted as saying the rains were good`: the subject of the passive speaks.
    const passive = passiveRelay(view, cue, start)
    if (passive) {
      const clause = reportedClause(view, cue, limit)
      if (clause) {
        found.push({pattern: 'quoted-as-saying', start: clause[0], end: clause[1], cue: passive.cue, mention: passive.mention})
        covered = clause[0]
      }
      continue
    }
    const relayed = relayedSource(view, cue, limit)
    if (relayed) {
      // `… quoted two members of the team as saying the government …`: the report is `saying`'s, the source the object.
      const clause = reportedClause(view, relayed.said, limit)
      if (clause) {
        found.push({pattern: 'quoted-as-saying', start: clause[0], end: clause[1], cue, mention: relayed.mention})
        covered = clause[0]
      }
      continue
    }
    // `The government ordered water cuts across the city, the country's largest, saying …`: a participle
    // after a comma speaks for the sentence's subject, never for the phrase before the comma.
    const participle = isMark(view, cue.start - 1, ',') && lowerAt(view, cue.start).endsWith('ing')
    const mention =
      (participle ? sentenceSubject(view, start, cue.start) : null) ??
      mentionBefore(view, cue.start, start) ??
      coordinatedSubject(view, cue, start) ??
      (continuesReport(view, cue) ? sentenceSubject(view, start, cue.start) : null)
    // Whoever `says` or `tells` is a source by the verb's meaning (`Several attendees said …`); other cues need a source-like subject.
    if (!mention || quoteAt(view, mention.start) >= 0 || !(isSourceLike(view, mention) || speechSubject(view, cue, mention))) continue
    const clause = reportedClause(view, cue, limitFor(cue))
    if (!clause) continue
    found.push({pattern: addresseeVerbs.has(lowerAt(view, cue.start)) && clause[0] > cue.end ? 'told-addressee' : 'said-that', start: clause[0], end: clause[1], cue, mention})
    covered = clause[0]
  }
  // The relative clauses' own reports (`Board member Dwayne Fitch, who has said he will vote against it, called …`).
  // Their speaker is the main clause's subject, named by the same words, so both reports have one speaker.
  for (const {cue, subject} of dropped) {
    const relative = relativeReport(view, cue, start, limit, true)
    if (!relative || found.some((report, index) => index >= first && report.start < relative.end && relative.start < report.end)) continue
    found.push({...relative, mention: subject})
  }
}

/**
 * Where a sentence's reporter's text may start for its reports: after the
 * story's dateline (`HALDEN, Wash. — The district will close …, officials
 * said.` reports from `The district`), and after a whole quoted sentence
 * that opens it (`“We’re done.” The plant will close, officials said.`): a
 * reported clause never runs back across either.
 */
function reportFloor(view: WordView, start: number, end: number): number {
  let floor = start
  const dateline = view.doc.dateline
  if (dateline) {
    while (floor < end && (view.words[floor]?.start ?? 0) < dateline.end) floor++
  }
  // A quote that closes on its own full stop ends a sentence the splitter kept together with the next.
  const quote = quoteAt(view, floor)
  if (quote >= 0 && view.parentQuote[quote] === -1) {
    const close = view.quoteWords[quote]?.[1] ?? floor
    if (close < end && close - 2 > floor && endsSentence(view, close - 2) && isCapitalised(view, close)) floor = close
  }
  return floor
}

/** Whether the word at `index` is a full stop, question or exclamation mark. */
function endsSentence(view: WordView, index: number): boolean {
  return isMark(view, index, '.') || isMark(view, index, '?') || isMark(view, index, '!')
}

/** Drop, in place and in order, the reports from `first` on that a later one cut down to nothing. */
function dropEmpty(found: FoundIndirect[], first: number): void {
  let kept = first
  for (let index = first; index < found.length; index++) {
    const report = found[index] as FoundIndirect
    if (report.end > report.start) found[kept++] = report
  }
  found.length = kept
}

/** Find the indirect quotes in the body paragraphs of a document. */
export function findIndirect(view: WordView): FoundIndirect[] {
  const found: FoundIndirect[] = []
  const cues: CueMatch[] = []
  const dropped: Array<{cue: CueMatch; subject: Mention}> = []
  const {doc} = view
  for (let sentence = 0; sentence < doc.sentences.length; sentence++) {
    const info = doc.sentences[sentence]
    if (!info || doc.paragraphs[info.paragraph]?.kind !== 'body') continue
    const end = view.sentenceEnd[sentence] ?? 0
    const start = reportFloor(view, view.sentenceStart[sentence] ?? 0, end)
    if (start >= end) continue
    const first = found.length
    sentenceReports(view, start, end, found, cues, dropped)
    dropEmpty(found, first)
  }
  return found
}
