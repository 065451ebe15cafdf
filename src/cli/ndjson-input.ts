/**
 * NDJSON input: one `{"id": ..., "text": ...}` object per line, read as a
 * stream so memory holds one line at a time, not the corpus.
 */
import {describeFsError} from './inputs.js'
import {idJsonOf} from './json-source.js'
import {maxRecordBytes, tooLarge} from './limits.js'
import {readLines, type Line} from './line-reader.js'
import {idInMessage, stringId, type IdJson, type Input} from './records.js'

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
      yield rejected({id: stringId(source.id)}, 0, describeFsError(error))
    }
  }
}

/**
 * One NDJSON line as an input. Blank lines are skipped before this; every
 * other line becomes an input, whose `read` rejects when the line is not an
 * object with a string `text`, or was too long to keep. A line without
 * `id` is named by its number. Error records say nothing of line numbers
 * (messages on stderr do), so a record is the same wherever an engine cut
 * the stream it came in.
 *
 * @param line The line and its number.
 */
export function lineInput(line: Line): Input {
  const {number, bytes} = line
  if (line.text === null) return rejected(named(leadingId(line.head), number), bytes, tooLarge(bytes))
  let value: unknown
  try {
    value = JSON.parse(line.text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return rejected(named(null, number), bytes, `not valid JSON (${reason})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejected(named(null, number), bytes, 'expected an object like {"id": ..., "text": ...}')
  }
  const fields = value as Record<string, unknown>
  const name = named(fields.id === undefined ? null : idJsonOf(line.text, fields.id), number)
  const text = fields.text
  if (typeof text !== 'string') return rejected(name, bytes, text === undefined ? 'has no "text"' : '"text" is not a string')
  const {warning} = line
  return {...name, bytes, read: () => Promise.resolve({text, warning})}
}

/** A line's id, or its number when it has none, and how messages name it. */
function named(id: IdJson | null, number: number): Pick<Input, 'id' | 'subject'> {
  if (id === null) return {id: String(number), subject: `line ${number}`}
  return {id, subject: `${idInMessage(id)} (line ${number})`}
}

// A line too long to keep is named by its id when the id comes before the
// text, as writers of NDJSON put it; by its number otherwise.
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

function rejected(name: Pick<Input, 'id' | 'subject'>, bytes: number, message: string): Input {
  return {...name, bytes, read: () => Promise.reject(new Error(message))}
}
