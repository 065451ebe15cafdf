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
 * Tag the words of one stretch of `text` (`[from, to)`, a paragraph or a
 * window of one): for each word of `words[first, last)` (in order, inside
 * the stretch) that a wink token overlaps, write its tag into
 * `tags[word - first]` (local to the stretch, all `Tag.none` on entry).
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
      if (tags[word - first] === Tag.none) tags[word - first] = tagOf(pos[index] as string)
      if ((words[word] as Placed).end > end) break
      word++
    }
  }
}

/** Receives the tag of a word (by its index) that the tagger placed; `Tag.none` takes back what was given before. */
export type TagWriter = (word: number, tag: TagValue) => void

/**
 * A paragraph longer than this is tagged in windows of about this many code
 * units: wink holds some 80 bytes per code unit of what it reads at once
 * (its token arrays and the arrays `out` makes), so one call on a
 * paragraph of megabytes would cost more memory than the rest of the
 * analysis. No story's paragraph comes near it.
 */
export const TAG_WINDOW = 16_384
/**
 * How far a window reads past its own words on each side, in code units.
 * wink's tags are rules over a few neighbouring tokens: a word that far
 * from a window's edge is tagged as in a whole-paragraph read, and the
 * overlaps are checked (see {@link tagParagraph}).
 */
const TAG_MARGIN = 1_024
/**
 * A word longer than this is shown to wink by its ends only
 * ({@link LONG_WORD_ENDS} code units of each): wink's abbreviation feature
 * is a regular expression that takes time quadratic in the length of a new
 * word (a megabyte-long word would take hours). Its tag comes from the
 * word's case, its first and last letters and its neighbours, which the
 * ends keep; no English word comes near this length.
 */
const LONG_WORD = 256
const LONG_WORD_ENDS = 96

/** The tags of one window, by word index from its first word. */
interface WindowTags {
  first: number
  tags: Uint8Array
}

/**
 * Tag the words `words[first, last)` of `text[from, to)` with one wink
 * call, long words shown by their ends: the results by word, local to the
 * call.
 */
function tagView(text: string, from: number, to: number, words: readonly Placed[], first: number, last: number): WindowTags {
  const tags = new Uint8Array(last - first)
  let long = false
  for (let word = first; word < last && !long; word++) long = (words[word] as Placed).end - (words[word] as Placed).start > LONG_WORD
  if (!long) {
    tagStretch(text, from, to, words, first, last, tags)
    return {first, tags}
  }
  // The text as wink is shown it, with each long word cut to its ends, and
  // every word placed in it.
  const pieces: string[] = []
  const placed: Placed[] = []
  let length = 0
  let at = from
  for (let word = first; word < last; word++) {
    const {start, end} = words[word] as Placed
    pieces.push(text.slice(at, start))
    length += start - at
    const value = end - start > LONG_WORD ? text.slice(start, start + LONG_WORD_ENDS) + text.slice(end - LONG_WORD_ENDS, end) : text.slice(start, end)
    placed.push({start: length, end: length + value.length})
    pieces.push(value)
    length += value.length
    at = end
  }
  pieces.push(text.slice(at, to))
  const view = pieces.join('')
  tagStretch(view, 0, view.length, placed, 0, placed.length, tags)
  return {first, tags}
}

/** Whether two windows agree on the words `[from, to)` both hold. */
function agree(one: WindowTags, other: WindowTags, from: number, to: number): boolean {
  for (let word = from; word < to; word++) {
    if (one.tags[word - one.first] !== other.tags[word - other.first]) return false
  }
  return true
}

/** Pass on the results of `window` for the words `[from, to)`. */
function writeWindow(window: WindowTags, from: number, to: number, write: TagWriter): void {
  for (let word = from; word < to; word++) {
    const tag = window.tags[word - window.first] as TagValue
    if (tag !== Tag.none) write(word, tag)
  }
}

/**
 * Tag the words `words[first, last)` of one paragraph, `text[from, to)`:
 * `write` gets the tag of each word a wink token overlaps, as in
 * one wink call over the paragraph.
 *
 * A paragraph of a story is read in one call. A longer one (past
 * {@link TAG_WINDOW}) is read in windows, each reading {@link TAG_MARGIN}
 * code units on past its own words on both sides; each word takes the tags
 * of the window it belongs to, and consecutive windows must agree on every
 * word of their overlap, else the paragraph is read whole after all. So
 * wink never holds more than a window (unless the windows disagree), and
 * its tags are those of one read wherever the windows agree.
 */
export function tagParagraph(text: string, from: number, to: number, words: readonly Placed[], first: number, last: number, write: TagWriter): void {
  if (first >= last) return
  if (to - from <= TAG_WINDOW) {
    writeWindow(tagView(text, from, to, words, first, last), first, last, write)
    return
  }
  // Word indices: the window's own words are [cut, next); it reads [open, close).
  let cut = first
  let open = first
  let previous: WindowTags | undefined
  let previousClose = first
  while (cut < last) {
    let next = cut
    const target = (words[cut] as Placed).start + TAG_WINDOW
    while (next < last && (words[next] as Placed).start < target) next++
    if (next === cut) next++
    let close = next
    const reach = next < last ? (words[next] as Placed).start + TAG_MARGIN : 0
    while (close < last && (words[close] as Placed).end <= reach) close++
    const window = tagView(text, open === first ? from : (words[open] as Placed).start, close === last ? to : (words[close - 1] as Placed).end, words, open, close)
    // The overlap with the window before: this window's left margin and that one's right margin.
    if (previous && !agree(previous, window, open, previousClose)) {
      // Undo the windows written so far (`Tag.none` clears a word), then read the paragraph whole.
      for (let word = first; word < cut; word++) write(word, Tag.none)
      writeWindow(tagView(text, from, to, words, first, last), first, last, write)
      return
    }
    writeWindow(window, cut, next, write)
    previous = window
    previousClose = close
    // The next window reads from a margin before its first word.
    let nextOpen = next
    const back = next < last ? (words[next] as Placed).start - TAG_MARGIN : 0
    while (nextOpen > cut && (words[nextOpen - 1] as Placed).start >= back) nextOpen--
    open = nextOpen
    cut = next
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
