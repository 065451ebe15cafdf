/**
 * The lines of a byte stream, decoded one by one. A byte order mark at the
 * start picks the encoding (UTF-8, UTF-16LE, UTF-16BE) and is dropped;
 * without one, each line is UTF-8 when it is valid UTF-8 and Windows-1252,
 * with a warning, when it is not, so one line from an old system does not
 * spoil the stream. A line longer than the record limit is not kept: it is
 * counted to its end and reported, and memory stays bounded.
 */
import {byteOrderMark, checkUtf16, decodeUtf8, type Encoding} from './decode.js'

/** A line of input and its number, from 1. */
export interface Line {
  number: number
  /** Bytes the line took in the input, its line break included. */
  bytes: number
  /** The line's text, without its line break; `null` when it was longer than the limit. */
  text: string | null
  /** The start of a line too long to keep: enough to find its `id`. */
  head: string
  /** How the line was decoded, when it was not as it claimed. */
  warning: string | null
}

// The start of an overlong line kept to name it: `{"id": …` fits in it.
const headBytes = 4096

/**
 * The lines of a byte stream, numbered from `after + 1`. Pulls a chunk only
 * when the consumer asks for a line, so a slow consumer holds the producer
 * back (backpressure). A `\r` before `\n` is dropped.
 *
 * @param stream The stream.
 * @param after The number of the line before the first.
 * @param limit The longest line kept, in bytes.
 */
export async function* readLines(stream: AsyncIterable<string | Buffer>, after: number, limit: number): AsyncGenerator<Line> {
  const {encoding, chunks} = await sniffEncoding(asBuffers(stream))
  const lines = encoding === 'utf-8' ? utf8Lines(chunks, limit) : utf16Lines(chunks, encoding, limit)
  let number = after
  for await (const line of lines) {
    number++
    yield {...line, number}
  }
}

type Unnumbered = Omit<Line, 'number'>

async function* asBuffers(stream: AsyncIterable<string | Buffer>): AsyncGenerator<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

/** The stream's encoding by its byte order mark, and its bytes after the mark. */
async function sniffEncoding(stream: AsyncGenerator<Buffer>): Promise<{encoding: Encoding; chunks: AsyncIterable<Buffer>}> {
  // A pipe can deliver a byte at a time: gather the three a mark can take.
  const first: Buffer[] = []
  let length = 0
  while (length < 3) {
    const next = await stream.next()
    if (next.done) break
    first.push(next.value)
    length += next.value.length
  }
  const head = Buffer.concat(first)
  const mark = byteOrderMark(head)
  return {encoding: mark?.encoding ?? 'utf-8', chunks: prepend(head.subarray(mark?.length ?? 0), stream)}
}

async function* prepend(head: Buffer, rest: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head
  yield* rest
}

/** A line being gathered: its pieces while it fits the limit, its length always. */
class Gathering<T extends {length: number}> {
  pieces: T[] = []
  length = 0
  overlong = false

  constructor(private readonly limit: number) {}

  add(piece: T): void {
    this.length += piece.length
    if (this.overlong) return
    this.pieces.push(piece)
    if (this.length <= this.limit) return
    this.overlong = true
    // Keep only the start, to name the line by its id.
    let kept = 0
    let count = 0
    while (count < this.pieces.length && kept < headBytes) kept += this.pieces[count++]?.length ?? 0
    this.pieces.splice(count)
  }

  reset(): void {
    this.pieces = []
    this.length = 0
    this.overlong = false
  }
}

async function* utf8Lines(chunks: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Unnumbered> {
  const line = new Gathering<Buffer>(limit)
  for await (const chunk of chunks) {
    let start = 0
    for (;;) {
      const newline = chunk.indexOf(0x0a, start)
      const end = newline === -1 ? chunk.length : newline
      if (end > start) line.add(chunk.subarray(start, end))
      if (newline === -1) break
      yield finishUtf8(line)
      line.reset()
      start = newline + 1
    }
  }
  if (line.length > 0) yield finishUtf8(line)
}

function finishUtf8(line: Gathering<Buffer>): Unnumbered {
  const bytes = line.length + 1
  const joined = line.pieces.length === 1 ? (line.pieces[0] ?? Buffer.alloc(0)) : Buffer.concat(line.pieces)
  if (line.overlong) return {bytes, text: null, head: joined.subarray(0, headBytes).toString('utf8'), warning: null}
  const body = joined[joined.length - 1] === 0x0d ? joined.subarray(0, -1) : joined
  const {text, warning} = decodeUtf8(body)
  return {bytes, text, head: '', warning}
}

async function* utf16Lines(chunks: AsyncIterable<Buffer>, encoding: 'utf-16le' | 'utf-16be', limit: number): AsyncGenerator<Unnumbered> {
  // Lines are split on decoded text, so a pair of bytes is never cut: an odd
  // byte at the end of a chunk waits for the next one.
  const line = new Gathering<string>(Math.floor(limit / 2))
  let carry = Buffer.alloc(0)
  for await (const chunk of chunks) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
    const even = bytes.length - (bytes.length % 2)
    carry = Buffer.from(bytes.subarray(even))
    const text = (encoding === 'utf-16be' ? Buffer.from(bytes.subarray(0, even)).swap16() : bytes.subarray(0, even)).toString('utf16le')
    let start = 0
    for (;;) {
      const newline = text.indexOf('\n', start)
      const end = newline === -1 ? text.length : newline
      if (end > start) line.add(text.slice(start, end))
      if (newline === -1) break
      yield finishUtf16(line, encoding, false)
      line.reset()
      start = newline + 1
    }
  }
  if (line.length > 0 || carry.length > 0) yield finishUtf16(line, encoding, carry.length > 0)
}

function finishUtf16(line: Gathering<string>, encoding: 'utf-16le' | 'utf-16be', oddByte: boolean): Unnumbered {
  const bytes = (line.length + 1) * 2
  const joined = line.pieces.join('')
  if (line.overlong) return {bytes, text: null, head: joined.slice(0, headBytes), warning: null}
  const body = joined.endsWith('\r') ? joined.slice(0, -1) : joined
  return {bytes, head: '', ...checkUtf16(body, encoding, oddByte)}
}
