/**
 * NDJSON input: one `{"id": ..., "text": ...}` object per line, read as a
 * stream so memory holds one line at a time, not the corpus.
 */
import {StringDecoder} from 'node:string_decoder'
import {describeFsError} from './inputs.js'
import type {Input, JsonValue} from './records.js'

/** A line of input and its number, from 1. */
export interface Line {
  text: string
  number: number
}

/**
 * The lines of a byte stream, numbered from `after + 1`. Pulls a chunk
 * only when the consumer asks for a line, so a slow consumer holds the
 * producer back (backpressure). A `\r` before `\n` is dropped.
 *
 * @param stream The stream.
 * @param after The number of the line before the first.
 */
export async function* readLines(stream: AsyncIterable<string | Buffer>, after = 0): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8')
  let number = after
  // Pieces of the current line; joined once, when its end arrives, so a
  // long line spread over many chunks costs linear time.
  let pieces: string[] = []
  const lines = function* (chunk: string): Generator<Line> {
    let start = 0
    let end = chunk.indexOf('\n')
    while (end !== -1) {
      pieces.push(chunk.slice(start, end))
      const text = pieces.join('')
      pieces = []
      number++
      yield {text: text.endsWith('\r') ? text.slice(0, -1) : text, number}
      start = end + 1
      end = chunk.indexOf('\n', start)
    }
    if (start < chunk.length) pieces.push(chunk.slice(start))
  }
  for await (const chunk of stream) yield* lines(typeof chunk === 'string' ? chunk : decoder.write(chunk))
  yield* lines(decoder.end())
  if (pieces.length > 0) yield {text: pieces.join(''), number: number + 1}
}

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
 */
export async function* ndjsonInputs(sources: Iterable<NdjsonSource>): AsyncGenerator<Input> {
  let number = 0
  for (const source of sources) {
    try {
      for await (const line of readLines(source.open(), number)) {
        number = line.number
        if (line.text.trim() !== '') yield lineInput(line)
      }
    } catch (error) {
      yield rejected(source.id, 0, describeFsError(error))
    }
  }
}

/**
 * One NDJSON line as an input. Blank lines are skipped before this; every
 * other line becomes an input, whose `read` rejects when the line is not an
 * object with a string `text`. A line without `id` is named by its number.
 *
 * @param line The line and its number.
 */
export function lineInput(line: Line): Input {
  const bytes = Buffer.byteLength(line.text) + 1
  let value: JsonValue
  try {
    value = JSON.parse(line.text) as JsonValue
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return rejected(line.number, bytes, `line ${line.number}: not valid JSON (${reason})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return rejected(line.number, bytes, `line ${line.number}: expected an object like {"id": ..., "text": ...}`)
  }
  const id = value.id === undefined ? line.number : value.id
  const text = value.text
  if (typeof text !== 'string') {
    const what = text === undefined ? 'has no "text"' : '"text" is not a string'
    return rejected(id, bytes, `line ${line.number}: ${what}`)
  }
  return {id, bytes, read: () => Promise.resolve(text)}
}

function rejected(id: JsonValue, bytes: number, message: string): Input {
  return {id, bytes, read: () => Promise.reject(new Error(message))}
}
