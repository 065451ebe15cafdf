// What comes in as bytes: byte order marks, UTF-16, Windows-1252, and NDJSON
// ids that JSON.parse would round. A spawned `copydesk` on real files.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Article} from '../src/index.js'
import {assertBuilt, copydesk, fixtures, parseLines, temporaryFolder} from './cli-helpers.js'

const ferry = fs.readFileSync(path.join(fixtures, 'ferry.txt'), 'utf8')
const curly = '“We will stay open,” said Omar Feld.'
let folder = ''

beforeAll(() => {
  assertBuilt()
  folder = temporaryFolder('encodings')
})

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

function utf16(text: string, order: 'le' | 'be'): Buffer {
  const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
  return order === 'le' ? little : Buffer.from(little).swap16()
}

// “ and ” are 0x93 and 0x94 in Windows-1252; the rest of this text is ASCII.
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((character) => ({'“': 0x93, '”': 0x94})[character] ?? character.charCodeAt(0)))
}

const articleOf = (file: string) => {
  const run = copydesk(['--format', 'json', file], {cwd: folder})
  return {run, article: JSON.parse(run.stdout) as Article}
}

describe('article files', () => {
  it.each([
    ['UTF-8 with a byte order mark', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ferry)])],
    ['UTF-16LE with a byte order mark', () => utf16(ferry, 'le')],
    ['UTF-16BE with a byte order mark', () => utf16(ferry, 'be')],
  ])('reads %s as the same text, without a word', (_name, bytes) => {
    fs.writeFileSync(path.join(folder, 'story.txt'), bytes())
    const {run, article} = articleOf('story.txt')
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(article.text).toBe(ferry)
  })

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning', () => {
    fs.writeFileSync(path.join(folder, 'old.txt'), windows1252(curly))
    const {run, article} = articleOf('old.txt')
    expect(run.status).toBe(0)
    expect(article.text).toBe(curly)
    expect(article.quotes.map((quote) => quote.content.text)).toEqual(['We will stay open,'])
    expect(run.stderr).toBe('copydesk: old.txt: warning: not valid UTF-8: read as Windows-1252\n')
  })

  it('reads standard input the same way', () => {
    const run = copydesk(['--format', 'json'], {input: utf16(curly, 'be')})
    expect((JSON.parse(run.stdout) as Article).text).toBe(curly)
  })

  it('warns of broken UTF-16 and marks what could not be read', () => {
    fs.writeFileSync(path.join(folder, 'broken.txt'), Buffer.concat([utf16('Hi.', 'le'), Buffer.from([0x00, 0xd8])]))
    const {run, article} = articleOf('broken.txt')
    expect(run.status).toBe(0)
    expect(article.text).toBe('Hi.\uFFFD')
    expect(run.stderr).toBe('copydesk: broken.txt: warning: not valid UTF-16LE: broken characters replaced by U+FFFD\n')
  })
})

describe('NDJSON streams', () => {
  const lines = [JSON.stringify({id: 'a', text: curly}), JSON.stringify({id: 'b', text: 'Attendance rose.'})]

  it('drop a UTF-8 byte order mark before the first line', () => {
    const run = copydesk(['--ndjson'], {input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\n')}\n`)])})
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(parseLines(run.stdout).map((record) => record.id)).toEqual(['a', 'b'])
  })

  it('read UTF-16 by its byte order mark', () => {
    const run = copydesk(['--ndjson'], {input: utf16(`${lines.join('\r\n')}\r\n`, 'be')})
    expect(run.status).toBe(0)
    expect(parseLines(run.stdout).map((record) => record.text)).toEqual([curly, 'Attendance rose.'])
  })

  it('read a line that is not UTF-8 as Windows-1252, with a warning naming it', () => {
    const input = Buffer.concat([Buffer.from(`${lines[1]}\n`), windows1252(`{"id": "old", "text": "${curly}"}\n`)])
    const run = copydesk(['--ndjson'], {input})
    expect(run.status).toBe(0)
    expect(parseLines(run.stdout).map((record) => record.text)).toEqual(['Attendance rose.', curly])
    expect(run.stderr).toBe('copydesk: old (line 2): warning: not valid UTF-8: read as Windows-1252\n')
  })
})

describe('NDJSON ids', () => {
  const ids = ['1234567890123456789', '-0.10', '1E400', '{"feed":"ap","n":12345678901234567890}', '[9007199254740993,"x"]', '"plain"']
  const input = ids.map((id, index) => `{"text": "Story ${index}.", "id" : ${id.replace(/,/g, ', ')}}`).join('\n')

  it('come back exactly as written, with one worker or two', () => {
    for (const workers of ['1', '2']) {
      const run = copydesk(['--ndjson', '--workers', workers, '--quiet'], {input})
      expect(run.status).toBe(0)
      expect(run.stdout.split('\n').slice(0, -1).map((line) => /^\{"id":(.*?),"text":/.exec(line)?.[1])).toEqual(ids)
    }
  })

  it('are written as they came in error records and in the text report', () => {
    const run = copydesk(['--ndjson', '--format', 'text'], {input: `{"id": 1234567890123456789, "text": "Hi."}\n{"id": 98765432109876543210}\n`})
    expect(run.stdout).toContain('══ 1234567890123456789 ')
    expect(run.stderr).toBe('copydesk: id 98765432109876543210 (line 2): has no "text"\n')
  })
})
