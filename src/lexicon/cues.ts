/**
 * Reporting cues: the verbs and phrases that attribute speech or writing
 * to a source. Verbs are listed by lemma; {@link verbForms} spells out
 * their inflections.
 *
 * @module
 */

/**
 * Reporting verbs, by lemma. Each is recognised in all its forms (`say`,
 * `says`, `said`, `saying`).
 *
 * @example
 * ```ts
 * import {reportingVerbs, analyze} from 'copydesk'
 *
 * reportingVerbs.includes('warn') // true
 * // A newsroom's own verbs are added through options:
 * analyze('“Enough,” Ortiz harrumphed.', {cueVerbs: {add: ['harrumph']}})
 * ```
 *
 * @category Lexicons
 */
export const reportingVerbs: readonly string[] = [
  'say', 'tell', 'add', 'write', 'warn', 'insist', 'explain', 'ask', 'argue', 'note', 'claim',
  'state', 'announce', 'declare', 'recall', 'reply', 'respond', 'confirm', 'deny', 'acknowledge',
  'admit', 'concede', 'contend', 'maintain', 'predict', 'suggest', 'complain', 'allege', 'testify',
  'report', 'post', 'tweet', 'quip', 'joke', 'urge', 'caution', 'assert', 'observe', 'call',
  'describe', 'shout', 'whisper', 'cry', 'yell', 'plead', 'pledge', 'promise', 'vow', 'boast',
  'conclude', 'remark', 'comment', 'counter', 'retort', 'agree', 'emphasize', 'emphasise', 'stress',
  'reveal', 'disclose', 'recount', 'lament', 'inform', 'assure', 'reassure', 'wonder', 'demand',
  'proclaim', 'radio', 'text', 'email', 'e-mail', 'message', 'recommend', 'dismiss', 'quote',
  'point out', 'find', 'show', 'estimate', 'believe', 'fear', 'hope', 'worry', 'mutter',
  'scoff', 'sigh', 'laugh', 'snap', 'murmur', 'answer', 'continue', 'begin', 'repeat', 'advise',
  'threaten', 'charge', 'accuse', 'blame', 'criticize', 'criticise', 'praise', 'thank', 'apologize',
  'apologise', 'signal', 'hint', 'speculate', 'forecast', 'project', 'calculate', 'guess',
  'think', 'tout', 'brief', 'preach', 'propose', 'counsel', 'affirm', 'attest', 'swear',
  'specify', 'clarify', 'elaborate', 'summarize', 'summarise', 'acknowledge', 'protest', 'object',
  'recommend', 'announce', 'notify', 'remind', 'indicate', 'reiterate', 'underline', 'underscore',
  'press', 'hail', 'slam', 'decry', 'cite',
]

/**
 * Multi-word cues that attribute the clause they stand with (`according to
 * the report, …`, `in a statement, the ministry said …`).
 *
 * @example
 * ```ts
 * import {reportingPhrases} from 'copydesk'
 *
 * reportingPhrases.includes('according to') // true
 * ```
 *
 * @category Lexicons
 */
export const reportingPhrases: readonly string[] = [
  'according to',
  'in the words of',
  'as quoted by',
]

export {verbForms} from '../grammar/verbs.js'

/**
 * Reporting verbs that take an object or a description, not a reported
 * clause (`Ortiz called the offer “an insult”`, `she praised the crews`):
 * they attribute marked quotes but never open an indirect quote.
 *
 * @example
 * ```ts
 * import {objectCueVerbs} from 'copydesk'
 *
 * objectCueVerbs.includes('call') // true
 * ```
 *
 * @category Lexicons
 */
export const objectCueVerbs: readonly string[] = [
  'call', 'describe', 'praise', 'thank', 'apologize', 'apologise', 'criticize', 'criticise', 'blame',
  'accuse', 'dismiss', 'quote', 'laugh', 'sigh', 'scoff', 'snap', 'begin', 'continue', 'brief',
  'tout', 'preach', 'elaborate', 'summarize', 'summarise', 'text', 'email', 'e-mail', 'radio',
  'message', 'comment', 'shout', 'cry', 'yell', 'whisper', 'mutter', 'murmur', 'protest', 'object',
  'counsel', 'quip', 'joke', 'recount', 'speak', 'press', 'hail', 'slam', 'decry', 'cite',
]
