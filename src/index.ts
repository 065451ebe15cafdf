/**
 * copydesk: the structure of English news text — paragraphs, sentences,
 * quotes, speakers and hedged claims.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * const article = analyze('“We will not back down,” Ortiz said.')
 * console.log(article.quotes[0].content.text)
 * ```
 *
 * @packageDocumentation
 * @module copydesk
 */
export {analyze, detectHedges, detectQuotes, detectSpeakers, splitParagraphs} from './analyze.js'
export type {AnalyzeOptions} from './options.js'
export {retextCopydesk} from './plugins/retext-copydesk.js'
export type {RetextCopydeskOptions} from './plugins/retext-copydesk.js'
export {messageSource} from './plugins/report.js'
export type {CopydeskMessage, CopydeskRuleId} from './plugins/report.js'
export type {WordListOption, WordListPatch} from './lexicon/list.js'
export {
  boilerplateClosings,
  boilerplateOpenings,
  boilerplateParagraphs,
  boilerplatePhrases,
} from './lexicon/boilerplate.js'
export {agencyCredits, bylineOpenings, creditEndings} from './lexicon/bylines.js'
export {numberAbbreviations, titleAbbreviations} from './lexicon/abbreviations.js'
export {objectCueVerbs, reportingPhrases, reportingVerbs, verbForms} from './lexicon/cues.js'
export {anonymityMarkers, documentNouns, organizationMarkers, personTitles, roleVerbs, sourceRoles} from './lexicon/sources.js'
export {
  amountWords,
  evidenceNouns,
  hedgeCues,
  unitWords,
  weaselQuantifiers,
  weaselSources,
  wholeQuantifiers,
} from './lexicon/hedges.js'
export type {HedgeLexicon} from './lexicon/hedges.js'
export type {HedgeCuesOption, HedgeCuesPatch} from './lexicon/categories.js'
export {mentionIntroducers, quoteElisions, quoteMarks, workNouns} from './lexicon/quote-marks.js'
export type {QuoteMark, QuoteMarkFamily, QuoteMarkShape} from './lexicon/quote-marks.js'
export type {
  Article,
  AttributionPattern,
  HedgeCategory,
  HedgeCue,
  HedgedClaim,
  Paragraph,
  ParagraphKind,
  Quote,
  QuoteKind,
  Span,
  Speaker,
  SpeakerKind,
} from './types.js'
