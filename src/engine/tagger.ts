/**
 * Part-of-speech tags from wink-nlp's English model (MIT, runs in Node and
 * browsers, downloads nothing), aligned by offset to the parser's words.
 *
 * wink tokenises on its own (`wasn't` is `was` + `n't`, `firm's` is `firm`
 * + `'s`): a word takes the tag of the first wink token that
 * overlaps it, which is the head in every such split (`was`, `firm`).
 * The model is loaded once, on the first tagging, not at import: a caller
 * that only splits paragraphs never pays for it.
 */
import winkNLP, {type WinkMethods} from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/**
 * Coarse parts of speech (Universal Dependencies), as small integers so a
 * document's tags fit one byte each.
 */
export const Tag = {
  /** Not tagged: punctuation and symbols of the parser, or a word outside the tagged paragraphs. */
  none: 0,
  noun: 1,
  propn: 2,
  pron: 3,
  verb: 4,
  aux: 5,
  adj: 6,
  adv: 7,
  adp: 8,
  det: 9,
  num: 10,
  cconj: 11,
  sconj: 12,
  part: 13,
  punct: 14,
  sym: 15,
  intj: 16,
  other: 17,
} as const

/** One of the {@link Tag} values. */
export type TagValue = (typeof Tag)[keyof typeof Tag]

const tagByName: ReadonlyMap<string, TagValue> = new Map<string, TagValue>([
  ['NOUN', Tag.noun],
  ['PROPN', Tag.propn],
  ['PRON', Tag.pron],
  ['VERB', Tag.verb],
  ['AUX', Tag.aux],
  ['ADJ', Tag.adj],
  ['ADV', Tag.adv],
  ['ADP', Tag.adp],
  ['DET', Tag.det],
  ['NUM', Tag.num],
  ['CCONJ', Tag.cconj],
  ['SCONJ', Tag.sconj],
  ['PART', Tag.part],
  ['PUNCT', Tag.punct],
  ['SYM', Tag.sym],
  ['INTJ', Tag.intj],
])

/** The {@link Tag} of a UD tag name (`'NOUN'` → `Tag.noun`); unknown names are `Tag.other`. */
export function tagOf(name: string): TagValue {
  return tagByName.get(name) ?? Tag.other
}

/** The tagger and what it has read. */
interface Instance {
  nlp: WinkMethods
  /** The size of the model's own lexicon: a word with a lower id is an English word the model knows. */
  lexiconSize: number
  /** Code units read since it was built. */
  read: number
}

/**
 * wink adds every word it has not seen to its instance's lexicon, for good:
 * over a corpus that would grow without bound. The instance is built anew
 * after this many code units (a few megabytes: its lexicon then holds some
 * tens of thousands of new words, and a rebuild costs a few tens of
 * milliseconds). Tags do not depend on it: a word's features are computed
 * from its text alone.
 */
const REBUILD_AFTER = 8_000_000

/** A string no lexicon holds: its id on a fresh instance is the lexicon's size. */
const probe = 'qzxqvjkwqz'

let instance: Instance | undefined

/** The tagger (tokeniser and part-of-speech model only), built on first use and after {@link REBUILD_AFTER}. */
function tagger(length: number): WinkMethods {
  if (!instance || instance.read > REBUILD_AFTER) {
    const nlp = winkNLP(model, ['pos'])
    const ids = nlp.readDoc(probe).tokens().out(nlp.its.uniqueId) as number[]
    instance = {nlp, lexiconSize: ids[0] ?? 0, read: 0}
  }
  instance.read += length
  return instance.nlp
}

/** A word to tag: its offsets in the input. */
export interface Placed {
  start: number
  end: number
}

/**
 * Tag the words of one stretch of `text` (`[from, to)`, a paragraph): for
 * each word of `words[first, last)` (in order, inside the stretch), write its
 * tag into `tags`, at the word's index.
 *
 * @example
 * For `Police said the suspect fled.`, `said` gets `Tag.verb`.
 */
export function tagStretch(
  text: string,
  from: number,
  to: number,
  words: readonly Placed[],
  first: number,
  last: number,
  tags: Uint8Array,
): void {
  if (first >= last) return
  const nlp = tagger(to - from)
  const tokens = nlp.readDoc(text.slice(from, to)).tokens()
  const values = tokens.out(nlp.its.value) as string[]
  const spaces = tokens.out(nlp.its.precedingSpaces) as string[]
  const pos = tokens.out(nlp.its.pos) as string[]
  let at = from
  let word = first
  for (let index = 0; index < values.length && word < last; index++) {
    const value = values[index] as string
    at += (spaces[index] as string).length
    // wink keeps the text as it is; should it ever differ, find the token again close by.
    if (text.startsWith(value, at) === false) {
      const found = text.indexOf(value, at)
      if (found < 0 || found - at > 8) continue
      at = found
    }
    const start = at
    const end = at + value.length
    at = end
    while (word < last && (words[word] as Placed).end <= start) word++
    // The first wink token that overlaps a word gives it its tag.
    while (word < last && (words[word] as Placed).start < end) {
      if (tags[word] === Tag.none) tags[word] = tagOf(pos[index] as string)
      if ((words[word] as Placed).end > end) break
      word++
    }
  }
}

/**
 * The tag the model gives each of some lower-case words standing alone (one
 * call for all): what a capitalised sentence opener is when it is a common
 * word (`Officials` a noun, `Asked` a verb).
 *
 * @example
 * knownWordTags(['officials', 'asked']) // Map {'officials' => Tag.noun, 'asked' => Tag.verb}
 */
export function knownWordTags(words: readonly string[]): Map<string, TagValue> {
  const tags = new Map<string, TagValue>()
  if (words.length === 0) return tags
  const text = words.join(' . ')
  const nlp = tagger(text.length)
  const size = (instance as Instance).lexiconSize
  const tokens = nlp.readDoc(text).tokens()
  const values = tokens.out(nlp.its.value) as string[]
  const ids = tokens.out(nlp.its.uniqueId) as number[]
  const pos = tokens.out(nlp.its.pos) as string[]
  for (let index = 0; index < values.length; index++) {
    if ((ids[index] as number) < size && values[index] !== '.') tags.set(values[index] as string, tagOf(pos[index] as string))
  }
  return tags
}
