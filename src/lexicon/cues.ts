/**
 * Reporting cues: the verbs and phrases that attribute speech or writing
 * to a source. Verbs are listed by lemma; {@link verbForms} spells out
 * their inflections. The lists are data (`data/lexicon/*.txt`), generated
 * into `./data/`.
 *
 * @module
 */
export {objectCueVerbs} from './data/object-cue-verbs.js'
export {reportingPhrases} from './data/reporting-phrases.js'
export {reportingVerbs} from './data/reporting-verbs.js'
export {verbForms} from '../grammar/verbs.js'
