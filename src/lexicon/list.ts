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

function stringArray(value: unknown, name: string): readonly string[] {
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
 * Apply a {@link WordListOption} to a built-in list. Entries are trimmed and
 * empty ones dropped; `remove` compares case-insensitively.
 */
export function resolveWordList(defaults: readonly string[], option: unknown, name: string): string[] {
  if (option === undefined) return [...defaults]
  if (Array.isArray(option)) return stringArray(option, name).map((entry) => entry.trim()).filter(Boolean)
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
  const remove = new Set(
    (patch.remove === undefined ? [] : stringArray(patch.remove, `${name}.remove`)).map((entry) =>
      entry.trim().toLowerCase(),
    ),
  )
  const out = defaults.filter((entry) => !remove.has(entry.toLowerCase()))
  for (const entry of add) if (entry.trim()) out.push(entry.trim())
  return out
}
