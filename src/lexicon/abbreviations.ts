/**
 * Abbreviations that end in a full stop but do not end a sentence. The
 * parser knows many; these are the ones news text needs on top.
 *
 * @module
 */

/**
 * Titles and honorifics that are always followed by a name (`Gov. Ruth A.
 * Diaz`, `Lt. Gen. Mark Ames`), written without their full stop.
 *
 * @example
 * ```ts
 * import {titleAbbreviations} from 'copydesk'
 *
 * titleAbbreviations.includes('Gov') // true
 * ```
 *
 * @category Lexicons
 */
export const titleAbbreviations: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Fr', 'Msgr', 'Hon', 'Sr', 'Jr',
  'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Atty', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Cdr',
  'Adm', 'Sgt', 'Cpl', 'Pvt', 'Pfc', 'Spc', 'Brig', 'Supt', 'Insp', 'Det', 'Ofc', 'Dep', 'Amb',
  'Pres', 'Gens', 'St', 'Ste', 'Mt', 'Ft', 'Pt', 'Messrs', 'Mme', 'Mlle', 'Asst', 'Assoc',
]

/**
 * Abbreviations followed by a number (`No. 10`, `Sept. 12`, `Vol. 3`),
 * written without their full stop.
 *
 * @example
 * ```ts
 * import {numberAbbreviations} from 'copydesk'
 *
 * numberAbbreviations.includes('No') // true
 * ```
 *
 * @category Lexicons
 */
export const numberAbbreviations: readonly string[] = [
  'No', 'Nos', 'no', 'Art', 'Fig', 'Figs', 'Vol', 'Vols', 'Ch', 'Sec', 'Secs', 'Para', 'p', 'pp',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Rt', 'Rte', 'Hwy', 'Ex', 'Exh', 'Ord', 'Res', 'approx', 'est', 'ca',
]
