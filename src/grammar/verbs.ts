/**
 * English verbs: the irregular ones with their forms, and the common ones by
 * lemma, so a word the tagger read as a noun can be recognised as a verb
 * where the grammar needs one (`Witnesses said the gunman shot two
 * people`), and so {@link verbForms} spells every verb right (`go` →
 * `went`, `gone`).
 *
 * @module
 */

// The irregular verbs are data: data/lexicon/irregular-verbs.txt.
import {irregularVerbs} from '../lexicon/data/irregular-verbs.js'

export {irregularVerbs}

/**
 * Common English verbs by lemma (regular and irregular), the verbs news
 * clauses are made of. A noun-tagged word that is one of their finite forms
 * may be read as a verb where the grammar needs one.
 *
 * @example
 * ```ts
 * commonVerbs.includes('plan') // true: `the company plans to …`
 * ```
 */
export const commonVerbs: readonly string[] = [
  'accept', 'account', 'accuse', 'achieve', 'acquire', 'act', 'add', 'address', 'admit', 'adopt', 'affect',
  'agree', 'aim', 'allow', 'announce', 'appear', 'apply', 'approve', 'argue', 'arrest', 'arrive', 'ask',
  'attack', 'attempt', 'attend', 'attract', 'avoid', 'back', 'ban', 'bar', 'base', 'beat', 'become', 'begin',
  'believe', 'belong', 'benefit', 'block', 'blame', 'boost', 'borrow', 'break', 'bring', 'build', 'burn',
  'buy', 'call', 'cancel', 'care', 'carry', 'cause', 'change', 'charge', 'check', 'claim', 'close', 'collapse',
  'come', 'commit', 'compare', 'compete', 'complain', 'complete', 'concern', 'conclude', 'confirm', 'consider',
  'contain', 'continue', 'contribute', 'control', 'cost', 'count', 'cover', 'crash', 'create', 'cross', 'cut',
  'damage', 'deal', 'decide', 'decline', 'defend', 'delay', 'deliver', 'demand', 'deny', 'depend', 'describe',
  'deserve', 'destroy', 'detain', 'develop', 'die', 'disappear', 'discover', 'discuss', 'dismiss', 'do',
  'double', 'doubt', 'drag', 'draw', 'drink', 'drive', 'drop', 'earn', 'ease', 'eat', 'emerge', 'employ',
  'enable', 'encourage', 'end', 'enjoy', 'ensure', 'enter', 'escape', 'establish', 'estimate', 'exceed',
  'exist', 'expand', 'expect', 'experience', 'explain', 'face', 'fail', 'fall', 'fear', 'feed', 'feel',
  'fight', 'file', 'fill', 'find', 'finish', 'fire', 'fit', 'fix', 'flee', 'flood', 'fly', 'focus', 'follow',
  'force', 'forget', 'form', 'fund', 'gain', 'get', 'give', 'go', 'grant', 'grow', 'guarantee', 'halt',
  'handle', 'hang', 'happen', 'harm', 'hate', 'have', 'head', 'hear', 'help', 'hide', 'hire', 'hit', 'hold',
  'hope', 'host', 'house', 'hurt', 'identify', 'ignore', 'imagine', 'impose', 'improve', 'include', 'increase',
  'indicate', 'injure', 'intend', 'introduce', 'invest', 'investigate', 'involve', 'issue', 'join', 'judge',
  'jump', 'keep', 'kill', 'know', 'lack', 'land', 'last', 'launch', 'lead', 'learn', 'leave', 'lend', 'let',
  'lie', 'lift', 'like', 'limit', 'link', 'list', 'live', 'lose', 'love', 'maintain', 'make', 'manage',
  'mark', 'matter', 'mean', 'measure', 'meet', 'mention', 'miss', 'move', 'need', 'note', 'notice', 'obtain',
  'occur', 'offer', 'open', 'operate', 'oppose', 'order', 'owe', 'own', 'pass', 'pay', 'perform', 'pick',
  'place', 'plan', 'play', 'plead', 'plunge', 'point', 'post', 'pour', 'prefer', 'prepare', 'present',
  'prevent', 'produce', 'promise', 'protect', 'prove', 'provide', 'publish', 'pull', 'push', 'put', 'raise',
  'reach', 'read', 'realise', 'realize', 'receive', 'recognise', 'recognize', 'record', 'recover', 'reduce',
  'refuse', 'reject', 'release', 'rely', 'remain', 'remember', 'remove', 'rent', 'repeat', 'replace', 'report',
  'represent', 'require', 'rescue', 'resign', 'resist', 'resolve', 'respond', 'rest', 'result', 'retire',
  'return', 'reveal', 'review', 'ride', 'rise', 'risk', 'rule', 'run', 'save', 'say', 'see', 'seek', 'seem',
  'seize', 'sell', 'send', 'serve', 'set', 'settle', 'shift', 'shoot', 'show', 'shut', 'sign', 'sink', 'sit',
  'slip', 'slow', 'slump', 'soar', 'solve', 'sound', 'speak', 'spend', 'spread', 'stand', 'start', 'stay',
  'steal', 'stop', 'strike', 'struggle', 'study', 'submit', 'succeed', 'suffer', 'suggest', 'supply',
  'support', 'suppose', 'surge', 'survive', 'suspend', 'take', 'talk', 'target', 'teach', 'tell', 'tend',
  'test', 'thank', 'think', 'threaten', 'throw', 'top', 'total', 'track', 'trade', 'train', 'travel', 'treat',
  'trigger', 'triple', 'trust', 'try', 'tumble', 'turn', 'understand', 'unveil', 'urge', 'use', 'vary',
  'violate', 'visit', 'vote', 'wait', 'walk', 'want', 'warn', 'waste', 'watch', 'weaken', 'wear', 'welcome',
  'win', 'wish', 'withdraw', 'wonder', 'work', 'worry', 'write', 'yield', 'shoot', 'stab', 'rob', 'steal',
  'flee', 'crash', 'spill', 'sue', 'sentence', 'convict', 'charge', 'plunge', 'jump', 'climb', 'slide',
  'fell', 'rally', 'dip', 'edge', 'gain', 'lose', 'hire', 'cut', 'lay', 'owe', 'need', 'deserve', 'mislead',
  'overcharge', 'defraud', 'bribe', 'hack', 'leak', 'infect', 'spread', 'test', 'cure', 'treat', 'die',
]

const irregularByLemma: ReadonlyMap<string, readonly string[]> = new Map(irregularVerbs.map((row) => [row[0] as string, row]))

/** Every irregular form and the lemma it belongs to (`went` → `go`). */
const lemmaOfIrregular: ReadonlyMap<string, string> = new Map(
  irregularVerbs.flatMap((row) => row.slice(1).flatMap((forms) => forms.split('/').map((form) => [form, row[0] as string] as const))),
)

const vowels = new Set(['a', 'e', 'i', 'o', 'u'])

/** Whether a one-syllable-ending verb doubles its last consonant (`plan` → `planned`, `admit` → `admitted`, not `visit`). */
function doubles(word: string): boolean {
  if (word.length < 3) return false
  const last = word.charAt(word.length - 1)
  const before = word.charAt(word.length - 2)
  const third = word.charAt(word.length - 3)
  // The `u` of `qu` is a consonant (`quip` → `quipped`).
  const thirdIsVowel = vowels.has(third) && !(third === 'u' && word.charAt(word.length - 4) === 'q')
  if (vowels.has(last) || !vowels.has(before) || thirdIsVowel || 'wxy'.includes(last)) return false
  // Short words and words stressed on the last syllable double; the list keeps the known ones.
  return word.length <= 4 || doubling.has(word)
}

/** Longer verbs that double their last consonant (stress on the last syllable). */
const doubling: ReadonlySet<string> = new Set([
  'admit', 'commit', 'regret', 'submit', 'permit', 'omit', 'refer', 'prefer', 'occur', 'control',
  'patrol', 'compel', 'expel', 'propel', 'repel', 'rebut', 'abet', 'equip', 'format', 'kidnap', 'transfer',
  'deter', 'incur', 'recur', 'confer', 'infer', 'defer', 'forget', 'begin', 'upset', 'outstrip',
])

/**
 * The forms of a verb: lemma, third person, past (and past participle), and
 * present participle. Irregular verbs come from their table (the data file
 * `data/lexicon/irregular-verbs.txt`); the rest follow English spelling
 * (`argue` → `argued`, `deny` → `denied`, `plan` → `planned`). A
 * multi-word verb inflects its first word (`point out` → `pointed out`).
 *
 * @param lemma The verb's base form.
 * @returns Its forms, lower case, without duplicates, the lemma first.
 * @throws {TypeError} When `lemma` is not a string.
 *
 * @example
 * ```ts
 * import {verbForms} from 'copydesk'
 *
 * verbForms('go') // ['go', 'goes', 'went', 'gone', 'going']
 * verbForms('deny') // ['deny', 'denies', 'denied', 'denying']
 * verbForms('point out') // ['point out', 'points out', 'pointed out', 'pointing out']
 * ```
 *
 * @category Lexicons
 */
export function verbForms(lemma: string): string[] {
  if (typeof lemma !== 'string') throw new TypeError(`Expected \`lemma\` to be a string, not ${typeof lemma}`)
  const trimmed = lemma.trim().toLowerCase()
  const space = trimmed.indexOf(' ')
  if (space > 0) {
    const rest = trimmed.slice(space)
    return verbForms(trimmed.slice(0, space)).map((form) => form + rest)
  }
  const word = trimmed
  if (word === '') return []
  const last = word.slice(-1)
  const beforeLast = word.slice(-2, -1)
  let third: string
  let past: string
  let ing: string
  if (last === 'e') {
    third = word + 's'
    past = word + 'd'
    ing = word.endsWith('ee') || word.endsWith('ye') || word.endsWith('oe') ? word + 'ing' : word.endsWith('ie') ? word.slice(0, -2) + 'ying' : word.slice(0, -1) + 'ing'
  } else if (last === 'y' && !vowels.has(beforeLast)) {
    third = word.slice(0, -1) + 'ies'
    past = word.slice(0, -1) + 'ied'
    ing = word + 'ing'
  } else if (doubles(word)) {
    third = word + 's'
    past = word + last + 'ed'
    ing = word + last + 'ing'
  } else {
    const sibilant = word.endsWith('s') || word.endsWith('sh') || word.endsWith('ch') || word.endsWith('x') || word.endsWith('z')
    third = word + (sibilant ? 'es' : 's')
    past = word + 'ed'
    ing = word + 'ing'
  }
  const irregular = irregularByLemma.get(word)
  const forms = irregular
    ? [word, ...(irregular[3] ?? third).split('/'), ...(irregular[1] as string).split('/'), ...(irregular[2] as string).split('/'), ing]
    : [word, third, past, ing]
  // British spelling doubles a final `l` after one vowel (`signal` → `signalled` as well as `signaled`).
  if (!irregular && word.length > 4 && last === 'l' && vowels.has(beforeLast) && !vowels.has(word.charAt(word.length - 3))) {
    forms.push(`${word}led`, `${word}ling`)
  }
  return [...new Set(forms)]
}

/** Every finite form of the common verbs (third person, past), built once: `plans`, `planned`, `shot`, `fell`. */
const finiteForms: ReadonlySet<string> = new Set(
  commonVerbs.flatMap((verb) => {
    const forms = verbForms(verb)
    // Drop the lemma and the -ing form: neither is finite after a subject noun phrase on its own.
    return forms.filter((form) => form !== verb && !form.endsWith('ing'))
  }),
)

/**
 * Whether a word (lower case) is a finite form of a common verb, other than
 * its bare form: `shot`, `fell`, `plans`, `cost` (as a past).
 *
 * @example
 * isFiniteVerbForm('shot') // true; isFiniteVerbForm('gunman') // false
 */
export function isFiniteVerbForm(word: string): boolean {
  return finiteForms.has(word) || lemmaOfIrregular.has(word)
}

/** The lemma of a verb form when it is irregular (`went` → `go`), else undefined. */
export function irregularLemma(word: string): string | undefined {
  return lemmaOfIrregular.get(word)
}

const commonLemmas: ReadonlySet<string> = new Set(commonVerbs)

/** Whether a word is the bare form of a common verb (`plan`, `cost`). */
export function isCommonVerb(word: string): boolean {
  return commonLemmas.has(word) || irregularByLemma.has(word)
}
