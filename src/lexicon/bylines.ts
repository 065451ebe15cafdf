/**
 * Credit lines: how a byline opens, and the agency and staff credits that
 * stand as bylines on their own.
 *
 * @module
 */

/**
 * Words that open a byline (`By Dana Whitlock`), matched case-sensitively
 * on the first word.
 *
 * @example
 * ```ts
 * import {bylineOpenings} from 'copydesk'
 *
 * bylineOpenings.includes('By') // true
 * ```
 *
 * @category Lexicons
 */
export const bylineOpenings: readonly string[] = ['By', 'BY', 'Written by', 'Words by', 'Story by', 'From']

/**
 * Last words of a short credit line made only of capitalised words, such as
 * `The Associated Press`, `Reuters Staff` or `Metro Desk Staff Report`.
 *
 * @example
 * ```ts
 * import {creditEndings} from 'copydesk'
 *
 * creditEndings.includes('Press') // true
 * ```
 *
 * @category Lexicons
 */
export const creditEndings: readonly string[] = [
  'Press',
  'Staff',
  'News',
  'Wire',
  'Wires',
  'Service',
  'Services',
  'Agency',
  'Report',
  'Reports',
  'Correspondent',
  'Writer',
  'Writers',
  'Bureau',
  'Desk',
  'Reporter',
  'Editor',
  'Contributor',
]

/**
 * Agencies and outlets whose name alone is a credit line.
 *
 * @example
 * ```ts
 * import {agencyCredits} from 'copydesk'
 *
 * agencyCredits.includes('Reuters') // true
 * ```
 *
 * @category Lexicons
 */
export const agencyCredits: readonly string[] = [
  'Reuters',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'dpa',
  'UPI',
  'PA Media',
  'ANSA',
  'EFE',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'CNN Wire',
]
