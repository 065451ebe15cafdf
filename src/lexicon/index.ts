/**
 * `copydesk/lexicon`: the built-in word lists alone, to read or to build
 * options from without importing the analysis. The same lists, the same
 * frozen objects, as the main entry exports.
 *
 * @example
 * ```ts
 * import {reportingVerbs, verbForms} from 'copydesk/lexicon'
 *
 * reportingVerbs.includes('warn') // true
 * verbForms('go') // ['go', 'goes', 'went', 'gone', 'going']
 * ```
 *
 * @module
 */
export {numberAbbreviations, titleAbbreviations} from './abbreviations.js'
export {boilerplateClosings, boilerplateOpenings, boilerplateParagraphs, boilerplatePhrases} from './boilerplate.js'
export {agencyCredits, bylineOpenings, creditEndings} from './bylines.js'
export {objectCueVerbs, reportingPhrases, reportingVerbs, verbForms} from './cues.js'
export {
  amountWords,
  evidenceNouns,
  hedgeCues,
  unitWords,
  weaselQuantifiers,
  weaselSources,
  wholeQuantifiers,
} from './hedges.js'
export type {HedgeLexicon} from './hedges.js'
export {mentionIntroducers, quoteElisions, quoteMarks, workNouns} from './quote-marks.js'
export type {QuoteMark, QuoteMarkFamily, QuoteMarkShape} from './quote-marks.js'
export {anonymityMarkers, documentNouns, organizationMarkers, personTitles, roleVerbs, sourceRoles} from './sources.js'
