// The CLI's pure pieces, in process: the ordered window, the line reader,
// NDJSON lines, the progress line.
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {readLines, type Line} from '../src/cli/line-reader.js'
import {lineInput} from '../src/cli/ndjson-input.js'
import {mapOrdered} from '../src/cli/ordered.js'
import {formatDuration, renderProgress} from '../src/cli/progress.js'

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

describe('mapOrdered', () => {
  it('yields in source order whatever order work finishes in, never more than `limit` in flight', async () => {
    let inFlight = 0
    let most = 0
    async function* source() {
      for (let index = 0; index < 40; index++) yield index
    }
    const results = await collect(
      mapOrdered(source(), 3, async (item) => {
        inFlight++
        most = Math.max(most, inFlight)
        // Later items finish first.
        await new Promise((resolve) => setTimeout(resolve, (40 - item) % 5))
        inFlight--
        return item * 2
      }),
    )
    expect(results).toEqual(Array.from({length: 40}, (_, index) => index * 2))
    expect(most).toBeLessThanOrEqual(3)
  })

  it('stops taking input when the consumer stops', async () => {
    let taken = 0
    async function* source() {
      for (;;) {
        taken++
        yield taken
      }
    }
    for await (const value of mapOrdered(source(), 4, async (item) => item)) if (value === 10) break
    expect(taken).toBeLessThanOrEqual(15)
  })
})

describe('readLines', () => {
  it('splits chunks into numbered lines, across chunk and UTF-8 boundaries, dropping CR', async () => {
    const bytes = Buffer.from('{"a":1}\r\n{"b":"é"}\n\nlast')
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 16), bytes.subarray(16)]
    const lines = await collect(readLines(Readable.from(chunks), 10, 1000))
    expect(lines.map(({text, number}) => ({text, number}))).toEqual([
      {text: '{"a":1}', number: 11},
      {text: '{"b":"é"}', number: 12},
      {text: '', number: 13},
      {text: 'last', number: 14},
    ])
    expect(lines.map((line) => line.bytes)).toEqual([9, 11, 1, 5])
  })

  it('drops a UTF-8 byte order mark that comes a byte at a time', async () => {
    const bytes = Buffer.from('\uFEFF{"a":1}\n', 'utf8')
    const lines = await collect(readLines(Readable.from([...bytes].map((byte) => Buffer.from([byte]))), 0, 1000))
    expect(lines.map((line) => line.text)).toEqual(['{"a":1}'])
  })

  it('keeps no more than the limit of a line, and names it by the id at its start', async () => {
    const long = `{"id": "big", "text": "${'x'.repeat(5000)}"}`
    const lines = await collect(readLines(Readable.from([Buffer.from(`${long}\n{"id":"small"}\n`)]), 0, 1000))
    expect(lines[0]).toMatchObject({number: 1, text: null, bytes: long.length + 1})
    expect(lines[0]?.head.startsWith('{"id": "big"')).toBe(true)
    expect(lines[1]?.text).toBe('{"id":"small"}')
    const input = lineInput(lines[0] as Line)
    expect(input.id).toBe('"big"')
    await expect(input.read()).rejects.toThrow(/^record too large/)
  })
})

const line = (text: string, number: number): Line => ({text, number, bytes: text.length + 1, head: '', warning: null})

describe('lineInput', () => {
  it('reads text and passes any id through, as written', async () => {
    const input = lineInput(line('{"id": {"feed": "ap", "n": 3.10}, "text": "Hi."}', 4))
    expect(input.id).toBe('{"feed":"ap","n":3.10}')
    await expect(input.read()).resolves.toEqual({text: 'Hi.', warning: null})
  })

  it('rejects lines that are not an object with a string text', async () => {
    await expect(lineInput(line('[1,2]', 2)).read()).rejects.toThrow(/^expected an object/)
    await expect(lineInput(line('{"id":"x","text":5}', 3)).read()).rejects.toThrow(/^"text" is not a string$/)
  })
})

describe('progress', () => {
  it('shows a bar, the rate and the time left when the total is known', () => {
    const line = renderProgress({done: 50, failed: 2, bytes: 0}, {records: 200}, 10_000, 100)
    expect(line).toBe('████████░░░░░░░░░░░░░░░░░░░░░░  25%  50/200 records  5.0/s  ETA 0:30  2 failed')
  })

  it('shows the count and the rate when the total is not known', () => {
    expect(renderProgress({done: 1234, failed: 0, bytes: 0}, {}, 2000, 80)).toBe('1,234 records  617/s')
  })

  it('formats durations', () => {
    expect([formatDuration(5), formatDuration(754), formatDuration(3723)]).toEqual(['0:05', '12:34', '1:02:03'])
  })
})
