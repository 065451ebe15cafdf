/**
 * NDJSON input: one `{"id": ..., "text": ...}` object per line, read as a
 * stream so memory holds one line at a time, not the corpus.
 */
import {describeFsError} from './inputs.js'
import {idJsonOf} from './json-source.js'
import {maxRecordBytes, tooLarge} from './limits.js'
import {readLines, type Line} from './line-reader.js'
import {stringId, type IdJson, type Input} from './records.js'

/** A source of NDJSON: standard input or a file, opened when its turn comes. */
export interface NdjsonSource {
  id: string
  open: () => AsyncIterable<string | Buffer>
}

/**
 * The inputs of NDJSON sources, in turn, lines numbered across all of
 * them. A source that cannot be read becomes one failed input named by
 * its path, and the next source goes on.
 *
 * @param sources The sources, in order.
 * @param limit The largest record, in bytes.
 */
export async function* ndjsonInputs(sources: Iterable<NdjsonSource>, limit = maxRecordBytes): AsyncGenerator<Input> {
  let number = 0
  for (const source of sources) {
    try {
      for await (const line of readLines(source.open(), number, limit)) {
        number = line.number
        if (line.text === null || line.text.trim() !== '') yield lineInput(line)
      }
    } catch (error) {
      yield rejected(stringId(source.id), 0, describeFsError(error))
    }
  }
}

/**
 * One NDJSON line as an input. Blank lines are skipped before this; every
 * other line becomes an input, whose `read` rejects when the line is not an
 * object with a string `text`, or was too long to keep. A line without
 * `id` is named by its number.
 *
 * @param line The line and its number.
 */
export function lineInput(line: Line): Input {
  const {number, bytes} = line
  if (line.text === null) return rejected(overlongId(line), bytes, `line ${number}: ${tooLarge(bytes)}`)
  let value: unknown
  try {
    value = JSON.parse(line.text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return rejected(String(number), bytes, `line ${number}: not valid JSON (${reason})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejected(String(number), bytes, `line ${number}: expected an object like {"id": ..., "text": ...}`)
  }
  const fields = value as Record<string, unknown>
  const id = fields.id === undefined ? String(number) : idJsonOf(line.text, fields.id)
  const text = fields.text
  if (typeof text !== 'string') {
    const what = text === undefined ? 'has no "text"' : '"text" is not a string'
    return rejected(id, bytes, `line ${number}: ${what}`)
  }
  const {warning} = line
  return {id, bytes, read: () => Promise.resolve({text, warning: warning === null ? null : `line ${number}: ${warning}`})}
}

// A line too long to keep is named by its id when the id comes before the
// text, as writers of NDJSON put it; by its number otherwise.
function overlongId(line: Line): IdJson {
  const source = leadingId(line.head)
  return source ?? String(line.number)
}

function leadingId(head: string): IdJson | null {
  // The head is cut short: close it after its first member, which is whole
  // when it is the id (`{"id": 7, "text": "…`).
  const comma = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|[-\w.+]+|\[[^\]]*\]|\{[^}]*\})\s*,/.exec(head)
  if (!comma?.[1]) return null
  const object = `{"id":${comma[1]}}`
  try {
    return idJsonOf(object, (JSON.parse(object) as {id: unknown}).id)
  } catch {
    return null
  }
}

function rejected(id: IdJson, bytes: number, message: string): Input {
  return {id, bytes, read: () => Promise.reject(new Error(message))}
}
