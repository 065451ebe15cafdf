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

const irregular: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  brief: ['briefs', 'briefed', 'briefing'],
  snap: ['snaps', 'snapped', 'snapping'],
  quip: ['quips', 'quipped', 'quipping'],
  admit: ['admits', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretting'],
  email: ['emails', 'emailed', 'emailing'],
  'e-mail': ['e-mails', 'e-mailed', 'e-mailing'],
  radio: ['radios', 'radioed', 'radioing'],
  signal: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
}

const vowels = new Set(['a', 'e', 'i', 'o', 'u'])

/**
 * The forms of a verb: lemma, third person, past and participles. Irregular
 * verbs come from a table; the rest follow English spelling rules
 * (`argue` → `argued`, `deny` → `denied`, `plead` → `pleaded`).
 *
 * @example
 * ```ts
 * import {verbForms} from 'copydesk'
 *
 * verbForms('deny') // ['deny', 'denies', 'denied', 'denying']
 * verbForms('point out') // ['point out', 'points out', 'pointed out', 'pointing out']
 * ```
 *
 * @category Lexicons
 */
export function verbForms(lemma: string): string[] {
  const space = lemma.indexOf(' ')
  if (space > 0) {
    const rest = lemma.slice(space)
    return verbForms(lemma.slice(0, space)).map((form) => form + rest)
  }
  const word = lemma.toLowerCase()
  const known = irregular[word]
  if (known) return [word, ...known]
  const last = word.slice(-1)
  const beforeLast = word.slice(-2, -1)
  let third: string
  let past: string
  let ing: string
  if (last === 'e') {
    third = word + 's'
    past = word + 'd'
    ing = word.endsWith('ee') ? word + 'ing' : word.slice(0, -1) + 'ing'
  } else if (last === 'y' && !vowels.has(beforeLast)) {
    third = word.slice(0, -1) + 'ies'
    past = word.slice(0, -1) + 'ied'
    ing = word + 'ing'
  } else {
    const sibilant = /(?:s|sh|ch|x|z)$/.test(word)
    third = word + (sibilant ? 'es' : 's')
    past = word + 'ed'
    ing = word + 'ing'
  }
  return [word, third, past, ing]
}

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
