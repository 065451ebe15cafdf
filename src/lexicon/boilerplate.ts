/**
 * Page furniture and credits that are not story: the phrases that mark a
 * paragraph as `boilerplate`. Matching ignores case and folds curly
 * apostrophes, and only applies to short paragraphs (furniture is short).
 *
 * @module
 */

/**
 * Phrases that make a short paragraph boilerplate when it **starts** with
 * them.
 *
 * @example
 * ```ts
 * import {boilerplateOpenings} from 'copydesk'
 *
 * boilerplateOpenings.includes('read more') // true
 * ```
 *
 * @category Lexicons
 */
export const boilerplateOpenings: readonly string[] = [
  'advertisement',
  'advertising',
  'sponsored content',
  'story continues below',
  'article continues below',
  'continue reading',
  'copyright',
  '©',
  '(c) ',
  'all rights reserved',
  'reporting by',
  'additional reporting by',
  'additional reporting from',
  'writing by',
  'editing by',
  'compiled by',
  'sign up',
  'subscribe',
  'read more',
  'read next',
  'read also',
  'also read',
  'more:',
  'related:',
  'related coverage',
  'related stories',
  'see also:',
  'share this',
  'share on',
  'follow us',
  'click here',
  'tap here',
  'listen to this article',
  'this story has been updated',
  'this article has been updated',
  'this story was updated',
  'this article was updated',
  'this story has been corrected',
  'this article has been corrected',
  'correction:',
  "editor's note",
  'please let us know',
  'get the latest',
  "don't miss",
  'most read',
  'recommended for you',
  'our standards',
  'photo:',
  'photos:',
  'image:',
  'video:',
  'watch:',
  'download the',
  'contact the author',
  'email the author',
]

/**
 * Phrases that make a short paragraph boilerplate wherever they stand in it.
 *
 * @example
 * ```ts
 * import {boilerplatePhrases} from 'copydesk'
 *
 * boilerplatePhrases.includes('all rights reserved') // true
 * ```
 *
 * @category Lexicons
 */
export const boilerplatePhrases: readonly string[] = [
  'all rights reserved',
  'contributed reporting',
  'contributed to this report',
  'contributed to this story',
  'contributed to this article',
  'may not be published, broadcast, rewritten or redistributed',
  'sign up for our',
  'subscribe to our',
  'our newsletter',
  'having issues with commenting',
  'having trouble with commenting',
  'follow us on',
]

/**
 * Whole paragraphs that are boilerplate on their own (`Share`, `Print`).
 *
 * @example
 * ```ts
 * import {boilerplateParagraphs} from 'copydesk'
 *
 * boilerplateParagraphs.includes('share') // true
 * ```
 *
 * @category Lexicons
 */
export const boilerplateParagraphs: readonly string[] = [
  'share',
  'print',
  'email',
  'comments',
  'comment',
  'tweet',
  'save',
  'listen',
  'back to top',
]

/**
 * Phrases that make a short paragraph boilerplate only among the last few
 * paragraphs, where contributor lines and funding notes stand (`Ana Ruiz
 * reported from Quito.`, `This story is part of our climate series.`).
 *
 * @example
 * ```ts
 * import {boilerplateClosings} from 'copydesk'
 *
 * boilerplateClosings.includes('reported from') // true
 * ```
 *
 * @category Lexicons
 */
export const boilerplateClosings: readonly string[] = [
  'reported from',
  'contributed from',
  'this story is part of',
  'this article is part of',
  'this report is part of',
  'funded in part by',
  'is supported by a grant',
  'posting a comment',
  'leave a comment',
  'join the conversation',
  'community guidelines',
  'write to us at',
  'send us a tip',
]
