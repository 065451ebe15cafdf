/**
 * Credit lines: how a byline opens, and the agency and staff credits that
 * stand as bylines on their own. The lists are data (`data/lexicon/*.txt`),
 * generated into `./data/`.
 *
 * @module
 */
export {agencyCredits} from './data/agency-credits.js'
export {bylineOpenings} from './data/byline-openings.js'
export {creditEndings} from './data/credit-endings.js'
