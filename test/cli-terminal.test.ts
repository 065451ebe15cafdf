// Nothing from the input drives the terminal: escape sequences in an
// article, a file name or an NDJSON id reach the text report and stderr as
// visible escapes. JSON keeps them, escaped as JSON escapes them.
import fs from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assertBuilt, copydesk, parseLines, temporaryFolder} from './cli-helpers.js'

const esc = '\u001B'
const bel = '\u0007'
// Colour, clear screen, retitle the window (OSC 0), a hyperlink (OSC 8), the
// 8-bit CSI, a carriage return that would overwrite the line, a backspace.
const hostile = [
  `${esc}[31mRed Alert${esc}[0m Ferry Service Halted`,
  `“We smelled smoke${esc}[2J first,” said Renata ${esc}]0;owned${bel}Vos. “Nobody \u009B6npanicked.”`,
  `Officials reportedly ${esc}]8;;http://example.invalid${esc}\\clicked${esc}]8;;${esc}\\ about 200 people.\rOVERWRITTEN\b`,
].join('\n\n')
// Any control character but newline; tab is allowed too, for layout.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/
// Our own colours: SGR sequences and nothing else.
const sgr = /\u001B\[[\d;]*m/g
let folder = ''

beforeAll(() => {
  assertBuilt()
  folder = temporaryFolder('terminal')
  fs.writeFileSync(path.join(folder, 'hostile.txt'), hostile)
  fs.writeFileSync(path.join(folder, `name${esc}]0;owned${bel}.txt`), 'A plain story.')
})

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

describe('the text report', () => {
  it('shows control characters of the article as visible escapes', () => {
    const run = copydesk(['hostile.txt'], {cwd: folder})
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(controls)
    expect(run.stdout).toContain('\\x1B[31mRed Alert\\x1B[0m')
    expect(run.stdout).toContain('We smelled smoke\\x1B[2J first,')
    expect(run.stdout).toContain('Nobody \\x9B6npanicked.')
    expect(run.stdout).toContain('\\x1B]8;;http://example.invalid\\x1B\\clicked')
  })

  it('with colour on, has no escape sequence but its own colours', () => {
    const run = copydesk(['hostile.txt'], {cwd: folder, env: {FORCE_COLOR: '1'}})
    expect(run.stdout).toMatch(sgr)
    expect(run.stdout.replace(sgr, '')).not.toMatch(controls)
  })

  it('shows file names and NDJSON ids in headers as visible escapes', () => {
    const files = copydesk(['.', 'hostile.txt'], {cwd: folder})
    expect(files.stdout).toContain('══ name\\x1B]0;owned\\x07.txt ')
    const lines = copydesk(['--ndjson', '--format', 'text'], {input: `${JSON.stringify({id: `x${esc}[2Jy`, text: 'Hi.'})}\n`})
    expect(lines.stdout).toContain('══ x\\x1B[2Jy ')
    for (const run of [files, lines]) expect(run.stdout.replace(sgr, '')).not.toMatch(controls)
  })
})

describe('messages on stderr', () => {
  it('show names, ids and errors as visible escapes, each on one line', () => {
    const missing = copydesk([`gone${esc}[2J\n.txt`, 'hostile.txt'], {cwd: folder})
    expect(missing.stderr).toBe('copydesk: gone\\x1B[2J\\n.txt: no such file or directory\n')
    const input = [JSON.stringify({id: `bad${esc}]0;t${bel}`, text: 5}), `not json ${esc}[2J`].join('\n')
    const lines = copydesk(['--ndjson'], {input})
    expect(lines.stderr.split('\n').slice(0, -1)).toEqual([
      'copydesk: bad\\x1B]0;t\\x07 (line 1): "text" is not a string',
      expect.stringMatching(/^copydesk: line 2: not valid JSON \(.*\)$/) as unknown as string,
    ])
    expect(lines.stderr).not.toMatch(controls)
    const usage = copydesk(['--format', `${esc}[2J`])
    expect(usage.stderr).toContain("Unknown format '\\x1B[2J'")
  })
})

describe('JSON output', () => {
  it('keeps the text as it is, escaped as JSON escapes it', () => {
    const run = copydesk(['--format', 'ndjson', 'hostile.txt'], {cwd: folder})
    expect(run.stdout).toContain('\\u001b[31mRed Alert')
    expect(parseLines(run.stdout)[0]?.text).toBe(hostile)
  })
})
