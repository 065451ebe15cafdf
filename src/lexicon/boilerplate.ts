/**
 * Page furniture and credits that are not story: the phrases that mark a
 * paragraph as `boilerplate`. Matching ignores case and folds curly
 * apostrophes, and only applies to short paragraphs (furniture is short).
 * The lists are data (`data/lexicon/*.txt`), generated into `./data/`.
 *
 * @module
 */
export {boilerplateClosings} from './data/boilerplate-closings.js'
export {boilerplateOpenings} from './data/boilerplate-openings.js'
export {boilerplateParagraphs} from './data/boilerplate-paragraphs.js'
export {boilerplatePhrases} from './data/boilerplate-phrases.js'
