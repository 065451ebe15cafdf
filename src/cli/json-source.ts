/**
 * An NDJSON id as it was written. `JSON.parse` reads every number as a
 * double, so `1234567890123456789` would come back as
 * `1234567890123456800`; ids are names, not quantities, and must go out as
 * they came in. This finds the source text of a line's `id` member and
 * writes it compactly, numbers untouched.
 */
import type {IdJson} from './records.js'

/**
 * The JSON text to write for the `id` of an NDJSON line: its source,
 * without white space, strings in the form `JSON.stringify` gives them and
 * numbers exactly as written.
 *
 * @param line The line, already known to be a JSON object.
 * @param id The line's `id`, as `JSON.parse` read it.
 */
export function idJsonOf(line: string, id: unknown): IdJson {
  // Only numbers lose anything in JSON.parse; anything without one is safe.
  if (!holdsNumber(id)) return JSON.stringify(id)
  const source = memberSource(line, 'id')
  return source === null ? JSON.stringify(id) : compactJson(source)
}

function holdsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true
  if (Array.isArray(value)) return value.some(holdsNumber)
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsNumber)
  return false
}

/**
 * The source text of the value of a top-level member of a JSON object:
 * the last one of that name, as `JSON.parse` keeps the last.
 *
 * @param json A valid JSON object.
 * @param name The member's name.
 */
export function memberSource(json: string, name: string): string | null {
  let found: string | null = null
  let at = skipSpace(json, 0)
  if (json[at] !== '{') return null
  at = skipSpace(json, at + 1)
  while (json[at] === '"') {
    const keyEnd = stringEnd(json, at)
    // A key may be escaped (`"\u0069d"` is `id`): compare what it says.
    const key = JSON.parse(json.slice(at, keyEnd)) as string
    const valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1)
    const valueEnd = valueEndAt(json, valueStart)
    if (key === name) found = json.slice(valueStart, valueEnd)
    at = skipSpace(json, valueEnd)
    if (json[at] === ',') at = skipSpace(json, at + 1)
  }
  return found
}

/**
 * Valid JSON text without white space between tokens, each string in the
 * form `JSON.stringify` writes; numbers and the order of members as they are.
 *
 * @param json Valid JSON text.
 */
export function compactJson(json: string): string {
  const parts: string[] = []
  let at = 0
  while (at < json.length) {
    const character = json[at] ?? ''
    if (character === '"') {
      const end = stringEnd(json, at)
      parts.push(JSON.stringify(JSON.parse(json.slice(at, end)) as string))
      at = end
    } else {
      if (!isSpace(character)) parts.push(character)
      at++
    }
  }
  return parts.join('')
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r'
}

function skipSpace(json: string, from: number): number {
  let at = from
  while (isSpace(json[at])) at++
  return at
}

/** The index just past the string that opens at `start`. */
function stringEnd(json: string, start: number): number {
  let at = start + 1
  for (;;) {
    const quote = json.indexOf('"', at)
    if (quote === -1) return json.length
    // A quote is escaped when an odd number of backslashes stands before it.
    let backslashes = 0
    while (json[quote - 1 - backslashes] === '\\') backslashes++
    if (backslashes % 2 === 0) return quote + 1
    at = quote + 1
  }
}

/** The index just past the value that starts at `start`. */
function valueEndAt(json: string, start: number): number {
  const first = json[start]
  if (first === '"') return stringEnd(json, start)
  if (first !== '{' && first !== '[') {
    let at = start
    while (at < json.length && !isSpace(json[at]) && json[at] !== ',' && json[at] !== '}' && json[at] !== ']') at++
    return at
  }
  let depth = 0
  let at = start
  while (at < json.length) {
    const character = json[at]
    if (character === '"') {
      at = stringEnd(json, at)
      continue
    }
    if (character === '{' || character === '[') depth++
    else if (character === '}' || character === ']') depth--
    at++
    if (depth === 0) return at
  }
  return at
}
