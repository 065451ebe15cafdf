/**
 * How options extend or replace a word list.
 *
 * @module
 */

/**
 * A word-list option: an array replaces the built-in list; an object adds to
 * and removes from it.
 *
 * @example
 * ```ts
 * import {analyze} from 'copydesk'
 *
 * // Keep the built-in boilerplate phrases and add a newsroom's own.
 * analyze('Story text', {boilerplate: {add: ['Get the Morning Brief']}})
 * // Replace the list entirely.
 * analyze('Story text', {boilerplate: ['Advertisement']})
 * ```
 *
 * @category Options
 */
export type WordListOption = readonly string[] | WordListPatch

/**
 * Changes to a built-in word list.
 *
 * @example
 * ```ts
 * const patch: WordListPatch = {add: ['sponsored content'], remove: ['comments']}
 * ```
 *
 * @category Options
 */
export interface WordListPatch {
  /** Entries to add to the built-in list. */
  add?: readonly string[]
  /** Entries to remove from the built-in list (compared case-insensitively). */
  remove?: readonly string[]
}

/**
 * How the entries of a word option are compared with the text, so that an
 * entry matches however a user typed it. Every fold lower-cases and
 * straightens curly apostrophes, as the text's words are (`Don’t Miss` is
 * `don't miss`); users' entries are also trimmed, with runs of white space
 * made one space.
 *
 * - `lower`: nothing more.
 * - `title`: a final full stop is dropped (`Gov.` is `gov`), as titles and
 *   organisation markers are compared without it.
 * - `elision`: leading apostrophes are dropped (`’em` is `em`): the entry is
 *   the word after the apostrophe.
 * - `verb`: a lemma (`chime in`), matched in all its forms (`chimed in`).
 */
export type Fold = 'lower' | 'title' | 'elision' | 'verb'

const curlyApostrophes = /[’‘]/g

/** A user's entry cleaned: white space at its ends dropped, runs of it made one space (`'  chime   in '` → `'chime in'`). */
export function cleanEntry(entry: string): string {
  return entry.trim().replace(/\s+/g, ' ')
}

/**
 * An entry folded for comparison (see {@link Fold}). Built-in entries are
 * already folded, except the full stops of titles: the data check keeps
 * them lower case with straight apostrophes.
 */
export function foldEntry(entry: string, fold: Fold): string {
  const lower = entry.toLowerCase().replace(curlyApostrophes, "'")
  if (fold === 'title') return lower.endsWith('.') ? lower.slice(0, -1) : lower
  if (fold === 'elision') return lower.replace(/^'+/, '')
  return lower
}

/** A value checked to be an array of strings. */
export function stringArray(value: unknown, name: string): readonly string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(`Expected \`${name}\` to be an array of strings, not ${describe(value)}`)
  }
  return value as readonly string[]
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `\`${String(value)}\` (${typeof value})`
}

/**
 * Apply a {@link WordListOption} to a built-in list, folding every entry
 * (see {@link Fold}): users' entries are cleaned and empty ones dropped;
 * `remove` compares folded entries, so `Gov.` removes `gov` and `Don’t
 * miss` removes `don't miss`.
 *
 * @throws {TypeError} When the option or one of its parts has the wrong type.
 */
export function resolveWordList(defaults: readonly string[], option: unknown, name: string, fold: Fold): string[] {
  const folded = (entries: readonly string[]) => entries.map(cleanEntry).filter(Boolean).map((entry) => foldEntry(entry, fold))
  if (option === undefined) return defaults.map((entry) => foldEntry(entry, fold))
  if (Array.isArray(option)) return folded(stringArray(option, name))
  if (typeof option !== 'object' || option === null) {
    throw new TypeError(
      `Expected \`${name}\` to be an array of strings or \`{add, remove}\`, not ${describe(option)}`,
    )
  }
  const patch = option as Record<string, unknown>
  for (const key of Object.keys(patch)) {
    if (key !== 'add' && key !== 'remove') {
      throw new TypeError(`Unknown key \`${name}.${key}\`: expected \`add\` or \`remove\``)
    }
  }
  const add = patch.add === undefined ? [] : stringArray(patch.add, `${name}.add`)
  const remove = new Set(folded(patch.remove === undefined ? [] : stringArray(patch.remove, `${name}.remove`)))
  const out = defaults.map((entry) => foldEntry(entry, fold)).filter((entry) => !remove.has(entry))
  out.push(...folded(add))
  return out
}
