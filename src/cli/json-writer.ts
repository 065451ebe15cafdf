/**
 * JSON in pieces: the same text as `JSON.stringify`, byte for byte, but as
 * a list of chunks, so that a record longer than the longest string V8
 * can hold is still written (see `chunks.ts`). Values are plain data: the
 * Article and the error records.
 */
import {chunkSize, createChunker, cuts, type Chunker} from './chunks.js'

/** JSON text to put in as it is: a record's id, kept as it was written. */
export class RawJson {
  /** @param json Valid JSON text. */
  constructor(readonly json: string) {}
}

/**
 * `value` as JSON, in chunks of about `size` characters.
 *
 * @param value Plain data; {@link RawJson} anywhere in it goes in verbatim.
 * @param indent Spaces per level, as `JSON.stringify(value, null, indent)`; 0 for one line.
 * @param size Characters per chunk.
 */
export function jsonChunks(value: unknown, indent = 0, size = chunkSize): string[] {
  const out = createChunker(size)
  new Writer(out, indent, size).value(value, 0)
  return out.done()
}

// A string this long, escaped, stays well inside one chunk: an escape is at most 6 characters.
const cutFraction = 8

class Writer {
  private readonly breaks: string[] = []

  constructor(
    private readonly out: Chunker,
    private readonly indent: number,
    private readonly size: number,
  ) {}

  value(value: unknown, depth: number): void {
    if (value instanceof RawJson) this.out.push(value.json)
    else if (typeof value === 'string') this.string(value)
    else if (Array.isArray(value)) this.array(value, depth)
    else if (typeof value === 'object' && value !== null) this.object(value, depth)
    // Numbers (NaN and infinities become null), booleans and null.
    else this.out.push(JSON.stringify(value) ?? 'null')
  }

  private string(text: string): void {
    const longest = Math.max(2, Math.floor(this.size / cutFraction))
    if (text.length <= longest) {
      this.out.push(JSON.stringify(text))
      return
    }
    this.out.push('"')
    for (const cut of cuts(text, longest)) this.out.push(JSON.stringify(cut).slice(1, -1))
    this.out.push('"')
  }

  private array(items: unknown[], depth: number): void {
    if (items.length === 0) {
      this.out.push('[]')
      return
    }
    this.out.push('[')
    items.forEach((item, index) => {
      if (index > 0) this.out.push(',')
      this.out.push(this.lineBreak(depth + 1))
      // As JSON.stringify: what JSON cannot hold is null in an array.
      this.value(omitted(item) ? null : item, depth + 1)
    })
    this.out.push(this.lineBreak(depth))
    this.out.push(']')
  }

  private object(object: object, depth: number): void {
    const entries = Object.entries(object).filter(([, inner]) => !omitted(inner))
    if (entries.length === 0) {
      this.out.push('{}')
      return
    }
    this.out.push('{')
    entries.forEach(([key, inner], index) => {
      if (index > 0) this.out.push(',')
      this.out.push(this.lineBreak(depth + 1))
      this.out.push(JSON.stringify(key))
      this.out.push(this.indent > 0 ? ': ' : ':')
      this.value(inner, depth + 1)
    })
    this.out.push(this.lineBreak(depth))
    this.out.push('}')
  }

  private lineBreak(depth: number): string {
    if (this.indent === 0) return ''
    this.breaks[depth] ??= `\n${' '.repeat(this.indent * depth)}`
    return this.breaks[depth] ?? ''
  }
}

// As JSON.stringify: object members it leaves out.
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}
