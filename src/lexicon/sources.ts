/**
 * Sources: the nouns that name a source by its role or as a group, the
 * phrases that mark a source as unnamed, and the verbs that name a role.
 * The lists are data (`data/lexicon/*.txt`), generated into `./data/`.
 *
 * @module
 */
export {anonymityMarkers} from './data/anonymity-markers.js'
export {documentNouns} from './data/document-nouns.js'
export {organizationMarkers} from './data/organization-markers.js'
export {personTitles} from './data/person-titles.js'
export {roleVerbs} from './data/role-verbs.js'
export {sourceRoles} from './data/source-roles.js'
