/**
 * Abbreviations that end in a full stop but do not end a sentence. The
 * parser knows many; these are the ones news text needs on top. The lists
 * are data (`data/lexicon/*.txt`), generated into `./data/`.
 *
 * @module
 */
export {numberAbbreviations} from './data/number-abbreviations.js'
export {titleAbbreviations} from './data/title-abbreviations.js'
