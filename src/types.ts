/**
 * The result shapes copydesk returns. All offsets are UTF-16 code-unit
 * offsets into the exact input string, `end` exclusive, and
 * `span.text === input.slice(span.start, span.end)` always holds.
 *
 * @module
 */

/**
 * A stretch of the input.
 *
 * @example
 * ```ts
 * const text = 'Hello world'
 * const span: Span = {start: 6, end: 11, text: 'world'}
 * text.slice(span.start, span.end) === span.text // true
 * ```
 *
 * @category Results
 */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number
  /** Offset one past the last UTF-16 code unit. */
  end: number
  /** `input.slice(start, end)`. */
  text: string
}

/**
 * What a paragraph is in the story.
 *
 * - `headline`: the title line(s) at the top.
 * - `byline`: the author or agency credit near the top.
 * - `dateline`: a paragraph that is only a dateline (`LAGOS, Nigeria —`).
 * - `body`: the story.
 * - `boilerplate`: page furniture and credits (`Advertisement`, `Copyright …`).
 *
 * @example
 * ```ts
 * const kind: ParagraphKind = 'byline'
 * ```
 *
 * @category Results
 */
export type ParagraphKind = 'headline' | 'byline' | 'dateline' | 'body' | 'boilerplate'

/**
 * One paragraph of the input, with its kind and its sentences.
 *
 * @example
 * ```ts
 * import {splitParagraphs} from 'copydesk'
 *
 * const [headline, body] = splitParagraphs('Port Strike Ends\n\nThe strike ended on Monday.')
 * headline.kind // 'headline'
 * body.sentences[0].text // 'The strike ended on Monday.'
 * ```
 *
 * @category Results
 */
export interface Paragraph extends Span {
  /** Position of the paragraph in the article, from 0. */
  index: number
  /** What the paragraph is. */
  kind: ParagraphKind
  /** The paragraph's sentences, in order. */
  sentences: Span[]
}

/**
 * How a quote is given.
 *
 * - `direct`: a whole utterance in quotation marks.
 * - `partial`: a fragment in quotation marks inside the reporter's sentence.
 * - `indirect`: reported speech without marks (`Ortiz said the union would strike`).
 *
 * @example
 * ```ts
 * const kind: QuoteKind = 'partial'
 * ```
 *
 * @category Results
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect'

/**
 * A quotation: the whole quote (marks included, or the reported clause),
 * its content, and its attribution.
 *
 * @example
 * ```ts
 * import {detectQuotes} from 'copydesk'
 *
 * const [quote] = detectQuotes('“We will not back down,” Ortiz said.')
 * quote.kind // 'direct'
 * quote.content.text // 'We will not back down,'
 * quote.cue?.text // 'said'
 * ```
 *
 * @category Results
 */
export interface Quote extends Span {
  /** Stable within one result: `'q1'`, `'q2'`, … */
  id: string
  /** How the quote is given. */
  kind: QuoteKind
  /** The quoted words without the outer marks (for `indirect`, the reported clause). */
  content: Span
  /** Indices of the paragraphs the quote spans. */
  paragraphs: number[]
  /** The {@link Speaker} the quote is attributed to, or `null` when unattributed. */
  speakerId: string | null
  /** The words that name the speaker here (`'he'`, `'Ortiz'`), or `null`. */
  mention: Span | null
  /** The reporting verb or phrase (`'said'`, `'according to'`), or `null`. */
  cue: Span | null
  /**
   * The attribution pattern that found the speaker (`'said-after'`,
   * `'colon-intro'`, `'continuation'`, …); absent when unattributed. See
   * {@link AttributionPattern}.
   */
  attribution?: AttributionPattern
}

/**
 * How a quote's speaker was found: the id of the attribution pattern that
 * fired. Patterns for quotes in marks, for reported speech, and for quotes
 * that carry on a speaker named before them.
 *
 * - `said-after`: `“We will not back down,” Ortiz said.`, `“…,” said Ortiz.`
 * - `dash-line`: a line `— Dr. Aisha Bello, county engineer` under the quote.
 * - `quoted-as-saying`: `The Herald quoted two officials as saying …`, `Mensah was quoted as saying …`
 * - `said-before`: `Ortiz told reporters: “…”`, `Ortiz called the offer “an insult.”`
 * - `participle`: `Ortiz drew criticism by urging the board to “…”`
 * - `colon-intro`: `He had said after the trip: “…”` (the sentence before)
 * - `said-that`: `Ortiz said (that) the union would strike.`
 * - `told-addressee`: `Ortiz told the council the depot would close.`
 * - `clause-said`: `The union will strike, Ortiz said.`
 * - `according-to`: `According to the report, the depot …`, `…, according to the report.`
 * - `adding`: `…,” the company said, adding that …`
 * - `coordinated-report`: `Ortiz said … and added that …`
 * - `contrast`: `…, though she cautioned that …`
 * - `relative-said`: `Ray Ostheimer, 79, who said he restored it himself`, `a bill, which he said had doubled costs`
 * - `continuation`: a quote with no attribution of its own, after one by the same speaker.
 * - `introduced-speaker`: a quote with no attribution, after a sentence that brings in a new person.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * analyze('“We won,” Ortiz said.').quotes[0]?.attribution // 'said-after'
 * ```
 *
 * @category Results
 */
export type AttributionPattern =
  | 'said-after'
  | 'dash-line'
  | 'quoted-as-saying'
  | 'said-before'
  | 'participle'
  | 'colon-intro'
  | 'said-that'
  | 'told-addressee'
  | 'clause-said'
  | 'according-to'
  | 'adding'
  | 'coordinated-report'
  | 'contrast'
  | 'relative-said'
  | 'continuation'
  | 'introduced-speaker'

/**
 * What sort of source a speaker is: a person, an organisation (a company,
 * ministry, court, team), a group of people (`union members`, `two people
 * familiar with the talks`), a place quoted as a source (`China said`), or
 * unknown.
 *
 * @example
 * ```ts
 * const kind: SpeakerKind = 'organization'
 * ```
 *
 * @category Results
 */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'place' | 'unknown'

/**
 * Someone the article quotes: a named person, an organisation, a group or
 * an unnamed source.
 *
 * @example
 * ```ts
 * import {detectSpeakers} from 'copydesk'
 *
 * const [speaker] = detectSpeakers('“No,” said Maria Ortiz. “Never,” Ortiz added.')
 * speaker.name // 'Maria Ortiz'
 * speaker.quoteIds // ['q1', 'q2']
 * ```
 *
 * @category Results
 */
export interface Speaker {
  /** `'s1'`, `'s2'`, … */
  id: string
  /** Fullest proper name, or the full describing phrase of an unnamed source. */
  name: string
  /** Whether the text gives a role but no name. */
  anonymous: boolean
  /** What sort of source this is. */
  kind: SpeakerKind
  /** Every mention of the speaker that attributes a quote, in order. */
  mentions: Span[]
  /** Ids of the quotes attributed to the speaker. */
  quoteIds: string[]
}

/**
 * The kind of hedge a cue expresses.
 *
 * - `modal`: may, might, could (of possibility), likely, perhaps, …
 * - `evidential`: reportedly, allegedly, appears to, is said to, …
 * - `epistemic`: believe, think, expect, unclear, it is not clear whether, …
 * - `approximator`: about, around, nearly, up to, at least (with an amount)
 * - `weasel`: some say, critics argue, experts warn, …
 *
 * @example
 * ```ts
 * const category: HedgeCategory = 'evidential'
 * ```
 *
 * @category Results
 */
export type HedgeCategory = 'modal' | 'evidential' | 'epistemic' | 'approximator' | 'weasel'

/**
 * One hedge cue in the text.
 *
 * @example
 * ```ts
 * const cue: HedgeCue = {start: 4, end: 14, text: 'reportedly', category: 'evidential'}
 * ```
 *
 * @category Results
 */
export interface HedgeCue extends Span {
  /** What kind of hedge the cue expresses. */
  category: HedgeCategory
}

/**
 * A claim presented as less than certain: the sentence (or clause) the cues
 * scope over.
 *
 * @example
 * ```ts
 * import {detectHedges} from 'copydesk'
 *
 * const [claim] = detectHedges('The fire reportedly began in a kitchen.')
 * claim.cues[0].text // 'reportedly'
 * claim.hedgedBy // 'author'
 * ```
 *
 * @category Results
 */
export interface HedgedClaim extends Span {
  /** The cues that hedge the claim, in order. */
  cues: HedgeCue[]
  /** Index of the paragraph the claim is in. */
  paragraph: number
  /** The reporter's own hedge, or one inside a quote (that quote's id). */
  hedgedBy:
    | 'author'
    | {
        /** Id of the quote the cue stands in. */
        quoteId: string
      }
}

/**
 * Everything copydesk finds in one article.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * const article = analyze('WASHINGTON (AP) — Lawmakers met on Monday.')
 * article.dateline?.text // 'WASHINGTON (AP) —'
 * article.paragraphs[0].kind // 'body'
 * ```
 *
 * @category Results
 */
export interface Article {
  /** The input, unchanged. */
  text: string
  /** Every paragraph, in order. */
  paragraphs: Paragraph[]
  /** The dateline the story opens with, or `null`. */
  dateline: Span | null
  /** Every quote, in order of appearance. */
  quotes: Quote[]
  /** Every speaker of a quote, once. */
  speakers: Speaker[]
  /** Every hedged claim, in order of appearance. */
  hedges: HedgedClaim[]
}
