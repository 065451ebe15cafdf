/**
 * A cheap fingerprint of an options object, so settings can be kept per
 * options object and still follow it when it changes between calls.
 *
 * @module
 */

/** Valid options nest four deep at most: `options.hedgeCues.add.modal[0]`. */
const MAX_DEPTH = 4

/** Whether a value is a plain object (an object literal or `Object.create(null)`), the only objects options hold. */
function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** The fingerprint of a value at a depth, or null when no valid option holds such a value. */
function print(value: unknown, depth: number): string | null {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === undefined) return 'u'
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return null
  const parts: string[] = []
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const part = print(value[index], depth + 1)
      if (part === null) return null
      parts.push(part)
    }
    return `[${parts.join(',')}]`
  }
  if (!isPlain(value)) return null
  for (const [key, item] of Object.entries(value)) {
    const part = print(item, depth + 1)
    if (part === null) return null
    parts.push(`${JSON.stringify(key)}:${part}`)
  }
  return `{${parts.join(',')}}`
}

/**
 * What an options object holds, written out: its keys, and the strings of
 * its lists in order. Two calls whose options have the same fingerprint
 * resolve to the same settings. It costs a walk over the strings the
 * options hold (a few, for most options), far less than compiling them.
 *
 * Null when the options hold a value no valid option holds (a number, a
 * function, a class instance, a cycle): such options are never reused, so
 * their validation runs, and throws, on every call.
 *
 * @example
 * ```ts
 * fingerprintOptions({cueVerbs: {add: ['harrumph']}}) // '{"cueVerbs":{"add":["harrumph"]}}'
 * fingerprintOptions({cueVerbs: 5}) // null
 * ```
 */
export function fingerprintOptions(options: object): string | null {
  return print(options, 0)
}
