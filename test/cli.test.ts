// The `copydesk` command, run as users run it: the built binary in a child
// process, on real files in a temporary folder and on stdin.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Article} from '../src/index.js'
import {assertBuilt, copydesk, fixtures, parseLines, root, temporaryFolder} from './cli-helpers.js'

const ferry = fs.readFileSync(path.join(fixtures, 'ferry.txt'), 'utf8')
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version
const ansi = /\u001B\[/
let folder = ''

beforeAll(() => {
  assertBuilt()
  folder = temporaryFolder('cli')
  fs.cpSync(fixtures, folder, {recursive: true})
})

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

const jsonOf = (file: string): Article => JSON.parse(copydesk(['--format', 'json', file], {cwd: folder}).stdout) as Article

describe('copydesk FILE (text report)', () => {
  it('reports paragraphs with kinds, quotes, speakers and hedges, without colour when piped', () => {
    const run = copydesk(['ferry.txt'], {cwd: folder})
    const article = jsonOf('ferry.txt')
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).not.toMatch(ansi)
    for (const heading of ['PARAGRAPHS', 'QUOTES', 'SPEAKERS', 'HEDGED CLAIMS']) expect(run.stdout).toContain(heading)
    expect(run.stdout).toMatch(/\n\s+1 {2}headline +Ferry Service Halted/)
    expect(run.stdout).toMatch(/\n\s+2 {2}byline +By Tamsin Okafor/)
    expect(run.stdout).toContain('Dateline: PORT ELLERY, Mich. (AP) —')
    // Whatever the stages find, the report shows all of it.
    for (const quote of article.quotes) expect(run.stdout).toContain(`  ${quote.id} `)
    for (const speaker of article.speakers) expect(run.stdout).toContain(speaker.name.slice(0, 30))
    const anonymous = article.speakers.filter((speaker) => speaker.anonymous).length
    expect(run.stdout).toContain(`${article.speakers.length - anonymous} named · ${anonymous} anonymous`)
    for (const cue of article.hedges.flatMap((claim) => claim.cues)) expect(run.stdout).toContain(`${cue.text} ${cue.category}`)
  })

  it('colours with FORCE_COLOR, and NO_COLOR wins over it', () => {
    expect(copydesk(['ferry.txt'], {cwd: folder, env: {FORCE_COLOR: '1'}}).stdout).toMatch(ansi)
    expect(copydesk(['ferry.txt'], {cwd: folder, env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).not.toMatch(ansi)
  })

  it('writes one report per file, each under a header, for several files', () => {
    const run = copydesk(['ferry.txt', 'corpus'], {cwd: folder})
    expect(run.status).toBe(0)
    const headers = [...run.stdout.matchAll(/^══ (\S+) ═+$/gm)].map((match) => match[1])
    expect(headers).toEqual(['ferry.txt', 'corpus/a-council.txt', 'corpus/nested/b-library.md'])
  })
})

describe('--format json and ndjson', () => {
  it('prints the SPEC Article for one file', () => {
    const article = jsonOf('ferry.txt')
    expect(Object.keys(article)).toEqual(['text', 'paragraphs', 'dateline', 'quotes', 'speakers', 'hedges'])
    expect(article.text).toBe(ferry)
    expect(article.paragraphs.map((paragraph) => paragraph.kind)).toEqual(['headline', 'byline', 'body', 'body', 'body', 'body', 'body'])
    expect(article.dateline?.text).toBe('PORT ELLERY, Mich. (AP) —')
  })

  it('walks a directory for .txt and .md files, recursively and in name order', () => {
    const run = copydesk(['--format', 'ndjson', 'corpus'], {cwd: folder})
    expect(run.status).toBe(0)
    const records = parseLines(run.stdout)
    expect(records.map((record) => record.id)).toEqual(['corpus/a-council.txt', 'corpus/nested/b-library.md'])
    expect(Object.keys(records[0] ?? {})).toEqual(['id', 'text', 'paragraphs', 'dateline', 'quotes', 'speakers', 'hedges'])
  })

  it('prints a JSON array of {id, ...Article} for several files', () => {
    const run = copydesk(['--format', 'json', 'ferry.txt', 'corpus'], {cwd: folder})
    const records = JSON.parse(run.stdout) as Array<{id: string; text: string}>
    expect(records.map((record) => record.id)).toEqual(['ferry.txt', 'corpus/a-council.txt', 'corpus/nested/b-library.md'])
    expect(records[0]?.text).toBe(ferry)
  })

  it('prints a valid empty array for an empty directory, says so and exits 1', () => {
    fs.mkdirSync(path.join(folder, 'empty'), {recursive: true})
    const run = copydesk(['--format', 'json', 'empty'], {cwd: folder})
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toEqual([])
    expect(run.stderr).toBe('copydesk: empty: no .txt or .md files in this folder\n')
  })
})

describe('stdin', () => {
  it("reads one article from '-'", () => {
    const run = copydesk(['--format', 'json', '-'], {input: ferry})
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as Article).text).toBe(ferry)
  })

  it('reads standard input when no input is named', () => {
    const run = copydesk(['-f', 'ndjson'], {input: ferry})
    expect(parseLines(run.stdout).map((record) => record.id)).toEqual(['-'])
  })
})

describe('--ndjson streaming', () => {
  const lines = [
    JSON.stringify({id: 'first', text: ferry}),
    'this is not JSON',
    JSON.stringify({id: 'no-text', body: 'nothing here'}),
    '',
    JSON.stringify({text: '“We will stay open,” said Omar Feld.'}),
    JSON.stringify({id: 7, text: 'Attendance reportedly rose to about 200.'}),
  ]

  it('writes one record per line, in input order, with error records for bad lines', () => {
    const run = copydesk(['--ndjson'], {input: `${lines.join('\n')}\n`})
    expect(run.status).toBe(1)
    const records = parseLines(run.stdout)
    // A line without id is named by its line number; blank lines are skipped.
    expect(records.map((record) => record.id)).toEqual(['first', 2, 'no-text', 5, 7])
    expect(records[1]).toEqual({id: 2, error: expect.stringMatching(/^not valid JSON/) as unknown})
    expect(records[2]).toEqual({id: 'no-text', error: 'has no "text"'})
    expect(records[0]?.text).toBe(ferry)
    expect(records[4]?.text).toBe('Attendance reportedly rose to about 200.')
    expect(run.stderr).toContain('copydesk: line 2: not valid JSON')
    expect(run.stderr).toContain('copydesk: no-text (line 3): has no "text"')
  })

  it('gives the same output with 1 and 2 workers, in input order', () => {
    const many = Array.from({length: 120}, (_, index) =>
      JSON.stringify({id: `story-${index}`, text: `${index % 7 === 0 ? ferry : ''}“Line ${index},” said Ada Brightwater.`}),
    )
    const input = `${many.join('\n')}\nnot json\n`
    const one = copydesk(['--ndjson', '--workers', '1', '--quiet'], {input})
    const two = copydesk(['--ndjson', '--workers', '2', '--quiet'], {input})
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(parseLines(two.stdout).map((record) => record.id)).toEqual([...many.map((_, index) => `story-${index}`), 121])
  })

  it('reads NDJSON files named on the command line', () => {
    fs.writeFileSync(path.join(folder, 'batch.ndjson'), `${lines[0]}\n${lines[5]}`)
    const run = copydesk(['--ndjson', 'batch.ndjson'], {cwd: folder})
    expect(run.status).toBe(0)
    expect(parseLines(run.stdout).map((record) => record.id)).toEqual(['first', 7])
  })

  it('renders the stream in another format on request', () => {
    const run = copydesk(['--ndjson', '--format', 'text'], {input: `${lines[0]}\n`})
    expect(run.stdout).toContain('══ first ')
    expect(run.stdout).toContain('PARAGRAPHS')
  })
})

describe('workers', () => {
  it('give identical output with 1 and 2 workers, in every format', () => {
    for (const format of ['text', 'json', 'ndjson', 'html']) {
      const args = ['--format', format, '--quiet', 'corpus', 'ferry.txt', 'missing.txt']
      const one = copydesk([...args, '--workers', '1'], {cwd: folder})
      const two = copydesk([...args, '--workers', '2'], {cwd: folder})
      expect(two.stdout, format).toBe(one.stdout)
      expect(two.status, format).toBe(one.status)
    }
  })
})

describe('bad input never loses work', () => {
  it('turns an unreadable file into an error record and goes on', () => {
    const run = copydesk(['--format', 'ndjson', 'missing.txt', 'ferry.txt'], {cwd: folder})
    expect(run.status).toBe(1)
    const records = parseLines(run.stdout)
    expect(records[0]).toEqual({id: 'missing.txt', error: 'no such file or directory'})
    expect(records[1]?.id).toBe('ferry.txt')
    expect(run.stderr).toBe('copydesk: missing.txt: no such file or directory\n')
  })

  it('shows the failure in a text report too', () => {
    const run = copydesk(['missing.txt', 'ferry.txt'], {cwd: folder})
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('══ missing.txt ')
    expect(run.stdout).toContain('error: no such file or directory')
    expect(run.stdout).toContain('══ ferry.txt ')
  })
})

describe('--format html', () => {
  it('writes a self-contained page with every piece of text escaped', () => {
    const hostile = 'Bait & Tackle <script>alert("x")</script>\n\n“It’s <b>fine</b>,” said O\'Hara.'
    fs.writeFileSync(path.join(folder, 'hostile.txt'), hostile)
    const run = copydesk(['--format', 'html', 'hostile.txt'], {cwd: folder})
    expect(run.status).toBe(0)
    const html = run.stdout
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(html).toContain('Bait &amp; Tackle &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(html).toContain('&lt;b&gt;fine&lt;/b&gt;')
    expect(html).not.toContain('<script>alert')
    expect(html).not.toMatch(/(?:src|href)=["']?(?:https?:)?\/\//)
    expect(html).not.toMatch(/@import|url\(/)
    expect(html.match(/<script>/g)).toHaveLength(1)
  })
})

describe('help, version and usage errors', () => {
  it('prints help', () => {
    for (const flag of ['--help', '-h']) {
      const run = copydesk([flag])
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/^Usage: copydesk \[options\]/)
      expect(run.stdout).toContain('--ndjson')
      expect(run.stdout).toContain('Exit status')
    }
  })

  it('prints the version', () => {
    expect(copydesk(['--version'])).toEqual({status: 0, stdout: `${version}\n`, stderr: ''})
    expect(copydesk(['-v']).stdout).toBe(`${version}\n`)
  })

  it('rejects unknown flags and bad values with status 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--frobnicate'], /Unknown option '--frobnicate'/],
      [['--format', 'pdf', 'x.txt'], /Unknown format 'pdf'/],
      [['--workers', '0', 'x.txt'], /--workers takes a whole number/],
      [['--workers', 'many', 'x.txt'], /--workers takes a whole number/],
      [['-', '-'], /can be read only once/],
    ]
    for (const [args, message] of cases) {
      const run = copydesk(args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(message)
      expect(run.stderr).toContain("Try 'copydesk --help'")
    }
  })
})
