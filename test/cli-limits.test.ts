// Records too large, workers too many, selections that hold nothing: a
// spawned `copydesk` on real files in a temporary folder.
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyze} from '../src/index.js'
import {assertBuilt, cli, copydesk, fixtures, parseLines, temporaryFolder} from './cli-helpers.js'

const ferry = fs.readFileSync(path.join(fixtures, 'ferry.txt'), 'utf8')
const mebibyte = 2 ** 20
let folder = ''

beforeAll(() => {
  assertBuilt()
  folder = temporaryFolder('limits')
})

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

describe('huge records', () => {
  it('writes a record whose JSON spans many chunks whole, as JSON.stringify would', () => {
    // About 5 MB of output: five chunks and more.
    const text = Array.from({length: 700}, () => ferry).join('\n\n')
    fs.writeFileSync(path.join(folder, 'long.txt'), text)
    const run = copydesk(['--format', 'ndjson', 'long.txt'], {cwd: folder})
    expect(run.status).toBe(0)
    expect(run.stdout.length).toBeGreaterThan(4 * mebibyte)
    expect(run.stdout).toBe(`${JSON.stringify({id: 'long.txt', ...analyze(text)})}\n`)
  })

  it(
    'writes a record longer than the longest string V8 can hold',
    async () => {
      // 31 million control characters: cheap to analyse, but JSON writes
      // each as `\u0001`, in the text and again in its paragraph and its
      // sentences: 558 million characters, past V8's 536,870,888.
      const count = 31_000_000
      fs.writeFileSync(path.join(folder, 'controls.txt'), '\u0001'.repeat(count))
      const child = spawn(process.execPath, [cli, '--format', 'ndjson', 'controls.txt'], {cwd: folder, stdio: ['ignore', 'pipe', 'pipe']})
      // Read as bytes, in passing: the test could not hold the line as a string either.
      let length = 0
      let newlines = 0
      let head = Buffer.alloc(0)
      let tail = Buffer.alloc(0)
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => {
        if (head.length < 64) head = Buffer.concat([head, chunk.subarray(0, 64)])
        tail = Buffer.concat([tail, chunk]).subarray(-64)
        length += chunk.length
        for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) newlines++
      })
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
      })
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(length).toBeGreaterThan(2 ** 29)
      expect(newlines).toBe(1)
      expect(head.toString()).toMatch(/^\{"id":"controls\.txt","text":"(\\u0001)+/)
      expect(tail.toString()).toMatch(/\]\}\n$/)
    },
    180_000,
  )

  it('rejects a file over 256 MiB before reading it, and goes on', () => {
    // A sparse file: 300 MiB long, nothing on disk, nothing read.
    const big = path.join(folder, 'big.txt')
    fs.writeFileSync(big, '')
    fs.truncateSync(big, 300 * mebibyte)
    fs.writeFileSync(path.join(folder, 'after.txt'), ferry)
    const run = copydesk(['--format', 'ndjson', 'big.txt', 'after.txt'], {cwd: folder})
    expect(run.status).toBe(1)
    const records = parseLines(run.stdout)
    expect(records[0]).toEqual({id: 'big.txt', error: 'record too large: 300 MiB (the limit is 256 MiB)'})
    expect(records[1]?.id).toBe('after.txt')
    expect(run.stderr).toBe('copydesk: big.txt: record too large: 300 MiB (the limit is 256 MiB)\n')
  })

  it('rejects an NDJSON line over 256 MiB without keeping it, names it by its id, and reads on', () => {
    const file = path.join(folder, 'big.ndjson')
    const first = `${JSON.stringify({id: 'small', text: 'Hi.'})}\n`
    fs.writeFileSync(file, `${first}{"id": 12345678901234567890, "text": "`)
    // The line's body: zeros, sparse, to make the line 257 MiB with its end.
    fs.truncateSync(file, first.length + 257 * mebibyte - '"}\n'.length)
    fs.appendFileSync(file, `"}\n${JSON.stringify({id: 'after', text: 'Bye.'})}\n`)
    const run = copydesk(['--ndjson', 'big.ndjson'], {cwd: folder})
    expect(run.status).toBe(1)
    const lines = run.stdout.split('\n')
    expect(lines[1]).toMatch(/^\{"id":12345678901234567890,"error":"record too large: 257 MiB \(the limit is 256 MiB\)"\}$/)
    expect(parseLines(run.stdout).map((record) => record.id)).toEqual(['small', 12345678901234567890, 'after'])
  })

  it('turns an article that runs its worker out of memory into an error record, with --workers 1 too', () => {
    // A heap far too small for this article, and ample for the rest; the
    // worker has its own, so only the record fails.
    const huge = 'Hi.\n\n'.repeat(800_000)
    const input = [
      JSON.stringify({id: 'before', text: '“We will stay open,” said Omar Feld.'}),
      JSON.stringify({id: 'huge', text: huge}),
      JSON.stringify({id: 'after', text: 'Attendance rose to about 200.'}),
    ].join('\n')
    for (const workers of ['1', '2']) {
      const run = copydesk(['--ndjson', '--workers', workers, '--quiet'], {input, nodeArgs: ['--max-old-space-size=48']})
      expect(run.status, workers).toBe(1)
      const records = parseLines(run.stdout)
      expect(records.map((record) => record.id)).toEqual(['before', 'huge', 'after'])
      expect(records[1]).toEqual({id: 'huge', error: 'out of memory: the article is too large to analyse in the memory a worker has'})
      expect(records[2]?.text).toBe('Attendance rose to about 200.')
    }
  })
})

describe('--workers', () => {
  it('is capped at the cores the machine has, with a note', () => {
    const cores = os.availableParallelism()
    const input = Array.from({length: 20}, (_, index) => JSON.stringify({id: index, text: `“Line ${index},” said Ada Brightwater.`})).join('\n')
    const capped = copydesk(['--ndjson', '--workers', '512', '--quiet'], {input})
    const one = copydesk(['--ndjson', '--workers', '1', '--quiet'], {input})
    expect(capped.status).toBe(0)
    expect(capped.stderr).toBe(`copydesk: --workers 512 is more than ${cores === 1 ? 'the 1 core' : `the ${cores} cores`} this machine has: using ${cores}\n`)
    expect(capped.stdout).toBe(one.stdout)
    expect(one.stderr).toBe('')
  })
})

describe('selections that hold nothing', () => {
  it('says so for a folder without .txt or .md files, and exits 1', () => {
    const empty = path.join(folder, 'no-articles')
    fs.mkdirSync(empty)
    fs.writeFileSync(path.join(empty, 'notes.csv'), 'a,b\n')
    for (const format of ['text', 'json', 'ndjson', 'html']) {
      const run = copydesk(['--format', format, 'no-articles'], {cwd: folder})
      expect(run.status, format).toBe(1)
      expect(run.stderr, format).toBe('copydesk: no-articles: no .txt or .md files in this folder\n')
    }
  })

  it('says so for empty input to the HTML and text reports, and exits 1', () => {
    for (const args of [['--format', 'html'], ['--format', 'text'], ['--ndjson', '--format', 'html']]) {
      for (const input of ['', '\n  \n']) {
        const run = copydesk(args, {input})
        expect(run.status, args.join(' ')).toBe(1)
        expect(run.stderr, args.join(' ')).toMatch(/^copydesk: nothing to report: the input (holds no article|has no text)\n$/)
      }
    }
  })

  it('passes an empty NDJSON stream through as empty, with status 0', () => {
    expect(copydesk(['--ndjson'], {input: ''})).toEqual({status: 0, stdout: '', stderr: ''})
  })

  it('skips a named pipe met in a folder walk, and says so', () => {
    const walked = path.join(folder, 'with-fifo')
    fs.mkdirSync(walked)
    fs.writeFileSync(path.join(walked, 'a.txt'), ferry)
    const made = spawnSync('mkfifo', [path.join(walked, 'live.txt')])
    expect(made.status).toBe(0)
    // Were the pipe read, the run would wait for a writer for ever.
    const run = copydesk(['--format', 'ndjson', 'with-fifo'], {cwd: folder})
    expect(run.status).toBe(0)
    expect(parseLines(run.stdout).map((record) => record.id)).toEqual(['with-fifo/a.txt'])
    expect(run.stderr).toBe('copydesk: with-fifo/live.txt: skipped: a named pipe (FIFO), not a regular file\n')
  })
})
