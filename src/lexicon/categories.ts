/**
 * How an option changes a lexicon kept by category (the hedge cues): the
 * shape `categories` of the option table, as `list.ts` is the shape `list`.
 *
 * @module
 */
import type {HedgeCategory} from '../types.js'
import type {HedgeLexicon} from './hedges.js'
import {cleanEntry, describe, foldEntry, stringArray} from './list.js'

/**
 * Changes to the built-in hedge lexicon ({@link hedgeCues}), or a lexicon
 * of its own.
 *
 * - `{add, remove}` changes the built-in lexicon: `add` gives new cues by
 *   category (a cue already listed moves to the category given, so adding
 *   is also how to recategorise); `remove` drops cues from every category
 *   (case-insensitive). Removals apply before additions.
 * - An object keyed by category (`{modal: [...], weasel: [...]}`) replaces
 *   the built-in lexicon; categories left out have no cues.
 *
 * The context rules stay on for a cue whatever its category (`could` of
 * ability is never a hedge), and every approximator, built-in or added,
 * only counts before a number or amount.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * // Add a modal, stop flagging `about`, and count `likely` as evidential.
 * analyze('The plan could conceivably work.', {
 *   hedgeCues: {add: {modal: ['conceivably'], evidential: ['likely']}, remove: ['about']},
 * })
 * // Only flag a newsroom's own list.
 * analyze('The fire reportedly began in a kitchen.', {
 *   hedgeCues: {evidential: ['reportedly', 'allegedly'], weasel: ['some say']},
 * })
 * ```
 *
 * @category Options
 */
export type HedgeCuesOption = HedgeCuesPatch | Partial<HedgeLexicon>

/**
 * Changes to the built-in hedge lexicon.
 *
 * @example
 * ```ts
 * const patch: HedgeCuesPatch = {add: {epistemic: ['reckon']}, remove: ['potential']}
 * ```
 *
 * @category Options
 */
export interface HedgeCuesPatch {
  /** New cues by category; a cue already listed moves to the category given. */
  add?: Partial<HedgeLexicon>
  /** Cues to drop from every category (case-insensitive). */
  remove?: readonly string[]
}

/** The categories, in the order a cue listed in two is kept by the first. */
export const hedgeCategories: readonly HedgeCategory[] = ['modal', 'evidential', 'epistemic', 'approximator', 'weasel']
const categorySet: ReadonlySet<string> = new Set(hedgeCategories)

/** A cue as the matcher compares it: cleaned and folded like every word option. */
const fold = (entry: string) => foldEntry(cleanEntry(entry), 'lower')

function lexiconOf(value: unknown, name: string): Record<HedgeCategory, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`Expected \`${name}\` to be an object of cue lists by category, not ${describe(value)}`)
  }
  const out: Record<HedgeCategory, string[]> = {modal: [], evidential: [], epistemic: [], approximator: [], weasel: []}
  for (const [key, list] of Object.entries(value)) {
    if (!categorySet.has(key)) {
      throw new TypeError(`Unknown hedge category \`${name}.${key}\`: expected one of ${hedgeCategories.join(', ')}`)
    }
    out[key as HedgeCategory] = stringArray(list, `${name}.${key}`).map(fold).filter(Boolean)
  }
  return out
}

/**
 * Apply a {@link HedgeCuesOption} to a built-in lexicon: the cues by
 * category, each folded (lower case, straight apostrophes, single spaces).
 *
 * @throws {TypeError} When the option or one of its parts has the wrong type.
 *
 * @example
 * ```ts
 * resolveCategories(hedgeCues, {add: {modal: ['conceivably']}}, 'options.hedgeCues').modal.includes('conceivably') // true
 * ```
 */
export function resolveCategories(defaults: HedgeLexicon, option: unknown, name: string): Record<HedgeCategory, string[]> {
  if (option === undefined) return lexiconOf(defaults, name)
  if (typeof option !== 'object' || option === null || Array.isArray(option)) {
    throw new TypeError(`Expected \`${name}\` to be \`{add, remove}\` or cue lists by category, not ${describe(option)}`)
  }
  const keys = Object.keys(option)
  const isPatch = keys.some((key) => key === 'add' || key === 'remove')
  if (!isPatch) return lexiconOf(option, name)
  for (const key of keys) {
    if (key !== 'add' && key !== 'remove') {
      throw new TypeError(`Unknown key \`${name}.${key}\`: expected \`add\` or \`remove\` (not mixed with categories)`)
    }
  }
  const patch = option as {add?: unknown; remove?: unknown}
  const add = patch.add === undefined ? lexiconOf({}, `${name}.add`) : lexiconOf(patch.add, `${name}.add`)
  const removed = new Set(patch.remove === undefined ? [] : stringArray(patch.remove, `${name}.remove`).map(fold))
  for (const list of Object.values(add)) for (const entry of list) removed.add(entry)
  const out = lexiconOf(defaults, name)
  for (const category of hedgeCategories) {
    out[category] = [...out[category].filter((entry) => !removed.has(entry)), ...add[category]]
  }
  return out
}
