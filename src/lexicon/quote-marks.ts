/**
 * Quotation marks and the words that decide whether a pair of marks holds
 * a quote: the elisions an apostrophe opens (`’em`, `’til`), the phrases
 * that introduce a name or a word mentioned as a word (`so-called`, `known
 * as`), and the nouns of works whose titles stand in marks (`the film`).
 *
 * @module
 */

/**
 * Which pair a quotation mark belongs to. A closing mark only closes an
 * opening mark of its own family.
 *
 * @example
 * ```ts
 * import {quoteMarks} from 'copydesk'
 *
 * quoteMarks['„']?.family // 'double'
 * ```
 *
 * @category Lexicons
 */
export type QuoteMarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet'

/**
 * How a mark is drawn: an opening shape (`“`, `‘`, `„`, `«`), a closing
 * shape (`”`, `’`, `»`), or neutral (the straight `"` and `'`). The shape
 * is only a first guess: the characters around the mark decide (German
 * style closes `„…“` with an opening shape).
 *
 * @example
 * ```ts
 * const shape: QuoteMarkShape = 'neutral'
 * ```
 *
 * @category Lexicons
 */
export type QuoteMarkShape = 'opening' | 'closing' | 'neutral'

/**
 * One quotation-mark character.
 *
 * @example
 * ```ts
 * const mark: QuoteMark = {family: 'double', shape: 'opening'}
 * ```
 *
 * @category Lexicons
 */
export interface QuoteMark {
  /** The pair the mark belongs to. */
  family: QuoteMarkFamily
  /** How the mark is drawn. */
  shape: QuoteMarkShape
}

/**
 * Every character that may be a quotation mark, by character.
 *
 * @example
 * ```ts
 * import {quoteMarks} from 'copydesk'
 *
 * quoteMarks['’'] // {family: 'single', shape: 'closing'}
 * quoteMarks['x'] // undefined
 * ```
 *
 * @category Lexicons
 */
export const quoteMarks: Readonly<Partial<Record<string, QuoteMark>>> = {
  '“': {family: 'double', shape: 'opening'},
  '”': {family: 'double', shape: 'closing'},
  '„': {family: 'double', shape: 'opening'},
  '‟': {family: 'double', shape: 'opening'},
  '"': {family: 'double', shape: 'neutral'},
  '‘': {family: 'single', shape: 'opening'},
  '’': {family: 'single', shape: 'closing'},
  '‚': {family: 'single', shape: 'opening'},
  '‛': {family: 'single', shape: 'opening'},
  "'": {family: 'single', shape: 'neutral'},
  '«': {family: 'guillemet', shape: 'opening'},
  '»': {family: 'guillemet', shape: 'closing'},
  '‹': {family: 'single-guillemet', shape: 'opening'},
  '›': {family: 'single-guillemet', shape: 'closing'},
}

/**
 * Words an apostrophe opens by eliding their first letters (`’em`,
 * `’til`, `rock ’n’ roll`): an apostrophe before them is not an opening
 * quotation mark. Written without the apostrophe, lower case. Years
 * (`’90s`) are recognised by their digits and need no entry.
 *
 * @example
 * ```ts
 * import {analyze, quoteElisions} from 'copydesk'
 *
 * quoteElisions.includes('em') // true
 * analyze('“We’ll see ’em Monday,” she said.', {quoteElisions: {add: ['mornin']}})
 * ```
 *
 * @category Lexicons
 */
export const quoteElisions: readonly string[] = [
  'em', 'til', 'till', 'n', 'cause', 'cos', 'coz', 'bout', 'round', 'tis', 'twas', 'twere', 'neath',
  'fore', 'gainst', 'kay', 'nuff', 'tween', 'twixt', 'sup', 'scuse', 'ello', 'owt', 'nowt', 'appen',
]

/**
 * Phrases that introduce a name, a nickname, a title or a word mentioned
 * as a word: marks right after them hold no quote (`the so-called
 * “caliphate”`, `known as “the Larks”`, `the word “crisis”`). Lower case;
 * matched against the words just before the opening mark.
 *
 * @example
 * ```ts
 * import {analyze, mentionIntroducers} from 'copydesk'
 *
 * mentionIntroducers.includes('so-called') // true
 * analyze('Locals call it the “Bridge of Sighs”.', {mentionIntroducers: {add: ['call it the']}})
 * ```
 *
 * @category Lexicons
 */
export const mentionIntroducers: readonly string[] = [
  'so-called', 'so called', 'self-styled', 'self-described', 'self-proclaimed', 'known as',
  'better known as', 'also known as', 'aka', 'a.k.a', 'nicknamed', 'nick-named', 'dubbed', 'titled',
  'entitled', 'named', 'renamed', 'labelled', 'labeled', 'branded', 'billed as', 'styled',
  'christened', 'codenamed', 'code-named', 'code named', 'the word', 'the words', 'the term',
  'the terms', 'the phrase', 'the expression', 'the slogan', 'the motto', 'the hashtag', 'the name',
  'the nickname', 'the label', 'the title', 'the acronym', 'the abbreviation', 'a word', 'a term',
  'a phrase', 'word', 'words', 'term', 'phrase', 'hashtag', 'slogan', 'motto', 'spelled',
  'spelt', 'pronounced', 'reading', 'read', 'marked', 'stamped', 'emblazoned with', 'bearing',
  'call it the', 'calls it the', 'called it the', 'calling it the', 'call them the', 'calls them the',
  'called them the', 'calling them the', 'call this the', 'called this the', 'known locally as',
  'calls itself the', 'called itself the', 'calling itself the', 'call themselves the',
  'called themselves the', 'calling themselves the', 'calls himself the', 'calls herself the',
  'calls itself', 'called itself', 'call themselves', 'called themselves', 'goes by', 'go by',
  'went by', 'refers to itself as', 'refer to themselves as', 'trading as', 'operating as',
]

/**
 * Nouns of works and named things whose titles stand in marks (`the
 * documentary “Next Stop”`, `the trust’s leaflet, “Your Care”`). Marks
 * right after one hold a title, not a quote, unless they hold a full
 * sentence. Lower case.
 *
 * @example
 * ```ts
 * import {analyze, workNouns} from 'copydesk'
 *
 * workNouns.includes('documentary') // true
 * analyze('She starred in the telenovela “Sombras”.', {workNouns: {add: ['telenovela']}})
 * ```
 *
 * @category Lexicons
 */
export const workNouns: readonly string[] = [
  'film', 'films', 'movie', 'movies', 'documentary', 'documentaries', 'docuseries', 'book', 'books',
  'novel', 'novels', 'memoir', 'biography', 'autobiography', 'song', 'songs', 'single', 'track',
  'album', 'albums', 'record', 'ep', 'anthem', 'hymn', 'ballad', 'show', 'shows', 'series',
  'sitcom', 'drama', 'miniseries', 'episode', 'play', 'musical', 'opera', 'ballet', 'poem', 'poems',
  'podcast', 'programme', 'program', 'broadcast', 'article', 'essay', 'column', 'editorial',
  'op-ed', 'headline', 'story', 'chapter', 'exhibition', 'exhibit', 'installation', 'painting',
  'sculpture', 'mural', 'photograph', 'portrait', 'collection', 'campaign', 'slogan', 'motto',
  'hashtag', 'leaflet', 'pamphlet', 'brochure', 'booklet', 'guide', 'handbook', 'manual', 'magazine',
  'newspaper', 'newsletter', 'blog', 'website', 'app', 'game', 'video', 'clip', 'ad', 'advert',
  'advertisement', 'commercial', 'poster', 'banner', 'sign', 'placard', 'sticker', 'logo', 'brand',
  'label', 'nickname', 'moniker', 'codename', 'operation', 'initiative', 'scheme', 'project', 'plan', 'strategy', 'policy', 'doctrine', 'manifesto', 'bill', 'act', 'law',
  'report', 'study', 'paper', 'lecture', 'talk', 'speech', 'sermon', 'course', 'class', 'seminar',
  'conference', 'festival', 'tour', 'event', 'contest', 'competition', 'award', 'prize', 'category',
  'ship', 'vessel', 'boat', 'yacht', 'restaurant',
]
