// The CLI's output pieces, in process: JSON in chunks, ids as written, the
// decoders, terminal-safe text, the worker cap, the signal trap, and an
// HTML report whose cost grows with the article, not its square.
import {EventEmitter} from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {capWorkers} from '../src/cli/args.js'
import {cuts} from '../src/cli/chunks.js'
import {byteOrderMark, decodeBytes, decodeWindows1252} from '../src/cli/decode.js'
import {createFormat} from '../src/cli/formats/format.js'
import {compactJson, idJsonOf, memberSource} from '../src/cli/json-source.js'
import {jsonChunks, RawJson} from '../src/cli/json-writer.js'
import {stopOf, trapSignals, type Stop} from '../src/cli/signals.js'
import {terminalLine, terminalSafeCopy, terminalText} from '../src/cli/terminal-safe.js'
import {analyze, type Article, type HedgedClaim, type Paragraph, type Quote, type Speaker} from '../src/index.js'
import {fixtures} from './cli-helpers.js'

const ferry = fs.readFileSync(path.join(fixtures, 'ferry.txt'), 'utf8')

describe('jsonChunks', () => {
  const article = analyze(ferry)
  const odd = {empty: [], none: {}, skipped: undefined, fn: () => 1, list: [undefined, () => 1, Number.NaN, -0, 1e21], text: 'é\u2028😀\ud800"\\', nested: [[{}], {a: [1]}]}

  it('writes what JSON.stringify writes, on one line or indented', () => {
    for (const value of [article, odd, [], {}, 'plain', 3, null]) {
      expect(jsonChunks(value).join('')).toBe(JSON.stringify(value))
      expect(jsonChunks(value, 2).join('')).toBe(JSON.stringify(value, null, 2))
    }
  })

  it('cuts long output into chunks of bounded size, long strings included', () => {
    const value = {article, long: `${'😀'.repeat(300)}"${'x'.repeat(500)}`}
    const chunks = jsonChunks(value, 0, 64)
    expect(chunks.join('')).toBe(JSON.stringify(value))
    expect(chunks.length).toBeGreaterThan(100)
    // A chunk closes once it reaches the size; no piece is longer than 6 × size / 8.
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(64 + 48)
  })

  it('puts RawJson in verbatim', () => {
    expect(jsonChunks({id: new RawJson('1234567890123456789'), n: 1}).join('')).toBe('{"id":1234567890123456789,"n":1}')
  })

  it('never cuts a surrogate pair', () => {
    const text = 'a😀😀b😀'
    for (let size = 2; size < 8; size++) {
      const pieces = [...cuts(text, size)]
      expect(pieces.join('')).toBe(text)
      for (const piece of pieces) expect(JSON.stringify(piece)).not.toMatch(/\\ud/)
    }
  })
})

describe('ids as written', () => {
  it('finds the last member of a name, whatever its spelling', () => {
    const json = '{ "text" : "a \\" }", "id": 1, "nested": {"id": 2}, "\\u0069d" : [ 12345678901234567890 , "x" ] }'
    expect(memberSource(json, 'id')).toBe('[ 12345678901234567890 , "x" ]')
    expect(memberSource('{"text": "x"}', 'id')).toBeNull()
  })

  it('compacts JSON text without touching numbers', () => {
    expect(compactJson('{ "a" : 1.50 , "b" : [ 1E400, "\\u0041\\/" ] }')).toBe('{"a":1.50,"b":[1E400,"A/"]}')
  })

  it('keeps ids without numbers as JSON.stringify writes them', () => {
    const line = '{"id": {"feed": "ap", "tags": ["x"]}, "text": ""}'
    expect(idJsonOf(line, (JSON.parse(line) as {id: unknown}).id)).toBe('{"feed":"ap","tags":["x"]}')
    expect(idJsonOf('{"id": 9007199254740993}', 9007199254740992)).toBe('9007199254740993')
  })
})

describe('decoding', () => {
  it('reads byte order marks', () => {
    expect(byteOrderMark(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({encoding: 'utf-8', length: 3})
    expect(byteOrderMark(Buffer.from([0xff, 0xfe]))).toEqual({encoding: 'utf-16le', length: 2})
    expect(byteOrderMark(Buffer.from([0xfe, 0xff]))).toEqual({encoding: 'utf-16be', length: 2})
    expect(byteOrderMark(Buffer.from('plain'))).toBeNull()
  })

  it('decodes Windows-1252 as the WHATWG Encoding Standard does', () => {
    // Node's own TextDecoder reads 'windows-1252' as Latin-1: hence the table.
    const bytes = Buffer.from(Array.from({length: 256}, (_, byte) => byte))
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
    const latin1 = bytes.toString('latin1')
    expect(decodeWindows1252(bytes)).toBe(latin1.slice(0, 0x80) + high + latin1.slice(0xa0))
  })

  it('says when bytes were not UTF-8, and not when they were', () => {
    expect(decodeBytes(Buffer.from('“é”'))).toEqual({text: '“é”', warning: null})
    expect(decodeBytes(Buffer.from([0x93, 0x48, 0x69, 0x94]))).toEqual({text: '“Hi”', warning: 'not valid UTF-8: read as Windows-1252'})
  })
})

describe('terminal-safe text', () => {
  it('shows control characters as visible escapes', () => {
    expect(terminalLine('a\u001B[2Jb\u0007c\u009Bd\ne\tf\rg\u007F')).toBe('a\\x1B[2Jb\\x07c\\x9Bd\\ne\\tf\\rg\\x7F')
    expect(terminalText('a\u001B]0;t\u0007\nb\tc\r\nd\fe')).toBe('a\\x1B]0;t\\x07\nb\tc \nd e')
    expect(terminalLine('“Plain” — text, é')).toBe('“Plain” — text, é')
  })

  it('copies an Article with every string safe', () => {
    const copy = terminalSafeCopy({text: '\u001B[31m', list: [{name: 'x\u0007'}], n: 1, none: null})
    expect(copy).toEqual({text: '\\x1B[31m', list: [{name: 'x\\x07'}], n: 1, none: null})
  })
})

describe('capWorkers', () => {
  it('takes at most one worker per core, and says so', () => {
    expect(capWorkers(2, 4)).toEqual({workers: 2, notes: []})
    expect(capWorkers(512, 4)).toEqual({workers: 4, notes: ['--workers 512 is more than the 4 cores this machine has: using 4']})
    expect(capWorkers(3, 1).notes).toEqual(['--workers 3 is more than the 1 core this machine has: using 1'])
  })
})

describe('trapSignals', () => {
  it('aborts on the first signal and calls `again` on the next', () => {
    const source = new EventEmitter()
    const again: Stop[] = []
    const interrupt = trapSignals(source, (stop) => again.push(stop))
    expect(stopOf(interrupt)).toBeNull()
    source.emit('SIGTERM')
    expect(stopOf(interrupt)).toEqual({name: 'SIGTERM', status: 143})
    source.emit('SIGINT')
    expect(again).toEqual([{name: 'SIGINT', status: 130}])
    interrupt.release()
    expect(source.listenerCount('SIGTERM')).toBe(0)
  })
})

/** An array that counts how often its elements are read. */
function counted<T>(items: T[], reads: {count: number}): T[] {
  return new Proxy(items, {
    get: (target, key, receiver) => {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++
      return Reflect.get(target, key, receiver) as unknown
    },
  })
}

/** An article of `count` paragraphs, each with a quote by its own speaker and a hedge cue. */
function manyParagraphs(count: number): Article {
  const piece = (index: number) => `“Word ${index},” said Ada. It is about ${index}.`
  const paragraphs: Paragraph[] = []
  const quotes: Quote[] = []
  const speakers: Speaker[] = []
  const hedges: HedgedClaim[] = []
  let text = ''
  for (let index = 0; index < count; index++) {
    if (index > 0) text += '\n\n'
    const start = text.length
    text += piece(index)
    const span = (from: number, to: number) => ({start: start + from, end: start + to, text: text.slice(start + from, start + to)})
    const whole = span(0, piece(index).length)
    const quote = span(0, piece(index).indexOf('”') + 1)
    const about = piece(index).indexOf('about')
    paragraphs.push({...whole, index, kind: 'body', sentences: [whole]})
    quotes.push({...quote, id: `q${index + 1}`, kind: 'direct', content: span(1, quote.end - start - 2), paragraphs: [index], speakerId: `s${index + 1}`, mention: null, cue: null})
    speakers.push({id: `s${index + 1}`, name: `Ada ${index}`, anonymous: false, kind: 'person', mentions: [], quoteIds: [`q${index + 1}`]})
    hedges.push({...whole, cues: [{...span(about, about + 5), category: 'approximator'}], paragraph: index, hedgedBy: {quoteId: `q${index + 1}`}})
  }
  return {text, paragraphs, dateline: null, quotes, speakers, hedges}
}

describe('the HTML report', () => {
  it('reads each quote, cue and speaker a bounded number of times, however many paragraphs there are', () => {
    const count = 3000
    const reads = {count: 0}
    const plain = manyParagraphs(count)
    const article: Article = {
      ...plain,
      paragraphs: counted(plain.paragraphs, reads),
      quotes: counted(plain.quotes, reads),
      speakers: counted(plain.speakers, reads),
      hedges: counted(plain.hedges, reads),
    }
    const html = createFormat({name: 'html', several: false, colour: false, title: 'many'}).article('"many"', article, 0).join('')
    expect(html.match(/<mark [^>]*data-quote=/g)).toHaveLength(count)
    expect(html.match(/<span class="hedge /g)).toHaveLength(count)
    // Per paragraph, a few passes over its own items; the old report read
    // every quote and cue for every paragraph, count² reads.
    expect(reads.count).toBeLessThan(40 * count)
  })
})
